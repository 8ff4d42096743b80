package org.memspice.expr;

import java.util.List;

/** A parsed expression of the netlist language: a tree evaluated against a {@link Scope}. Immutable. */
public sealed interface Expression {
    double evaluate(Scope scope);

    record Constant(double value) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return value;
        }
    }

    /** A parameter or constant name, lower case. */
    record Name(String name) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return scope.value(name);
        }
    }

    record Negate(Expression operand) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return -operand.evaluate(scope);
        }
    }

    record Not(Expression operand) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return operand.evaluate(scope) != 0 ? 0 : 1;
        }
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
    }

    record Conditional(Expression condition, Expression whenTrue, Expression whenFalse) implements Expression {
        @Override
        public double evaluate(Scope scope) {
            return condition.evaluate(scope) != 0 ? whenTrue.evaluate(scope) : whenFalse.evaluate(scope);
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
    }
}
