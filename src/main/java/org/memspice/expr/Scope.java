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
}
