/*
 * Lexer for SPICE3 / ngspice netlists.
 *
 * SPICE is line-oriented, so the line structure is settled here and the parser only sees logical lines:
 *  - the first line is the title, whatever it holds (DEFAULT_MODE);
 *  - EOL ends a logical line and swallows the blank and comment lines that follow it, so the parser never sees them;
 *  - a '+' continuation line is skipped together with the line break (and any blank or comment lines) before it,
 *    so its items simply join the card being read, as in ngspice;
 *  - '.end' ends the netlist: the rest of the file is not even lexed;
 *  - '.control' ... '.endc' is skipped whole: ngspice's control language has a syntax of its own.
 * Every mode has a catch-all, so lexing never fails: a stray character reaches the parser as UNEXPECTED_CHAR and is
 * reported there, with its line, like any other syntax error.
 *
 * Keywords are matched case-insensitively; token text keeps the original case.
 */
lexer grammar SpiceLexer;

tokens { EOL, EXPR_TEXT, QUOTE }

// ---------------------------------------------------------------- the title line (line 1)

TITLE : ~[\n]+ ;    // a trailing '\r' of a CRLF file is stripped by the reader

// A '+' line right after the title has no card to continue; NetlistParser reports it.
ORPHAN_CONTINUATION : NL (FILLER NL)* BLANK* '+' -> mode(CARD) ;

TITLE_EOL : EOL_BODY -> type(EOL), mode(CARD) ;

// ---------------------------------------------------------------- cards
mode CARD;

// Longer than EOL whenever the next non-comment line starts with '+', so longest-match picks it there.
CONTINUATION : NL (FILLER NL)* BLANK* '+' -> skip ;

CARD_EOL : EOL_BODY -> type(EOL) ;

BLANKS : BLANK+ -> skip ;

INLINE_COMMENT : COMMENT_START ~[\n]* -> skip ;

// Declared before WORD: for the same length the first rule wins, while '.ends' or '.endc' are longer as a WORD.
END : '.' [eE] [nN] [dD] -> mode(AFTER_END) ;

CONTROL : '.' [cC] [oO] [nN] [tT] [rR] [oO] [lL] -> mode(CONTROL_BLOCK) ;

LPAREN : '(' ;
RPAREN : ')' ;
COMMA  : ',' ;
EQUALS : '=' ;

LBRACE : '{' -> pushMode(BRACE_EXPR) ;
QUOTE_START : '\'' -> type(QUOTE), pushMode(QUOTE_EXPR) ;

STRING : '"' ~["\r\n]* '"' ;

// Names, nodes, numbers with suffixes, keywords: everything up to a blank or a delimiter. '$' and '/' may appear
// inside a word but not where they would start an inline comment ("$ " or "//").
WORD : ( WORD_CHAR | '$'+ WORD_CHAR | '/' WORD_CHAR )+ ;

UNEXPECTED_CHAR : . ;

// ---------------------------------------------------------------- '.control' ... '.endc': skipped unread
mode CONTROL_BLOCK;

ENDC : NL BLANK* '.' [eE] [nN] [dD] [cC] -> mode(CARD) ;

CONTROL_LINE_BREAK : NL -> skip ;

CONTROL_TEXT : ~[\n]+ -> skip ;

// ---------------------------------------------------------------- after '.end': ignored
mode AFTER_END;

IGNORED : [\u0000-\u{10FFFF}]+ -> skip ;

// ---------------------------------------------------------------- {expression}: kept as text
mode BRACE_EXPR;

RBRACE : '}' -> popMode ;

BRACE_CONTINUATION : NL (FILLER NL)* BLANK* '+' -> skip ;

// An expression still open at the end of the line: back to CARD, and the parser reports the missing '}'.
BRACE_EOL : EOL_BODY -> type(EOL), popMode ;

BRACE_COMMENT : COMMENT_START ~[\n]* -> skip ;

BRACE_TEXT : ~[}\r\n;$/]+ -> type(EXPR_TEXT) ;

BRACE_CHAR : [$/\r] -> type(EXPR_TEXT) ;

// ---------------------------------------------------------------- 'expression': kept as text
mode QUOTE_EXPR;

QUOTE_END : '\'' -> type(QUOTE), popMode ;

QUOTE_CONTINUATION : NL (FILLER NL)* BLANK* '+' -> skip ;

QUOTE_EOL : EOL_BODY -> type(EOL), popMode ;

QUOTE_COMMENT : COMMENT_START ~[\n]* -> skip ;

QUOTE_TEXT : ~['\r\n;$/]+ -> type(EXPR_TEXT) ;

QUOTE_CHAR : [$/\r] -> type(EXPR_TEXT) ;

// ---------------------------------------------------------------- fragments

fragment NL : '\r'? '\n' ;

// A lone '\r' (not part of CRLF) counts as a blank.
fragment BLANK : [ \t\r] ;

// ngspice's inline comments: ';', '$' followed by a blank, '//'; they run to the end of the physical line.
fragment COMMENT_START : ';' | '$' [ \t] | '//' ;

// What may fill a physical line that neither starts a card nor continues one: blanks, then optionally a '*' comment
// or an inline comment.
fragment FILLER : BLANK* ( ( '*' | COMMENT_START ) ~[\n]* )? ;

// A line break, the blank and comment lines after it, and the blanks that indent the next card.
fragment EOL_BODY : NL (FILLER NL)* FILLER ;

fragment WORD_CHAR : ~[ \t\r\n=(),;{}'"$/] ;
