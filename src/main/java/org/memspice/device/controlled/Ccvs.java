package org.memspice.device.controlled;

import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.support.BranchCurrentDevice;

/** H: current-controlled voltage source, v(a,b) = r·i(vcontrol). */
public final class Ccvs extends BranchCurrentDevice {
    private final String controlling;
    private final double transresistance;
    private int control;
    private int branchControl;

    Ccvs(String name, int a, int b, String controlling, double transresistance) {
        super(name, a, b);
        this.controlling = controlling;
        this.transresistance = transresistance;
    }

    @Override
    protected void bindBranch(MatrixBinder m, int branch) {
        control = m.branchCurrentOf(controlling);
        branchControl = m.entry(branch, control);
    }

    @Override
    protected void loadBranch(LoadContext ctx, int branch) {
        ctx.addF(branch, -transresistance * ctx.x(control));
        ctx.addJacF(branchControl, -transresistance);
    }
}
