package org.memspice.device.source;

import org.memspice.device.BreakpointSink;
import org.memspice.device.DcSweepable;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TimeDependent;

/** Independent current source: I(t) flows from node a through the source to node b. */
public final class CurrentSource implements Device, TimeDependent, DcSweepable {
    private final String name;
    private final int a;
    private final int b;
    private final SourceValue value;

    CurrentSource(String name, int a, int b, SourceSpec spec) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.value = new SourceValue(spec);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void bind(MatrixBinder m) {
        // no Jacobian entries: the current does not depend on any unknown
    }

    @Override
    public void load(LoadContext ctx) {
        double i = value.at(ctx);
        ctx.addF(a, i);
        ctx.addF(b, -i);
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
        return false;
    }
}
