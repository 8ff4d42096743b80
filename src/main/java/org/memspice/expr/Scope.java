package org.memspice.expr;

/** Where names in an expression get their values (parameters, constants). */
@FunctionalInterface
public interface Scope {
    /** @throws ExpressionException if the name is not defined */
    double value(String name);
}
