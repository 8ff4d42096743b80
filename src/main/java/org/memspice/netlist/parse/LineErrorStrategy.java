package org.memspice.netlist.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.parse.gen.SpiceLexer;
import org.memspice.netlist.parse.gen.SpiceParser;

/**
 * ANTLR error handling for one logical line (NetlistParser parses line by line). The first error of the line is
 * reported in plain words, without ANTLR token names, and the rest of the line is skipped: one mistake gives one
 * message, and the reader leaves the line out instead of reporting follow-on errors.
 */
final class LineErrorStrategy extends DefaultErrorStrategy {

    /** Receives a syntax error of the line being parsed. */
    interface Sink {
        void syntaxError(SourceLocation at, String message);
    }

    private final String file;
    private final Sink sink;

    LineErrorStrategy(String file, Sink sink) {
        this.file = file;
        this.sink = sink;
    }

    // ---- reporting: every path ANTLR takes ends in report()

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token found = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        report(parser, found, e.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    /** Skips the rest of the line: one mistake gives one message. */
    @Override
    public void recover(Parser parser, RecognitionException e) {
        while (parser.getInputStream().LA(1) != Token.EOF) {
            parser.consume();
        }
    }

    private void report(Parser parser, Token found, IntervalSet expected) {
        TokenStream tokens = parser.getInputStream();
        Token previous = found.getTokenIndex() > 0 ? tokens.get(found.getTokenIndex() - 1) : null;
        if (found.getType() == Token.EOF) {
            Token opener = unclosedOpener(parser.getContext());
            if (opener != null) {
                sink.syntaxError(at(opener), unclosedMessage(opener));
            } else if (previous != null && previous.getType() == SpiceLexer.EQUALS) {
                sink.syntaxError(after(previous), "missing value after '='");
            } else {
                sink.syntaxError(previous == null ? at(found) : after(previous),
                        "the line ends too early: expected " + describe(expected));
            }
            return;
        }
        sink.syntaxError(at(found), unexpectedMessage(found, previous, expected));
    }

    private static String unexpectedMessage(Token found, Token previous, IntervalSet expected) {
        if (previous == null) {
            return "expected a card name (an element such as R1 or a command such as .tran) at the start of the "
                    + "line, found " + describe(found);
        }
        if (previous.getType() == SpiceLexer.COMMA) {
            return "expected a value after ',', found " + describe(found);
        }
        if (previous.getType() == SpiceLexer.EQUALS) {
            return "expected a value after '=', found " + describe(found);
        }
        String text = found.getText();
        switch (found.getType()) {
            case SpiceLexer.RPAREN:
                return "unbalanced parenthesis: ')' has no matching '('";
            case SpiceLexer.EQUALS:
                return "stray '=': expected name=value";
            case SpiceLexer.UNEXPECTED_CHAR:
                if (text.equals("\"")) {
                    return "unterminated string: '\"' is not closed on this line";
                }
                if (text.equals("}")) {
                    return "unbalanced brace: '}' has no matching '{'";
                }
                return "unexpected character '" + text + "'";
            default:
                return "unexpected " + describe(found) + "; expected " + describe(expected);
        }
    }

    /** The innermost '(' or expression opener, among the rules being parsed, whose closer has not been seen. */
    private static Token unclosedOpener(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof SpiceParser.CallContext || c instanceof SpiceParser.GroupContext
                    || c instanceof SpiceParser.ExprContext) {
                List<Token> delimiters = delimiters(c);
                if (delimiters.size() == 1) {
                    return delimiters.get(0);
                }
            }
        }
        return null;
    }

    private static List<Token> delimiters(ParserRuleContext c) {
        List<Token> found = new ArrayList<>();
        for (int i = 0; i < c.getChildCount(); i++) {
            ParseTree child = c.getChild(i);
            if (child instanceof TerminalNode t) {
                int type = t.getSymbol().getType();
                if (type == SpiceLexer.LPAREN || type == SpiceLexer.RPAREN || type == SpiceLexer.LBRACE
                        || type == SpiceLexer.RBRACE || type == SpiceLexer.QUOTE) {
                    found.add(t.getSymbol());
                }
            }
        }
        return found;
    }

    private static String unclosedMessage(Token opener) {
        return switch (opener.getType()) {
            case SpiceLexer.LPAREN -> "unbalanced parenthesis: '(' is not closed on this line";
            case SpiceLexer.LBRACE -> "unterminated expression: '{' is not closed by '}' on this line";
            default -> "unterminated expression: quote ' is not closed on this line";
        };
    }

    /** What the parser expected, in words a netlist author uses. */
    static String describe(IntervalSet expected) {
        if (expected == null) {
            return "something else";
        }
        List<String> words = new ArrayList<>();
        boolean value = expected.contains(SpiceLexer.WORD) || expected.contains(SpiceLexer.LBRACE);
        if (value) {
            words.add("a name or value");
        }
        if (expected.contains(SpiceLexer.EQUALS)) {
            words.add("'='");
        }
        if (expected.contains(SpiceLexer.RPAREN)) {
            words.add("')'");
        }
        if (expected.contains(SpiceLexer.RBRACE)) {
            words.add("'}'");
        }
        if (expected.contains(SpiceLexer.QUOTE) && !value) {
            words.add("closing quote '");
        }
        if (expected.contains(Token.EOF)) {
            words.add("the end of the line");
        }
        if (words.isEmpty()) {
            return "something else";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "the end of the line";
            default -> "'" + t.getText() + "'";
        };
    }

    private SourceLocation at(Token t) {
        return new SourceLocation(file, t.getLine(), t.getCharPositionInLine() + 1);
    }

    /** Just after {@code t}: where a missing item would have been. */
    private SourceLocation after(Token t) {
        return new SourceLocation(file, t.getLine(), t.getCharPositionInLine() + t.getText().length() + 1);
    }
}
