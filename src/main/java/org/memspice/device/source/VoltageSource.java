package org.memspice.device.source;

import org.memspice.device.BreakpointSink;
import org.memspice.device.DcSweepable;
import org.memspice.device.LoadContext;
import org.memspice.device.TimeDependent;
import org.memspice.device.support.BranchCurrentDevice;

/** Independent voltage source: branch row v(a) − v(b) − V(t) = 0; {@code i(v)} flows from a through it to b. */
public final class VoltageSource extends BranchCurrentDevice implements TimeDependent, DcSweepable {
    private final SourceValue value;

    VoltageSource(String name, int a, int b, SourceSpec spec) {
        super(name, a, b);
        this.value = new SourceValue(spec);
    }

    @Override
    protected void loadBranch(LoadContext ctx, int branch) {
        ctx.addF(branch, -value.at(ctx));
    }

    @Override
    public void prepareTransient(double tstep, double tstop) {
        value.prepareTransient(tstep, tstop);
    }

    @Override
    public void addBreakpoints(double tstop, BreakpointSink sink) {
        value.addBreakpoints(tstop, sink);
    }

    @Override
    public void setSweepValue(double v) {
        value.sweep(v);
    }

    @Override
    public void clearSweepValue() {
        value.clearSweep();
    }

    @Override
    public boolean isVoltage() {
        return true;
    }
}
