package org.memspice.device.support;

import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;

/**
 * The four Jacobian entries of a quantity that flows from node {@code a} to node {@code b} and depends on the
 * voltage between {@code c} and {@code d} (c = a, d = b for a two-terminal element): the stamp every
 * conductance, capacitance and transconductance shares.
 */
public final class BranchStamp {
    private final int a;
    private final int b;
    private final int ac;
    private final int ad;
    private final int bc;
    private final int bd;

    public BranchStamp(MatrixBinder m, int a, int b, int c, int d) {
        this.a = a;
        this.b = b;
        this.ac = m.entry(a, c);
        this.ad = m.entry(a, d);
        this.bc = m.entry(b, c);
        this.bd = m.entry(b, d);
    }

    public BranchStamp(MatrixBinder m, int a, int b) {
        this(m, a, b, a, b);
    }

    /** Adds a current {@code i} leaving node a and entering node b to f. */
    public void addCurrent(LoadContext ctx, double i) {
        ctx.addF(a, i);
        ctx.addF(b, -i);
    }

    /** Adds a charge {@code q} on node a and {@code -q} on node b. */
    public void addCharge(LoadContext ctx, double q) {
        ctx.addQ(a, q);
        ctx.addQ(b, -q);
    }

    /** Adds ∂i/∂v(c,d) = g to ∂f/∂x. */
    public void addConductance(LoadContext ctx, double g) {
        ctx.addJacF(ac, g);
        ctx.addJacF(ad, -g);
        ctx.addJacF(bc, -g);
        ctx.addJacF(bd, g);
    }

    /** Adds ∂q/∂v(c,d) = c to ∂q/∂x. */
    public void addCapacitance(LoadContext ctx, double c) {
        ctx.addJacQ(ac, c);
        ctx.addJacQ(ad, -c);
        ctx.addJacQ(bc, -c);
        ctx.addJacQ(bd, c);
    }
}
