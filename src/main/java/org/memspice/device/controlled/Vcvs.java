package org.memspice.device.controlled;

import org.memspice.device.BranchCurrentOwner;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.support.BranchEquation;

/** E: voltage-controlled voltage source, v(a,b) = gain·v(c,d). */
public final class Vcvs implements Device, BranchCurrentOwner {
    private final String name;
    private final int a;
    private final int b;
    private final int c;
    private final int d;
    private final double gain;
    private int branch;
    private BranchEquation equation;
    private int branchC;
    private int branchD;

    Vcvs(String name, int a, int b, int c, int d, double gain) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.gain = gain;
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
        branchC = m.entry(branch, c);
        branchD = m.entry(branch, d);
    }

    @Override
    public void load(LoadContext ctx) {
        equation.load(ctx);
        ctx.addF(branch, -gain * (ctx.x(c) - ctx.x(d)));
        ctx.addJacF(branchC, -gain);
        ctx.addJacF(branchD, gain);
    }
}
