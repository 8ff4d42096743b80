package org.memspice.device;

/**
 * Collects times the transient must land a time point on exactly. A corner (a waveform's derivative jumps) also
 * restarts the integration there; a sample point (a converter's sampling instant, a code appearing at an output
 * nothing in the circuit reads) only needs the solution at that time, so the step and the integration order carry
 * on across it, which saves the dozen regrowing steps a restart costs.
 */
public interface BreakpointSink {
    /** A corner: land on it and restart the integration (backward Euler, a small first step). */
    void add(double time);

    /** A sample point: land on it without a restart. Sinks that do not tell the kinds apart treat it as a corner. */
    default void addSamplePoint(double time) {
        add(time);
    }
}
