package org.memspice.measure;

import java.util.function.ToDoubleFunction;

/** A measured quantity ({@code v(out)}, {@code i(v1)}, {@code {v(a)*i(v1)}}) as a function of the solution vector. */
public record Signal(String name, ToDoubleFunction<double[]> probe) {
    public double value(double[] solution) {
        return probe.applyAsDouble(solution);
    }
}
