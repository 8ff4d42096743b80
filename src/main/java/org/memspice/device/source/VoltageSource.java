package org.memspice.device.source;

import org.memspice.device.BranchCurrentOwner;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.support.BranchEquation;

/** Independent voltage source: branch row v(a) − v(b) − V(t) = 0; {@code i(v)} flows from a through it to b. */
public final class VoltageSource extends IndependentSource implements Device, BranchCurrentOwner {
    private final int a;
    private final int b;
    private int branch;
    private BranchEquation equation;

    VoltageSource(String name, int a, int b, SourceSpec spec) {
        super(name, spec);
        this.a = a;
        this.b = b;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void allocate(UnknownAllocator u) {
        branch = u.branchCurrent(name);
    }

    @Override
    public int branchCurrent() {
        return branch;
    }

    @Override
    public void topology(TopologySink sink) {
        sink.voltageDefined(a, b);
    }

    @Override
    public void bind(MatrixBinder m) {
        equation = new BranchEquation(m, a, b, branch);
    }

    @Override
    public void load(LoadContext ctx) {
        equation.load(ctx);
        ctx.addF(branch, -value(ctx));
    }

    @Override
    public boolean isVoltage() {
        return true;
    }
}
