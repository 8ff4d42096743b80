package org.memspice.device.source;

import org.memspice.device.BreakpointSink;
import org.memspice.device.DcSweepable;
import org.memspice.device.TimeDependent;

/** What V and I sources share as capabilities, delegated to their {@link SourceValue}. */
interface IndependentSource extends TimeDependent, DcSweepable {
    SourceValue sourceValue();

    @Override
    default void prepareTransient(double tstep, double tstop) {
        sourceValue().prepareTransient(tstep, tstop);
    }

    @Override
    default void addBreakpoints(double tstop, BreakpointSink sink) {
        sourceValue().addBreakpoints(tstop, sink);
    }

    @Override
    default void setSweepValue(double value) {
        sourceValue().sweep(value);
    }

    @Override
    default void clearSweepValue() {
        sourceValue().clearSweep();
    }
}
