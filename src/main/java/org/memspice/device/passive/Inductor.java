package org.memspice.device.passive;

import org.memspice.device.AnalysisMode;
import org.memspice.device.BranchCurrentOwner;
import org.memspice.device.Device;
import org.memspice.device.InitialConditions;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.support.BranchEquation;

/**
 * Linear inductor with its current as unknown: branch row v(a,b) − dΦ/dt = 0 with flux Φ = L·i, so it is a
 * short at DC and the integrator handles dΦ/dt like any other charge.
 */
public final class Inductor implements Device, BranchCurrentOwner, InitialConditions {
    private final String name;
    private final int a;
    private final int b;
    private final double inductance;
    private final Double initialCurrent;
    private int branch;
    private BranchEquation equation;
    private int branchBranch;

    public Inductor(String name, int a, int b, double inductance, Double initialCurrent) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.inductance = inductance;
        this.initialCurrent = initialCurrent;
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
        branchBranch = m.entry(branch, branch);
    }

    @Override
    public void load(LoadContext ctx) {
        equation.load(ctx);
        double i = ctx.mode() == AnalysisMode.TRANSIENT_INITIAL && initialCurrent != null
                ? initialCurrent : ctx.x(branch);
        ctx.addQ(branch, -inductance * i);
        ctx.addJacQ(branchBranch, -inductance);
    }

    @Override
    public void applyInitialConditions(double[] x) {
        if (initialCurrent != null) {
            x[branch] = initialCurrent;
        }
    }
}
