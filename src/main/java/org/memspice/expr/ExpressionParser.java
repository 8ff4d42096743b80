package org.memspice.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.memspice.netlist.parse.SpiceNumber;
import org.memspice.netlist.parse.gen.SpiceExpressionBaseVisitor;
import org.memspice.netlist.parse.gen.SpiceExpressionLexer;
import org.memspice.netlist.parse.gen.SpiceExpressionParser;

/** Reads expression text (the inside of {@code {...}} or {@code '...'}) into an {@link Expression} tree. */
public final class ExpressionParser {
    private ExpressionParser() {}

    /** Number of arguments of a user function ({@code .func}), or -1 if there is none of that name. */
    @FunctionalInterface
    public interface UserFunctions {
        int arity(String name);
    }

    /** @throws ExpressionException with the offset of the first problem in {@code text} */
    public static Expression parse(String text) {
        return parse(text, name -> -1);
    }

    /** A behavioural expression and the circuit quantities it reads, probe k at index k. */
    public record Behavioural(Expression expression, List<Expression.Probe> probes) {}

    /** Parses an expression that may read {@code v(a)}, {@code v(a,b)} and {@code i(vname)}. */
    public static Behavioural parseBehavioural(String text, UserFunctions functions) {
        Builder builder = new Builder(text, functions, true);
        Expression e = parse(text, builder);
        return new Behavioural(e, List.copyOf(builder.probes));
    }

    /**
     * Parses a {@code .func} body with its parameters as probes (parameter i is probe i), so that the body can be
     * differentiated with respect to its arguments.
     */
    public static Expression parseFunctionBody(String text, List<String> parameters, UserFunctions functions) {
        Builder builder = new Builder(text, functions, false);
        for (String p : parameters) {
            builder.probes.add(new Expression.Probe("arg", List.of(p), builder.probes.size()));
        }
        builder.parametersAsProbes = true;
        return parse(text, builder);
    }

    /** Parses with user functions known by {@code functions} (they take precedence over none of the built-ins). */
    public static Expression parse(String text, UserFunctions functions) {
        return parse(text, new Builder(text, functions, false));
    }

    private static Expression parse(String text, Builder builder) {
        BaseErrorListener errors = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                    String msg, RecognitionException e) {
                String near = offendingSymbol instanceof Token t && t.getType() != Token.EOF
                        ? "unexpected '" + t.getText() + "'" : "incomplete expression";
                throw new ExpressionException(near + " in {" + text + "}", column);
            }
        };
        SpiceExpressionLexer lexer = new SpiceExpressionLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        SpiceExpressionParser parser = new SpiceExpressionParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        return builder.visit(parser.expression().ternary());
    }

    private static final class Builder extends SpiceExpressionBaseVisitor<Expression> {
        private final String text;
        private final UserFunctions functions;
        private final boolean probesAllowed;
        private final List<Expression.Probe> probes = new ArrayList<>();
        private boolean parametersAsProbes;

        Builder(String text, UserFunctions functions, boolean probesAllowed) {
            this.text = text;
            this.functions = functions;
            this.probesAllowed = probesAllowed;
        }

        private Expression probe(String function, SpiceExpressionParser.CallContext ctx) {
            List<String> args = new ArrayList<>();
            ctx.ternary().forEach(a -> args.add(a.getText().toLowerCase(Locale.ROOT)));
            if (args.isEmpty() || args.size() > (function.equals("v") ? 2 : 1)) {
                throw new ExpressionException("expected " + (function.equals("v") ? "v(node) or v(node1,node2)"
                        : "i(vname)") + " in {" + text + "}", ctx.name.getCharPositionInLine());
            }
            for (Expression.Probe p : probes) {
                if (p.function().equals(function) && p.arguments().equals(args)) {
                    return p;
                }
            }
            Expression.Probe p = new Expression.Probe(function, args, probes.size());
            probes.add(p);
            return p;
        }

        @Override
        public Expression visitTernary(SpiceExpressionParser.TernaryContext ctx) {
            Expression condition = visit(ctx.condition);
            return ctx.whenTrue == null ? condition
                    : new Expression.Conditional(condition, visit(ctx.whenTrue), visit(ctx.whenFalse));
        }

        @Override
        public Expression visitOrExpr(SpiceExpressionParser.OrExprContext ctx) {
            Expression e = visit(ctx.andExpr(0));
            for (int i = 1; i < ctx.andExpr().size(); i++) {
                e = new Expression.Binary("||", e, visit(ctx.andExpr(i)));
            }
            return e;
        }

        @Override
        public Expression visitAndExpr(SpiceExpressionParser.AndExprContext ctx) {
            Expression e = visit(ctx.comparison(0));
            for (int i = 1; i < ctx.comparison().size(); i++) {
                e = new Expression.Binary("&&", e, visit(ctx.comparison(i)));
            }
            return e;
        }

        @Override
        public Expression visitComparison(SpiceExpressionParser.ComparisonContext ctx) {
            Expression left = visit(ctx.additive(0));
            return ctx.op == null ? left : new Expression.Binary(ctx.op.getText(), left, visit(ctx.additive(1)));
        }

        @Override
        public Expression visitAdditive(SpiceExpressionParser.AdditiveContext ctx) {
            Expression e = visit(ctx.multiplicative(0));
            for (int i = 1; i < ctx.multiplicative().size(); i++) {
                e = new Expression.Binary(ctx.op.get(i - 1).getText(), e, visit(ctx.multiplicative(i)));
            }
            return e;
        }

        @Override
        public Expression visitMultiplicative(SpiceExpressionParser.MultiplicativeContext ctx) {
            Expression e = visit(ctx.unary(0));
            for (int i = 1; i < ctx.unary().size(); i++) {
                e = new Expression.Binary(ctx.op.get(i - 1).getText(), e, visit(ctx.unary(i)));
            }
            return e;
        }

        @Override
        public Expression visitUnary(SpiceExpressionParser.UnaryContext ctx) {
            if (ctx.op == null) {
                return visit(ctx.power());
            }
            Expression operand = visit(ctx.unary());
            return switch (ctx.op.getText()) {
                case "-" -> new Expression.Negate(operand);
                case "!" -> new Expression.Not(operand);
                default -> operand;
            };
        }

        @Override
        public Expression visitPower(SpiceExpressionParser.PowerContext ctx) {
            Expression base = visit(ctx.primary());
            return ctx.unary() == null ? base : new Expression.Binary("^", base, visit(ctx.unary()));
        }

        @Override
        public Expression visitNumber(SpiceExpressionParser.NumberContext ctx) {
            Token t = ctx.NUMBER().getSymbol();
            var value = SpiceNumber.tryParse(t.getText());
            if (value.isEmpty()) {
                throw new ExpressionException("'" + t.getText() + "' is not a number in {" + text + "}",
                        t.getCharPositionInLine());
            }
            return new Expression.Constant(value.getAsDouble());
        }

        @Override
        public Expression visitName(SpiceExpressionParser.NameContext ctx) {
            String name = ctx.IDENT().getText().toLowerCase(Locale.ROOT);
            if (parametersAsProbes) {
                for (Expression.Probe p : probes) {
                    if (p.arguments().get(0).equals(name)) {
                        return p;
                    }
                }
            }
            return new Expression.Name(name);
        }

        @Override
        public Expression visitCall(SpiceExpressionParser.CallContext ctx) {
            String name = ctx.name.getText().toLowerCase(Locale.ROOT);
            if (probesAllowed && (name.equals("v") || name.equals("i"))) {
                return probe(name, ctx);
            }
            if (Functions.isRandom(name) && probesAllowed) {
                throw new ExpressionException(name + "() draws a new random value at each evaluation, and a"
                        + " behavioural expression is evaluated at every Newton iteration; draw it once in a .param"
                        + " (.param p={" + text.substring(ctx.start.getStartIndex(), ctx.stop.getStopIndex() + 1) + "}) and use p here", ctx.name.getCharPositionInLine());
            }
            int arity = Functions.arity(name);
            boolean user = arity < 0 && functions.arity(name) >= 0;
            if (user) {
                arity = functions.arity(name);
            }
            if (arity < 0) {
                throw new ExpressionException("unknown function '" + ctx.name.getText() + "' in {" + text
                        + "}; known: " + String.join(" ", Functions.names()), ctx.name.getCharPositionInLine());
            }
            if (ctx.ternary().size() != arity) {
                throw new ExpressionException(name + "() takes " + arity + " argument" + (arity == 1 ? "" : "s")
                        + ", got " + ctx.ternary().size() + " in {" + text + "}", ctx.name.getCharPositionInLine());
            }
            List<Expression> args = new ArrayList<>();
            ctx.ternary().forEach(a -> args.add(visit(a)));
            if (Functions.isRandom(name)) {
                return new Expression.RandomCall(name, args, ctx.name.getCharPositionInLine());
            }
            return user ? new Expression.UserCall(name, args) : new Expression.Call(name, args);
        }

        @Override
        public Expression visitParenthesised(SpiceExpressionParser.ParenthesisedContext ctx) {
            return visit(ctx.ternary());
        }
    }
}
