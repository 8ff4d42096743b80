package org.memspice.device;

/** Collects times at which a waveform has a corner; the transient lands a time point exactly on each. */
public interface BreakpointSink {
    void add(double time);
}
