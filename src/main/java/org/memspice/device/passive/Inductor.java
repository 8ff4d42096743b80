package org.memspice.device.passive;

import org.memspice.device.AnalysisMode;
import org.memspice.device.InitialConditions;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.support.BranchCurrentDevice;

/**
 * Linear inductor with its current as unknown: branch row v(a,b) − dΦ/dt = 0 with flux Φ = L·i, so it is a
 * short at DC and the integrator handles dΦ/dt like any other charge.
 */
public final class Inductor extends BranchCurrentDevice implements InitialConditions {
    private final double inductance;
    private final Double initialCurrent;
    private int branchBranch;

    public Inductor(String name, int a, int b, double inductance, Double initialCurrent) {
        super(name, a, b);
        this.inductance = inductance;
        this.initialCurrent = initialCurrent;
    }

    @Override
    protected void bindBranch(MatrixBinder m, int branch) {
        branchBranch = m.entry(branch, branch);
    }

    @Override
    protected void loadBranch(LoadContext ctx, int branch) {
        double i = ctx.mode() == AnalysisMode.TRANSIENT_INITIAL && initialCurrent != null
                ? initialCurrent : ctx.x(branch);
        ctx.addQ(branch, -inductance * i);
        ctx.addJacQ(branchBranch, -inductance);
    }

    @Override
    public void applyInitialConditions(double[] x) {
        if (initialCurrent != null) {
            x[branchCurrent()] = initialCurrent;
        }
    }
}
