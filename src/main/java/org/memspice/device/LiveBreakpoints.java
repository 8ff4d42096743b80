package org.memspice.device;

/**
 * A device that learns of corners only while a transient runs (a DAC whose bit inputs change, an ADC clocked by a
 * node): before the run it is handed a sink that inserts breakpoints into the live schedule, which it may call from
 * {@link StepObserver#acceptStep} for times after the accepted point.
 */
public interface LiveBreakpoints {
    void transientBreakpoints(BreakpointSink live);
}
