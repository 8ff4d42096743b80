package org.memspice.circuit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memspice.device.CardError;
import org.memspice.expr.Expression;
import org.memspice.expr.ExpressionException;
import org.memspice.expr.ExpressionParser;
import org.memspice.expr.Functions;
import org.memspice.expr.Scope;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement;
import org.memspice.netlist.parse.SpiceNumber;
import org.memspice.util.Suggestions;

/**
 * Global {@code .param} values, {@code .func} user functions and the evaluation of every value field: a SPICE
 * number, or an expression over parameters, functions and the constants pi, e and temper. Parameters may refer to one another in any order; each is
 * evaluated once, on first use, and a cycle is reported with its whole chain.
 */
final class Parameters implements Scope {
    private final Map<String, Field.Assign> definitions = new LinkedHashMap<>();
    private final Map<String, Statement.FuncCard> functions = new HashMap<>();
    /** .func bodies parsed with their parameters as probes, for derivatives. */
    private final Map<String, Expression> differentiable = new HashMap<>();
    private int callDepth;
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, Expression> parsed = new HashMap<>();
    private final Deque<String> evaluating = new ArrayDeque<>();
    private double temperCelsius = 27.0;

    /** Adds a definition; a later one of the same name replaces an earlier one (returned, or null). */
    Field.Assign define(Field.Assign definition) {
        return definitions.put(definition.lowerKey(), definition);
    }

    /** Adds a {@code .func}; a later one of the same name replaces an earlier one (returned, or null). */
    Statement.FuncCard define(Statement.FuncCard function) {
        if (Functions.arity(function.name()) >= 0) {
            throw new CardError(function.loc(), ".func: '" + function.name() + "' is a built-in function");
        }
        return functions.put(function.name(), function);
    }

    void setTemperature(double celsius) {
        temperCelsius = celsius;
    }

    Iterable<Field.Assign> definitions() {
        return definitions.values();
    }

    /** The numeric value of a value field. */
    double evaluate(Field field) {
        if (field instanceof Field.Word w) {
            var number = SpiceNumber.tryParse(w.text());
            if (number.isPresent()) {
                return number.getAsDouble();
            }
            String hint = definitions.containsKey(w.lower()) ? " (a parameter: write {" + w.text() + "})" : "";
            throw new CardError(w.loc(), "expected a number, got '" + w.text() + "'" + hint);
        }
        if (field instanceof Field.Expr e) {
            try {
                Expression expression = parsed.computeIfAbsent(e.text(), this::parse);
                double v = expression.evaluate(this);
                if (!Double.isFinite(v)) {
                    throw new CardError(e.loc(), "{" + e.text() + "} evaluates to " + v);
                }
                return v;
            } catch (ExpressionException x) {
                SourceLocation at = e.loc();
                throw new CardError(x.offset() < 0 ? at
                        : new SourceLocation(at.file(), at.line(), at.column() + 1 + x.offset()), x.getMessage());
            }
        }
        throw new CardError(field.loc(), "expected a number or {expression}");
    }

    private Expression parse(String text) {
        return ExpressionParser.parse(text, this::arity);
    }

    private int arity(String function) {
        Statement.FuncCard f = functions.get(function);
        return f == null ? -1 : f.parameters().size();
    }

    /** A behavioural expression that may read v() and i(); errors located inside it. */
    ExpressionParser.Behavioural behavioural(Field.Expr e) {
        try {
            return ExpressionParser.parseBehavioural(e.text(), this::arity);
        } catch (ExpressionException x) {
            SourceLocation at = e.loc();
            throw new CardError(x.offset() < 0 ? at
                    : new SourceLocation(at.file(), at.line(), at.column() + 1 + x.offset()), x.getMessage());
        }
    }

    /** A user function: its body evaluated with its arguments bound, other names seen as global parameters. */
    @Override
    public double call(String function, double[] arguments) {
        Statement.FuncCard f = functions.get(function);
        if (++callDepth > 64) {
            callDepth = 0;
            throw new CardError(f.loc(), ".func " + function + " calls itself without end");
        }
        try {
            Expression body = parsed.computeIfAbsent(f.body().text(), this::parse);
            List<String> names = f.parameters();
            Scope local = new Scope() {
                @Override
                public double value(String name) {
                    int i = names.indexOf(name);
                    return i >= 0 ? arguments[i] : Parameters.this.value(name);
                }

                @Override
                public double call(String inner, double[] args) {
                    return Parameters.this.call(inner, args);
                }
            };
            return body.evaluate(local);
        } catch (ExpressionException x) {
            throw new CardError(f.body().loc(), x.getMessage() + " in .func " + function);
        } finally {
            callDepth = Math.max(0, callDepth - 1);
        }
    }

    /** ∂(user function)/∂(argument k), by differentiating its body with the arguments as probes. */
    @Override
    public double callDerivative(String function, double[] arguments, int k) {
        Statement.FuncCard f = functions.get(function);
        Expression body = differentiable.computeIfAbsent(function,
                name -> ExpressionParser.parseFunctionBody(f.body().text(), f.parameters(), this::arity));
        Scope local = Scope.probing(this, arguments); // the function's parameters are its probes
        double[] gradient = new double[arguments.length];
        body.gradient(local, 1.0, gradient);
        return gradient[k];
    }

    @Override
    public double value(String name) {
        Double known = values.get(name);
        if (known != null) {
            return known;
        }
        Field.Assign definition = definitions.get(name);
        if (definition == null) {
            return constant(name);
        }
        if (evaluating.contains(name)) {
            List<String> chain = new ArrayList<>();
            evaluating.descendingIterator().forEachRemaining(chain::add);
            chain = chain.subList(chain.indexOf(name), chain.size());
            chain.add(name);
            throw new CardError(definitions.get(chain.get(0)).loc(),
                    "parameter cycle: " + String.join(" -> ", chain));
        }
        evaluating.push(name);
        try {
            double v = evaluate(definition.value());
            values.put(name, v);
            return v;
        } finally {
            evaluating.pop();
        }
    }

    private double constant(String name) {
        return switch (name) {
            case "pi" -> Math.PI;
            case "e" -> Math.E;
            case "temper" -> temperCelsius;
            default -> {
                List<String> known = new ArrayList<>(definitions.keySet());
                known.addAll(List.of("pi", "e", "temper"));
                throw new ExpressionException("undefined parameter '" + name + "'"
                        + Suggestions.didYouMean(name, known), -1);
            }
        };
    }
}
