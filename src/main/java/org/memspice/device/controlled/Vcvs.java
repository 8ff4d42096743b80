package org.memspice.device.controlled;

import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.support.BranchCurrentDevice;

/** E: voltage-controlled voltage source, v(a,b) = gain·v(c,d). */
public final class Vcvs extends BranchCurrentDevice {
    private final int c;
    private final int d;
    private final double gain;
    private int branchC;
    private int branchD;

    Vcvs(String name, int a, int b, int c, int d, double gain) {
        super(name, a, b);
        this.c = c;
        this.d = d;
        this.gain = gain;
    }

    @Override
    protected void bindBranch(MatrixBinder m, int branch) {
        branchC = m.entry(branch, c);
        branchD = m.entry(branch, d);
    }

    @Override
    protected void loadBranch(LoadContext ctx, int branch) {
        ctx.addF(branch, -gain * (ctx.x(c) - ctx.x(d)));
        ctx.addJacF(branchC, -gain);
        ctx.addJacF(branchD, gain);
    }
}
