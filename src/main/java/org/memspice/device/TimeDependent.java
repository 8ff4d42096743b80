package org.memspice.device;

/** A device whose equations depend on time (independent sources): it learns the transient's span and corners. */
public interface TimeDependent {
    /** Called before a transient: defaults such as PULSE rise time or SIN frequency depend on tstep and tstop. */
    void prepareTransient(double tstep, double tstop);

    /** Adds every waveform corner in [0, tstop]. */
    void addBreakpoints(double tstop, BreakpointSink sink);
}
