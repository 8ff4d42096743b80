package org.memspice.device.support;

import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;

/**
 * The MNA entries of an element whose current {@code i} is an unknown and flows from node a to node b
 * (voltage sources, inductors, E and H): KCL gets ±i, and the branch row starts with v(a) − v(b).
 */
public final class BranchEquation {
    private final int a;
    private final int b;
    private final int branch;
    private final int aBranch;
    private final int bBranch;
    private final int branchA;
    private final int branchB;

    public BranchEquation(MatrixBinder m, int a, int b, int branch) {
        this.a = a;
        this.b = b;
        this.branch = branch;
        this.aBranch = m.entry(a, branch);
        this.bBranch = m.entry(b, branch);
        this.branchA = m.entry(branch, a);
        this.branchB = m.entry(branch, b);
    }

    /** Loads KCL ±i and the branch row's v(a) − v(b) term; returns v(a) − v(b). */
    public double load(LoadContext ctx) {
        double i = ctx.x(branch);
        double v = ctx.x(a) - ctx.x(b);
        ctx.addF(a, i);
        ctx.addF(b, -i);
        ctx.addJacF(aBranch, 1.0);
        ctx.addJacF(bBranch, -1.0);
        ctx.addF(branch, v);
        ctx.addJacF(branchA, 1.0);
        ctx.addJacF(branchB, -1.0);
        return v;
    }

    public int branch() {
        return branch;
    }
}
