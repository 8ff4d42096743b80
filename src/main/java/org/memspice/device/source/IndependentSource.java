package org.memspice.device.source;

import org.memspice.device.AnalysisMode;
import org.memspice.device.BreakpointSink;
import org.memspice.device.DcSweepable;
import org.memspice.device.LoadContext;
import org.memspice.device.TimeDependent;

/** What V and I sources share: the value at the present analysis point, DC-sweep override and breakpoints. */
abstract class IndependentSource implements TimeDependent, DcSweepable {
    protected final String name;
    protected final SourceSpec spec;
    private double sweepValue;
    private boolean swept;

    IndependentSource(String name, SourceSpec spec) {
        this.name = name;
        this.spec = spec;
    }

    /** Source value at this analysis point, scaled by the source-stepping factor. */
    protected double value(LoadContext ctx) {
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

    @Override
    public void prepareTransient(double tstep, double tstop) {
        if (spec.waveform() != null) {
            spec.waveform().prepare(tstep, tstop);
        }
    }

    @Override
    public void addBreakpoints(double tstop, BreakpointSink sink) {
        if (spec.waveform() != null) {
            spec.waveform().addBreakpoints(tstop, sink);
        }
    }

    @Override
    public void setSweepValue(double value) {
        sweepValue = value;
        swept = true;
    }

    @Override
    public void clearSweepValue() {
        swept = false;
    }
}
