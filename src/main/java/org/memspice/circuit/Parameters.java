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
 * {@code .param} values, {@code .func} user functions and the evaluation of every value field: a SPICE number, or an
 * expression over parameters, functions and the constants pi, e and temper. Parameters may refer to one another in
 * any order; each is evaluated once, on first use, and a cycle is reported with its whole chain.
 *
 * <p>One instance per scope: the netlist's global one, and one per subcircuit instance holding the instance's
 * parameter values and the body's {@code .param}/{@code .func} cards. A name not defined in a scope is looked up in
 * its parent (the scope the instance was written in), so a subcircuit sees the global parameters.
 */
final class Parameters implements Scope {
    private final Parameters parent;
    private final Map<String, Field.Assign> definitions = new LinkedHashMap<>();
    private final Map<String, Statement.FuncCard> functions = new HashMap<>();
    /** .func bodies parsed with their parameters as probes, for derivatives. */
    private final Map<String, Expression> differentiable = new HashMap<>();
    private int callDepth;
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, Expression> parsed = new HashMap<>();
    private final Deque<String> evaluating = new ArrayDeque<>();
    private double temperCelsius = 27.0;
    /** Where agauss, gauss, aunif and unif draw from: set on the global scope, shared by every instance scope. */
    private Scope.Draws draws;

    /** The global scope. */
    Parameters() {
        this.parent = null;
    }

    /** A subcircuit instance's scope inside {@code parent}. */
    Parameters(Parameters parent) {
        this.parent = parent;
    }

    /** Fixes a parameter to a value computed elsewhere (an instance's {@code name=value}, evaluated where written). */
    void fix(String lowerName, double value) {
        values.put(lowerName, value);
    }

    /** Whether this scope (not its parents) defines or fixes the name. */
    boolean definesLocally(String lowerName) {
        return values.containsKey(lowerName) || definitions.containsKey(lowerName);
    }
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
        if (parent != null) {
            throw new IllegalStateException("the temperature is set on the global scope");
        }
        temperCelsius = celsius;
    }

    /** Sets the random variates of this run (global scope only). */
    void setDraws(Scope.Draws draws) {
        if (parent != null) {
            throw new IllegalStateException("the random draws are set on the global scope");
        }
        this.draws = draws;
    }

    /**
     * Every evaluation of agauss() and its kin draws anew: a global {@code .param} is evaluated once (its value is
     * cached), so it is one draw per run, while a subcircuit parameter default or an element value is evaluated
     * per instance, so each instance draws its own.
     */
    @Override
    public Scope.Draws draws() {
        if (parent != null) {
            return parent.draws();
        }
        return draws != null ? draws : Scope.super.draws();
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
                Expression expression = parseCache().computeIfAbsent(e.text(), this::parse);
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
        if (f == null) {
            return parent == null ? -1 : parent.arity(function);
        }
        return f.parameters().size();
    }

    /**
     * Parsed expressions by text. A scope without its own functions parses exactly as its parent does, so it shares
     * the parent's cache: a thousand instances of one subcircuit parse each expression once.
     */
    private Map<String, Expression> parseCache() {
        return functions.isEmpty() && parent != null ? parent.parseCache() : parsed;
    }

    /** A behavioural expression that may read v() and i(); errors located inside it. */
    ExpressionParser.Behavioural behavioural(Field.Expr e) {
        try {
            ExpressionParser.Behavioural b = ExpressionParser.parseBehavioural(e.text(), this::arity);
            Expression draw = Expression.firstDraw(b.expression(), this::functionBody);
            if (draw instanceof Expression.UserCall call) {
                throw new CardError(e.loc(), ".func " + call.function() + " draws random values (agauss, gauss,"
                        + " aunif or unif), and a behavioural expression is evaluated at every Newton iteration;"
                        + " draw the value once in a .param and use that parameter here");
            }
            return b;
        } catch (ExpressionException x) {
            SourceLocation at = e.loc();
            throw new CardError(x.offset() < 0 ? at
                    : new SourceLocation(at.file(), at.line(), at.column() + 1 + x.offset()), x.getMessage());
        }
    }

    /** The parsed body of a user function visible here, or null. */
    private Expression functionBody(String function) {
        Statement.FuncCard f = functions.get(function);
        if (f == null) {
            return parent == null ? null : parent.functionBody(function);
        }
        try {
            return parseCache().computeIfAbsent(f.body().text(), this::parse);
        } catch (ExpressionException x) {
            return null; // reported where the function is used
        }
    }

    /** A user function: its body evaluated with its arguments bound, other names seen as global parameters. */
    @Override
    public double call(String function, double[] arguments) {
        Statement.FuncCard f = functions.get(function);
        if (f == null) {
            return parent.call(function, arguments);
        }
        if (++callDepth > 64) {
            callDepth = 0;
            throw new CardError(f.loc(), ".func " + function + " calls itself without end");
        }
        try {
            Expression body = parseCache().computeIfAbsent(f.body().text(), this::parse);
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

                @Override
                public Scope.Draws draws() {
                    return Parameters.this.draws();
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
        if (f == null) {
            return parent.callDerivative(function, arguments, k);
        }
        Expression body = differentiable.computeIfAbsent(function,
                name -> ExpressionParser.parseFunctionBody(f.body().text(), f.parameters(), this::arity));
        Scope local = Scope.probing(this, arguments); // the function's parameters are its probes
        double[] gradient = new double[arguments.length];
        body.gradient(local, 1.0, gradient);
        return gradient[k];
    }

    @Override
    public double value(String name) {
        Double found = find(name);
        return found != null ? found : constant(name);
    }

    /** The value of a parameter defined here or in an enclosing scope, or null if none defines it. */
    private Double find(String name) {
        Double known = values.get(name);
        if (known != null) {
            return known;
        }
        Field.Assign definition = definitions.get(name);
        if (definition == null) {
            return parent != null ? parent.find(name) : null;
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
            case "temper" -> parent == null ? temperCelsius : parent.value("temper");
            default -> throw new ExpressionException("undefined parameter '" + name + "'"
                    + Suggestions.didYouMean(name, known()), -1);
        };
    }

    /** Every name visible here: for "did you mean". */
    private List<String> known() {
        List<String> known = parent == null ? new ArrayList<>(List.of("pi", "e", "temper")) : parent.known();
        known.addAll(definitions.keySet());
        known.addAll(values.keySet());
        return known;
    }
}
