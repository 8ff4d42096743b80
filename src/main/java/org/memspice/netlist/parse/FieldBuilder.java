package org.memspice.netlist.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.parse.gen.SpiceParser;
import org.memspice.netlist.parse.gen.SpiceParserBaseVisitor;

/** Builds {@link Field}s and {@link Card}s from the parse tree of lines that parsed without error. */
final class FieldBuilder extends SpiceParserBaseVisitor<Field> {
    private final String file;

    FieldBuilder(String file) {
        this.file = file;
    }

    Card card(SpiceParser.GenericCardContext ctx) {
        Field.Word head = word(ctx.head);
        List<Field> fields = new ArrayList<>();
        for (SpiceParser.ItemContext item : ctx.item()) {
            fields.add(visit(item));
        }
        return new Card(head, fields, after(ctx.getStop()));
    }

    @Override
    public Field visitAssign(SpiceParser.AssignContext ctx) {
        return new Field.Assign(ctx.key.getText(), visit(ctx.value()), at(ctx.key));
    }

    @Override
    public Field visitCallAssign(SpiceParser.CallAssignContext ctx) {
        Field.Call key = (Field.Call) visit(ctx.call());
        return new Field.Assign(key.name(), key.args(), visit(ctx.value()), key.loc());
    }

    @Override
    public Field visitPlainItem(SpiceParser.PlainItemContext ctx) {
        return visit(ctx.value());
    }

    @Override
    public Field visitCallValue(SpiceParser.CallValueContext ctx) {
        return visit(ctx.call());
    }

    @Override
    public Field visitGroupValue(SpiceParser.GroupValueContext ctx) {
        return visit(ctx.group());
    }

    @Override
    public Field visitExprValue(SpiceParser.ExprValueContext ctx) {
        return visit(ctx.expr());
    }

    @Override
    public Field visitWordValue(SpiceParser.WordValueContext ctx) {
        return word(ctx.WORD().getSymbol());
    }

    /** A quoted string ({@code .include "my lib.sp"}) is a word without its quotes. */
    @Override
    public Field visitStringValue(SpiceParser.StringValueContext ctx) {
        Token t = ctx.STRING().getSymbol();
        String text = t.getText();
        return new Field.Word(text.substring(1, text.length() - 1), at(t));
    }

    @Override
    public Field visitCall(SpiceParser.CallContext ctx) {
        return new Field.Call(ctx.name.getText(), args(ctx.args()), at(ctx.name));
    }

    @Override
    public Field visitGroup(SpiceParser.GroupContext ctx) {
        return new Field.Group(args(ctx.args()), at(ctx.LPAREN().getSymbol()));
    }

    /**
     * The expression text without its delimiters. Pieces on different physical lines (a continuation inside the
     * expression) are joined with a blank, as ngspice joins continuation lines.
     */
    @Override
    public Field visitExpr(SpiceParser.ExprContext ctx) {
        StringBuilder text = new StringBuilder();
        int line = ctx.getStart().getLine();
        for (TerminalNode piece : ctx.EXPR_TEXT()) {
            Token t = piece.getSymbol();
            if (t.getLine() != line) {
                line = t.getLine();
                boolean blankBetween = text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))
                        || Character.isWhitespace(t.getText().charAt(0));
                if (!blankBetween) {
                    text.append(' ');
                }
            }
            text.append(t.getText());
        }
        return new Field.Expr(text.toString().strip(), at(ctx.getStart()));
    }

    private List<Field> args(SpiceParser.ArgsContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<Field> args = new ArrayList<>();
        for (SpiceParser.ItemContext item : ctx.item()) {
            args.add(visit(item));
        }
        return List.copyOf(args);
    }

    private Field.Word word(Token t) {
        return new Field.Word(t.getText(), at(t));
    }

    private SourceLocation at(Token t) {
        return new SourceLocation(file, t.getLine(), t.getCharPositionInLine() + 1);
    }

    private SourceLocation after(Token t) {
        return new SourceLocation(file, t.getLine(), t.getCharPositionInLine() + t.getText().length() + 1);
    }
}
