package org.memspice.device;

/**
 * A device that acts once per accepted transient time point, never per Newton iteration or rejected step:
 * switching-event detection and the cycle-to-cycle draws made at each event (physics reference §5.9).
 */
public interface StepObserver {
    /**
     * Called after a time point is accepted, with the accepted solution (index by unknown; ground is not in it).
     *
     * @return true if the device changed its own parameters: its equations are discontinuous there, so the
     *     transient restarts its integration as after a breakpoint
     */
    boolean acceptStep(double time, double[] solution);

    /**
     * Called once with the transient's initial point (the operating point, or the {@code uic} vector) before the
     * first step: for devices that sample at t = 0 (a converter clocked from t = 0).
     */
    default void initialPoint(double[] solution) {}
}
