package org.memspice.device;

/** A device with an {@code ic=} that sets an unknown directly when a transient starts with {@code uic}. */
public interface InitialConditions {
    void applyInitialConditions(double[] x);
}
