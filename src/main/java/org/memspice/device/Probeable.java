package org.memspice.device;

/**
 * A device without a branch-current unknown whose terminal current, and possibly other quantities, can be
 * printed and measured: Xyce's lead currents {@code i(r1)}, {@code i(ymemristor!m1)} and store variables such
 * as a memristor's resistance {@code n(ymemristor!m1:r)}. Evaluated from an accepted solution, never while loading.
 */
public interface Probeable {
    /** The current entering the device's first terminal at {@code solution} (indexed by unknown; ground is −1). */
    double leadCurrent(double[] solution);

    /** A named quantity other than the current ({@code "r"}), or null when the device has none by that name. */
    default java.util.function.ToDoubleFunction<double[]> quantity(String name) {
        return null;
    }

    /** The value of an unknown in a solution vector, 0 for ground. */
    static double at(double[] solution, int unknown) {
        return unknown < 0 ? 0.0 : solution[unknown];
    }
}
