package org.memspice.device.tia;

import org.memspice.device.BranchCurrentOwner;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.support.BranchEquation;
import org.memspice.device.support.BranchStamp;

/**
 * A transimpedance (virtual-ground) sense amplifier: an op-amp whose inverting input is {@code in}, non-inverting
 * input {@code ref}, with feedback resistor rf from out to in. The op-amp is a one-pole amplifier,
 * {@code A(s) = a0/(1 + s/ωp)}, ωp = 2π·gbw/a0, whose internal output y follows
 * {@code τ·dy/dt + y = −a0·v(in, ref)}, τ = 1/ωp (so a step of v(in, ref) slews at 2π·gbw·v(in, ref), as a
 * one-pole op-amp does), held at the rails vomin/vomax by a stiff restoring term (no wind-up); gbw = 0 drops the
 * pole: y = sat(−a0·v(in, ref)). The output is an ideal source {@code v(out) − v(ref) = sat(y)}.
 *
 * <p>Closed loop, a current I into {@code in} gives {@code v(out, ref) = −I·rf·a0/(1 + a0)} and
 * {@code v(in, ref) = I·rf/(1 + a0)} (virtual ground), reached with time constant {@code τ/(1 + a0)}: a closed-loop
 * bandwidth of {@code gbw·(1 + a0)/a0} (Sedra and Smith, ch. 2). State row (DAE form, q = y):
 * {@code f = (y + a0·v(in, ref) + RAIL·(distance of y beyond a rail))/τ}.
 */
final class Tia implements Device, BranchCurrentOwner {
    private final String name;
    private final int in;
    private final int out;
    private final int ref;
    private final double rf;
    private final double a0;
    private final double tau;
    private final double vomin;
    private final double vomax;

    /**
     * Stiffness of the output stage's rails relative to the pole: beyond a rail the internal output y is pulled back
     * 1e3·a0 times harder than the amplifier drives it, so it overshoots the rail by at most v(in, ref)/1e3 and
     * recovers at once (no wind-up), while within the rails the amplifier is the linear one-pole one.
     */
    private final double rail;
    private int y;
    private int branch;
    private BranchStamp feedback;
    private BranchEquation output;
    private int branchY;
    private int yy;
    private int yIn;
    private int yRef;

    Tia(String name, int in, int out, int ref, double rf, double a0, double gbw, double vomin, double vomax) {
        this.name = name;
        this.in = in;
        this.out = out;
        this.ref = ref;
        this.rf = rf;
        this.a0 = a0;
        this.tau = gbw > 0 ? a0 / (2 * Math.PI * gbw) : 0.0;
        this.vomin = vomin;
        this.vomax = vomax;
        this.rail = 1e3 * a0;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        y = unknowns.state(name, "vo", true, 1e-6);
        branch = unknowns.branchCurrent(name);
    }

    @Override
    public int branchCurrent() {
        return branch;
    }

    @Override
    public void bind(MatrixBinder m) {
        feedback = new BranchStamp(m, in, out);
        output = new BranchEquation(m, out, ref, branch);
        branchY = m.entry(branch, y);
        yy = m.entry(y, y);
        yIn = m.entry(y, in);
        yRef = m.entry(y, ref);
    }

    @Override
    public void load(LoadContext ctx) {
        double g = 1.0 / rf;
        feedback.addCurrent(ctx, g * (ctx.x(in) - ctx.x(out)));
        feedback.addConductance(ctx, g);

        output.load(ctx);
        double w = ctx.x(y);
        double drive = -a0 * (ctx.x(in) - ctx.x(ref));
        double vo = Math.min(vomax, Math.max(vomin, w));
        ctx.addF(branch, -vo);
        ctx.addJacF(branchY, w > vomin && w < vomax ? -1.0 : 0.0);

        if (tau == 0) {
            // no pole: y = sat(−a0·v(in, ref)), algebraic
            double target = Math.min(vomax, Math.max(vomin, drive));
            double slope = drive > vomin && drive < vomax ? -a0 : 0.0;
            ctx.addF(y, w - target);
            ctx.addJacF(yy, 1.0);
            ctx.addJacF(yIn, -slope);
            ctx.addJacF(yRef, slope);
            return;
        }
        // one pole, τ·dy/dt = −a0·v(in, ref) − y, with a stiff restoring term beyond the rails
        double beyond = w > vomax ? w - vomax : w < vomin ? w - vomin : 0.0;
        double scale = 1.0 / tau;
        ctx.addF(y, scale * (w - drive + rail * beyond));
        ctx.addJacF(yy, scale * (1 + (beyond != 0 ? rail : 0)));
        ctx.addJacF(yIn, scale * a0);
        ctx.addJacF(yRef, -scale * a0);
        ctx.addQ(y, w);
        ctx.addJacQ(yy, 1.0);
    }

    @Override
    public void topology(TopologySink sink) {
        sink.conductive(in, out);
        sink.voltageDefined(out, ref);
    }

    @Override
    public boolean isNonlinear() {
        return Double.isFinite(vomin) || Double.isFinite(vomax);
    }
}
