package org.memspice.expr;

/** Where names in an expression get their values (parameters, constants). */
@FunctionalInterface
public interface Scope {
    /** @throws ExpressionException if the name is not defined */
    double value(String name);

    /** Calls a user function ({@code .func}); the parser only creates such calls for names the resolver knew. */
    default double call(String function, double[] arguments) {
        throw new ExpressionException("unknown function '" + function + "'", -1);
    }

    /** ∂(user function)/∂(argument k): needed when a behavioural expression calls a {@code .func}. */
    default double callDerivative(String function, double[] arguments, int k) {
        throw new ExpressionException("derivative of '" + function + "' is not available here", -1);
    }

    /** The value of probe {@code index} (a node voltage or branch current) in a behavioural expression. */
    default double probe(int index) {
        throw new ExpressionException("v() and i() can be read only by behavioural sources", -1);
    }

    /** A scope that reads probe k from {@code probes[k]} and leaves names and functions to {@code parent}. */
    static Scope probing(Scope parent, double[] probes) {
        return new Scope() {
            @Override
            public double value(String name) {
                return parent.value(name);
            }

            @Override
            public double call(String function, double[] arguments) {
                return parent.call(function, arguments);
            }

            @Override
            public double callDerivative(String function, double[] arguments, int k) {
                return parent.callDerivative(function, arguments, k);
            }

            @Override
            public double probe(int index) {
                return probes[index];
            }
        };
    }
}
