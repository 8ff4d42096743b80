package org.memspice.circuit;

/**
 * A quantity to write: the difference of two unknowns ({@code v(a,b)}), one unknown, or one unknown minus
 * ground. Index -1 stands for ground.
 */
public record OutputRequest(String name, boolean current, int plus, int minus) {
    public double value(double[] x) {
        return (plus < 0 ? 0.0 : x[plus]) - (minus < 0 ? 0.0 : x[minus]);
    }
}
