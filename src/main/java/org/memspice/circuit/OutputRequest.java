package org.memspice.circuit;

import java.util.function.ToDoubleFunction;

/**
 * A quantity to write: the difference of two unknowns ({@code v(a,b)}), one unknown, or one unknown minus
 * ground (index -1 stands for ground); or, when {@code derived} is set, a function of the solution that a device
 * computes (a resistor's or memristor's lead current, a memristor's resistance).
 */
public record OutputRequest(String name, boolean current, int plus, int minus, ToDoubleFunction<double[]> derived) {
    public OutputRequest(String name, boolean current, int plus, int minus) {
        this(name, current, plus, minus, null);
    }

    public double value(double[] x) {
        if (derived != null) {
            return derived.applyAsDouble(x);
        }
        return (plus < 0 ? 0.0 : x[plus]) - (minus < 0 ? 0.0 : x[minus]);
    }
}
