package org.memspice.expr;

import java.util.List;

/** A parsed expression of the netlist language: a tree evaluated against a {@link Scope}. Immutable. */
public sealed interface Expression {
    double evaluate(Scope scope);

    /**
     * Reverse-mode derivative: adds {@code seed · ∂(this)/∂(probe k)} to {@code gradient[k]} for every probe the
     * expression reads (automatic differentiation of the tree; exact, no finite differences).
     */
    void gradient(Scope scope, double seed, double[] gradient);

    record Constant(double value) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return value;
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {}
    }

    /** True if the expression reads a circuit quantity (so its derivatives matter). */
    static boolean readsProbes(Expression e) {
        if (e instanceof Probe) {
            return true;
        } else if (e instanceof Negate n) {
            return readsProbes(n.operand());
        } else if (e instanceof Not n) {
            return readsProbes(n.operand());
        } else if (e instanceof Binary b) {
            return readsProbes(b.left()) || readsProbes(b.right());
        } else if (e instanceof Conditional c) {
            return readsProbes(c.condition()) || readsProbes(c.whenTrue()) || readsProbes(c.whenFalse());
        } else if (e instanceof Call c) {
            return c.arguments().stream().anyMatch(Expression::readsProbes);
        } else if (e instanceof UserCall c) {
            return c.arguments().stream().anyMatch(Expression::readsProbes);
        } else if (e instanceof RandomCall c) {
            return c.arguments().stream().anyMatch(Expression::readsProbes);
        }
        return false;
    }

    /**
     * The first Monte Carlo call ({@link RandomCall}) in the expression, looking through the bodies of the user
     * functions it calls ({@code bodyOf} gives a body, or null), or null if there is none.
     */
    static Expression firstDraw(Expression e, java.util.function.Function<String, Expression> bodyOf) {
        return firstDraw(e, bodyOf, new java.util.HashSet<>());
    }

    private static Expression firstDraw(Expression e, java.util.function.Function<String, Expression> bodyOf,
                                        java.util.Set<String> visited) {
        List<Expression> children;
        if (e instanceof RandomCall) {
            return e;
        } else if (e instanceof Negate n) {
            children = List.of(n.operand());
        } else if (e instanceof Not n) {
            children = List.of(n.operand());
        } else if (e instanceof Binary b) {
            children = List.of(b.left(), b.right());
        } else if (e instanceof Conditional c) {
            children = List.of(c.condition(), c.whenTrue(), c.whenFalse());
        } else if (e instanceof Call c) {
            children = c.arguments();
        } else if (e instanceof UserCall c) {
            Expression body = visited.add(c.function()) ? bodyOf.apply(c.function()) : null;
            if (body != null && firstDraw(body, bodyOf, visited) != null) {
                return e; // the call itself is where the draw enters the expression
            }
            children = c.arguments();
        } else {
            return null;
        }
        for (Expression child : children) {
            Expression found = firstDraw(child, bodyOf, visited);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A circuit quantity read by a behavioural expression: v(a), v(a,b), i(vname); {@code index} set at binding. */
    record Probe(String function, List<String> arguments, int index) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return scope.probe(index);
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {
            gradient[index] += seed;
        }
    }

    /** A parameter or constant name, lower case. */
    record Name(String name) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return scope.value(name);
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {}
    }

    record Negate(Expression operand) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return -operand.evaluate(scope);
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {
            operand.gradient(scope, -seed, gradient);
        }
    }

    record Not(Expression operand) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return operand.evaluate(scope) != 0 ? 0 : 1;
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {}
    }

    record Binary(String operator, Expression left, Expression right) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            double a = left.evaluate(scope);
            // && and || short-circuit like C, so guards such as x != 0 && 1/x > 2 work
            if (operator.equals("&&")) {
                return a != 0 && right.evaluate(scope) != 0 ? 1 : 0;
            }
            if (operator.equals("||")) {
                return a != 0 || right.evaluate(scope) != 0 ? 1 : 0;
            }
            double b = right.evaluate(scope);
            return switch (operator) {
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                case "/" -> a / b;
                case "^", "**" -> Math.pow(a, b);
                case "==" -> a == b ? 1 : 0;
                case "!=" -> a != b ? 1 : 0;
                case "<" -> a < b ? 1 : 0;
                case "<=" -> a <= b ? 1 : 0;
                case ">" -> a > b ? 1 : 0;
                case ">=" -> a >= b ? 1 : 0;
                default -> throw new IllegalStateException("operator " + operator);
            };
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {
            switch (operator) {
                case "+" -> {
                    left.gradient(scope, seed, gradient);
                    right.gradient(scope, seed, gradient);
                }
                case "-" -> {
                    left.gradient(scope, seed, gradient);
                    right.gradient(scope, -seed, gradient);
                }
                case "*" -> {
                    left.gradient(scope, seed * right.evaluate(scope), gradient);
                    right.gradient(scope, seed * left.evaluate(scope), gradient);
                }
                case "/" -> {
                    double b = right.evaluate(scope);
                    left.gradient(scope, seed / b, gradient);
                    right.gradient(scope, -seed * left.evaluate(scope) / (b * b), gradient);
                }
                case "^", "**" -> {
                    double a = left.evaluate(scope);
                    double b = right.evaluate(scope);
                    double value = Math.pow(a, b);
                    left.gradient(scope, seed * (b == 0 ? 0 : b * Math.pow(a, b - 1)), gradient);
                    if (a > 0) {
                        right.gradient(scope, seed * value * Math.log(a), gradient);
                    }
                }
                default -> { } // comparisons and logic are piecewise constant
            }
        }
    }

    record Conditional(Expression condition, Expression whenTrue, Expression whenFalse) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return condition.evaluate(scope) != 0 ? whenTrue.evaluate(scope) : whenFalse.evaluate(scope);
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {
            (condition.evaluate(scope) != 0 ? whenTrue : whenFalse).gradient(scope, seed, gradient);
        }
    }

    /** A call of a user function ({@code .func}), resolved by the scope when evaluated. */
    record UserCall(String function, List<Expression> arguments) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            double[] values = new double[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(scope);
            }
            return scope.call(function, values);
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {
            double[] values = new double[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(scope);
            }
            for (int i = 0; i < values.length; i++) {
                if (readsProbes(arguments.get(i))) {
                    double d = scope.callDerivative(function, values, i);
                    arguments.get(i).gradient(scope, seed * d, gradient);
                }
            }
        }
    }

    /**
     * A Monte Carlo function (agauss, gauss, aunif, unif): every evaluation draws a new value from the scope's
     * {@link Scope#draws()}, so nothing may cache or fold it. {@code offset} is where it is written in the text.
     */
    record RandomCall(String function, List<Expression> arguments, int offset) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            double[] values = new double[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(scope);
            }
            return Functions.draw(function, values, scope.draws());
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {} // a draw does not depend on the probes
    }

    record Call(String function, List<Expression> arguments) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            if (function.equals("if")) { // only the chosen branch is evaluated
                return arguments.get(0).evaluate(scope) != 0 ? arguments.get(1).evaluate(scope)
                        : arguments.get(2).evaluate(scope);
            }
            double[] values = new double[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(scope);
            }
            return Functions.apply(function, values);
        }

        @Override
        public void gradient(Scope scope, double seed, double[] gradient) {
            if (function.equals("if")) {
                (arguments.get(0).evaluate(scope) != 0 ? arguments.get(1) : arguments.get(2))
                        .gradient(scope, seed, gradient);
                return;
            }
            double[] values = new double[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(scope);
            }
            for (int i = 0; i < values.length; i++) {
                double d = Functions.derivative(function, values, i);
                if (d != 0) {
                    arguments.get(i).gradient(scope, seed * d, gradient);
                }
            }
        }
    }
}
