package org.memspice.device.source;

import org.memspice.device.AnalysisMode;
import org.memspice.device.BreakpointSink;
import org.memspice.device.LoadContext;

/** What V and I sources share: the value at the present analysis point, DC-sweep override and breakpoints. */
final class SourceValue {
    private final SourceSpec spec;
    private double sweepValue;
    private boolean swept;

    SourceValue(SourceSpec spec) {
        this.spec = spec;
    }

    /** Source value at this analysis point, scaled by the source-stepping factor. */
    double at(LoadContext ctx) {
        double v;
        if (swept) {
            v = sweepValue;
        } else if (ctx.mode() == AnalysisMode.DC || spec.waveform() == null) {
            v = spec.dcOperatingValue();
        } else {
            v = spec.waveform().value(ctx.time());
        }
        return v * ctx.sourceFactor();
    }

    void prepareTransient(double tstep, double tstop) {
        if (spec.waveform() != null) {
            spec.waveform().prepare(tstep, tstop);
        }
    }

    void addBreakpoints(double tstop, BreakpointSink sink) {
        if (spec.waveform() != null) {
            spec.waveform().addBreakpoints(tstop, sink);
        }
    }

    void sweep(double value) {
        sweepValue = value;
        swept = true;
    }

    void clearSweep() {
        swept = false;
    }
}
