/*
 * Parser for one logical line of a SPICE3 / ngspice netlist.
 *
 * The lexer (SpiceLexer) settles the line structure: its token stream is
 *     TITLE? ( (EOL | ORPHAN_CONTINUATION) logical-line-tokens )* EOF
 * with comments, blank lines and '+' continuations already resolved. NetlistParser splits that stream at the line
 * breaks and parses each logical line on its own with 'logicalLine': a syntax error can never spill into the next
 * line, and memory stays bounded by one line however large the netlist.
 *
 * The grammar is generic on purpose: a card is a head word and items, and no element letter or dot command is
 * named here. What the items mean (node, value, keyword, parameter) is decided by the card's reader, because SPICE
 * is positional. Dot commands that are not read yet (.param, .subckt, .include, ...) still parse as cards.
 */
parser grammar SpiceParser;

options { tokenVocab = SpiceLexer; }

logicalLine : card? EOF ;

card
    : head=WORD (COMMA? item)*      # genericCard
    | CONTROL ENDC?                 # controlBlock
    | END                           # endCard
    ;

item
    : key=WORD EQUALS value         # assign       // r=1k, r = 1k
    | call EQUALS value             # callAssign   // v(n)=1 in .ic, f(x)={x*2} in .func
    | value                         # plainItem
    ;

value
    : call                          # callValue
    | group                         # groupValue
    | expr                          # exprValue
    | WORD                          # wordValue
    | STRING                        # stringValue
    ;

// A name followed by a parenthesised list, with or without blanks between: PULSE(0 1 ...) and PULSE (0 1 ...)
// mean the same in SPICE. Arguments are separated by blanks and/or commas.
call : name=WORD LPAREN args? RPAREN ;

// A parenthesised list after something that is not a name.
group : LPAREN args? RPAREN ;

args : item (COMMA? item)* ;

expr
    : LBRACE EXPR_TEXT* RBRACE
    | QUOTE EXPR_TEXT* QUOTE
    ;
