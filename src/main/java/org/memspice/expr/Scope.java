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

    /** The random variates behind agauss, gauss, aunif and unif. */
    interface Draws {
        /** A standard normal variate N(0,1). */
        double gaussian();

        /** A uniform variate on (−1, 1). */
        double uniform();
    }

    /**
     * Where Monte Carlo functions draw from. Only scopes evaluated once, at elaboration, have one: an expression
     * evaluated during the simulation (a behavioural source) would draw anew at every Newton iteration.
     */
    default Draws draws() {
        throw new ExpressionException("agauss, gauss, aunif and unif draw a new value at each evaluation; they are"
                + " allowed only in values fixed at elaboration (define a .param and use it here)", -1);
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
