/*
 * Expressions inside {...} or '...' (parameters, behavioural values): ngspice/Xyce operators and precedence.
 * Power is right-associative and binds tighter than unary minus (-2^2 = -4), as in ngspice.
 */
grammar SpiceExpression;

expression : ternary EOF ;

ternary : condition=orExpr ('?' whenTrue=ternary ':' whenFalse=ternary)? ;

orExpr : andExpr ('||' andExpr)* ;

andExpr : comparison ('&&' comparison)* ;

comparison : additive (op=('==' | '!=' | '<' | '<=' | '>' | '>=') additive)? ;

additive : multiplicative (op+=('+' | '-') multiplicative)* ;

multiplicative : unary (op+=('*' | '/') unary)* ;

unary : op=('-' | '+' | '!') unary | power ;

power : primary (('**' | '^') unary)? ;

primary
    : NUMBER                                            # number
    | name=IDENT '(' (ternary (',' ternary)*)? ')'      # call
    | IDENT                                             # name
    | '(' ternary ')'                                   # parenthesised
    ;

// A SPICE number: digits, optional fraction and exponent, then a scale suffix and unit letters (read by SpiceNumber).
NUMBER : ( DIGITS ('.' DIGITS?)? | '.' DIGITS ) ( [eE] [+-]? DIGITS )? [a-zA-Z]* ;

IDENT : [a-zA-Z_] [a-zA-Z0-9_]* ;

WS : [ \t\r\n]+ -> skip ;

fragment DIGITS : [0-9]+ ;
