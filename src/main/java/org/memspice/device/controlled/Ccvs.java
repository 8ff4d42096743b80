package org.memspice.device.controlled;

import org.memspice.device.BranchCurrentOwner;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.support.BranchEquation;

/** H: current-controlled voltage source, v(a,b) = r·i(vcontrol). */
public final class Ccvs implements Device, BranchCurrentOwner {
    private final String name;
    private final int a;
    private final int b;
    private final String controlling;
    private final double transresistance;
    private int branch;
    private int control;
    private BranchEquation equation;
    private int branchControl;

    Ccvs(String name, int a, int b, String controlling, double transresistance) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.controlling = controlling;
        this.transresistance = transresistance;
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
        control = m.branchCurrentOf(controlling);
        branchControl = m.entry(branch, control);
    }

    @Override
    public void load(LoadContext ctx) {
        equation.load(ctx);
        ctx.addF(branch, -transresistance * ctx.x(control));
        ctx.addJacF(branchControl, -transresistance);
    }
}
