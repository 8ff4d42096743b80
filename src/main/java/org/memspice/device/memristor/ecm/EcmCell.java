package org.memspice.device.memristor.ecm;

import org.apache.commons.math3.random.RandomGenerator;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.StepObserver;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.support.BranchStamp;
import org.memspice.device.support.SafeMath;
import org.memspice.device.support.StateEquation;

/**
 * Model A of the physics reference: an Ag electrochemical-metallization cell whose tunnelling gap x (nm) sets the
 * nonvolatile state and whose volatile Ag-cluster pools u1, u2p, u2n give the short-term plasticity.
 *
 * <pre>
 *   a ──[R_q = 1/(n_ch·G0)]── g ──[core: I(V_c, x, u)]── c ──[R_s]── b        C_p between a and c
 * </pre>
 *
 * R_q exists only when {@code nch > 0} (quantized-contact cap, §1.3) and R_s only when {@code rs > 0} (the LSMO
 * series resistance of Model B, §2, on its own internal node as SPICE puts a diode's RS, §5.6); otherwise g = a
 * and c = b. The core current is (A1), the gap obeys (A3), the pools (A4); the four states are MNA unknowns
 * (StateEquation), printed x(ym1) = x(ym1,x), x(ym1,u1), x(ym1,u2p), x(ym1,u2n).
 *
 * <p>Newton robustness (§5.6): the core voltage V_c is limited per iteration to {@code vclim} from its previous
 * value, pnjlim-style; the device then loads the linearization at the limited voltage and marks the iterate
 * limited so it cannot be declared converged. Variability (§5.9): thresholds V_s0, V_r0 and the prefactor I0 are
 * drawn per device at elaboration; V_s0 and V_r0 are redrawn per switching cycle at the events detected in
 * {@link #acceptStep} (never per Newton iteration).
 */
final class EcmCell implements Device, StepObserver, org.memspice.device.Probeable {
    private static final double G0 = 7.748091729e-5; // 2q²/h in S (reference preamble)

    private final String name;
    private final int a;
    private final int b;
    private final EcmParams p;
    private final RandomGenerator random;
    /** This device's I0, V_s0, V_r0 after its device-to-device draws. */
    private final double i0;
    private final double vs0Device;
    private final double vr0Device;
    /** The thresholds of the present cycle (cycle-to-cycle draws around the device's own). */
    private double vs0;
    private double vr0;
    private boolean isSet;
    private int setEvents;
    private int resetEvents;
    private double lastVc;

    private int g;
    private int c;
    private int xs;
    private int u1;
    private int u2p;
    private int u2n;
    private BranchStamp core;
    private BranchStamp series;
    private BranchStamp quantum;
    private BranchStamp capacitance;
    private StateEquation gapRow;
    private StateEquation u1Row;
    private StateEquation u2pRow;
    private StateEquation u2nRow;
    private final EcmEquations.Slope gap = new EcmEquations.Slope();
    private final EcmEquations.Slope setRate = new EcmEquations.Slope();
    private final EcmEquations.Slope resetRate = new EcmEquations.Slope();
    private final EcmEquations.Slope setWindow = new EcmEquations.Slope();
    private final EcmEquations.Slope resetWindow = new EcmEquations.Slope();
    private final EcmEquations.Slope k1 = new EcmEquations.Slope();
    private final EcmEquations.Slope k2 = new EcmEquations.Slope();

    EcmCell(String name, int a, int b, EcmParams p, RandomGenerator random) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.p = p;
        this.random = random;
        // device-to-device draws, once per instance (Gaussian thresholds, lognormal prefactor: reference §5.9)
        this.vs0Device = p.vs0() + (p.vs0D2d() > 0 ? p.vs0D2d() * random.nextGaussian() : 0);
        this.vr0Device = p.vr0() + (p.vr0D2d() > 0 ? p.vr0D2d() * random.nextGaussian() : 0);
        this.i0 = p.i0() * (p.i0D2d() > 0 ? Math.exp(p.i0D2d() * random.nextGaussian()) : 1);
        this.vs0 = vs0Device;
        this.vr0 = vr0Device;
        this.isSet = p.xinit() < 0.5 * (p.xmin() + p.xmax());
    }

    /**
     * The core's conduction current (A1) at an accepted solution: the current through the cell, which its series
     * elements carry too; the geometric capacitance's displacement current is not included.
     */
    @Override
    public double leadCurrent(double[] solution) {
        EcmEquations.Slope f = new EcmEquations.Slope();
        EcmEquations.gapFactor(solution[xs], p.x0(), f);
        double gain = 1 + p.a1() * solution[u1] + p.a2() * (solution[u2p] + solution[u2n]);
        double vc = org.memspice.device.Probeable.at(solution, g) - org.memspice.device.Probeable.at(solution, c);
        return i0 * f.value * SafeMath.sinh(vc / p.v0()) * gain;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        g = p.nch() > 0 ? unknowns.internalNode(name, "q") : a;
        c = p.rs() > 0 ? unknowns.internalNode(name, "c") : b;
        // the gap in nm is O(1): 1e-5 nm is far below any resolvable change of the current (0.004 %)
        xs = unknowns.state(name, "x", true, 1e-5);
        // the pools are fractions in [0, 1]. Their rows' Newton residual carries a rounding error of ~eps·|u|/h, so
        // a tolerance of 1e-8 stalled Newton at 0.1 ns steps (a 1 ns pulse corner); 1e-6 keeps steps down to 1e-11 s
        u1 = unknowns.state(name, "u1", false, 1e-6);
        u2p = unknowns.state(name, "u2p", false, 1e-6);
        u2n = unknowns.state(name, "u2n", false, 1e-6);
    }

    @Override
    public void bind(MatrixBinder m) {
        core = new BranchStamp(m, g, c);
        series = p.rs() > 0 ? new BranchStamp(m, c, b) : null;
        quantum = p.nch() > 0 ? new BranchStamp(m, a, g) : null;
        capacitance = p.cp() > 0 ? new BranchStamp(m, a, c) : null;
        gapRow = StateEquation.ofBranch(m, xs, g, c);
        u1Row = StateEquation.ofBranch(m, u1, g, c);
        u2pRow = StateEquation.ofBranch(m, u2p, g, c);
        u2nRow = StateEquation.ofBranch(m, u2n, g, c);
    }

    @Override
    public void topology(TopologySink sink) {
        // declared before allocation (internal nodes do not exist yet): the chain R_q–core–R_s conducts a to b
        sink.conductive(a, b);
    }

    @Override
    public boolean isNonlinear() {
        return true;
    }

    /** pnjlim in spirit (§5.6): an outward move of V_c by more than vclim in one iteration is cut to vclim. */
    private double limit(double v) {
        if (p.vclim() > 0 && Math.abs(v - lastVc) > p.vclim() && Math.abs(v) > Math.abs(lastVc)) {
            return lastVc + Math.copySign(p.vclim(), v - lastVc);
        }
        return v;
    }

    @Override
    public void load(LoadContext ctx) {
        double vRaw = ctx.x(g) - ctx.x(c);
        double vc = limit(vRaw);
        if (vc != vRaw) {
            ctx.markLimited();
        }
        lastVc = vc;
        double dv = vRaw - vc; // the loaded f is the linearization at the limited voltage
        boolean held = StateEquation.held(ctx.mode());
        double x = held ? p.xinit() : ctx.x(xs);
        double w1 = held ? 0 : ctx.x(u1);
        double w2p = held ? 0 : ctx.x(u2p);
        double w2n = held ? 0 : ctx.x(u2n);

        // (A1) I = I0·e^{−x/x0}·sinh(V_c/V0)·(1 + a1·u1 + a2·(u2p + u2n))
        EcmEquations.gapFactor(x, p.x0(), gap);
        double sh = SafeMath.sinh(vc / p.v0());
        double gain = 1 + p.a1() * w1 + p.a2() * (w2p + w2n);
        double base = i0 * gap.value;
        double current = base * sh * gain;
        double dIdV = base * SafeMath.cosh(vc / p.v0()) / p.v0() * gain;
        core.addCurrent(ctx, current + dIdV * dv);
        core.addConductance(ctx, dIdV);
        if (!held) {
            double dIdx = i0 * gap.slope * sh * gain;
            double dIdu1 = base * sh * p.a1();
            double dIdu2 = base * sh * p.a2();
            gapRow.loadCurrentSensitivity(ctx, dIdx);
            u1Row.loadCurrentSensitivity(ctx, dIdu1);
            u2pRow.loadCurrentSensitivity(ctx, dIdu2);
            u2nRow.loadCurrentSensitivity(ctx, dIdu2);
        }
        if (series != null) {
            double gs = 1 / p.rs();
            series.addCurrent(ctx, gs * (ctx.x(c) - ctx.x(b)));
            series.addConductance(ctx, gs);
        }
        if (quantum != null) {
            double gq = p.nch() * G0;
            quantum.addCurrent(ctx, gq * (ctx.x(a) - ctx.x(g)));
            quantum.addConductance(ctx, gq);
        }
        if (capacitance != null) { // q-based: charge is conserved by construction (§5.10)
            capacitance.addCharge(ctx, p.cp() * (ctx.x(a) - ctx.x(c)));
            capacitance.addCapacitance(ctx, p.cp());
        }

        // (A3) dx/dt = −r_set(V_c)·W_set(x) + r_rst(V_c)·W_rst(x)
        EcmEquations.rate(vc, vs0, p.vsn(), p.rsn(), p.rsh(), p.vsh(), p.vg(), setRate);
        EcmEquations.rate(-vc, vr0, p.vrn(), p.rrn(), p.rrh(), p.vrh(), p.vg(), resetRate);
        EcmEquations.window(x - p.xmin(), p.dw(), p.wfloor(), setWindow);
        EcmEquations.window(p.xmax() - x, p.dw(), p.wfloor(), resetWindow);
        double fx = -setRate.value * setWindow.value + resetRate.value * resetWindow.value;
        double fxV = -setRate.slope * setWindow.value - resetRate.slope * resetWindow.value;
        double fxX = -setRate.value * setWindow.slope - resetRate.value * resetWindow.slope;
        gapRow.load(ctx, p.xinit(), fx + fxV * dv, fxX, fxV, -fxV);

        // (A4) du/dt = K(V_c)·gate·(1 − u) − u/tau
        EcmEquations.drive(vc, p.k10(), p.vu(), k1);
        EcmEquations.drive(vc, p.k20(), p.vu(), k2);
        double sp = SafeMath.sigmoid(vc / p.vg());
        double sn = SafeMath.sigmoid(-vc / p.vg());
        double dsp = sp * sn / p.vg();
        double f1 = k1.value * (1 - w1) - w1 / p.tau1();
        double f1V = k1.slope * (1 - w1);
        u1Row.load(ctx, 0, f1 + f1V * dv, -k1.value - 1 / p.tau1(), f1V, -f1V);
        double f2p = k2.value * sp * (1 - w2p) - w2p / p.tau2p();
        double f2pV = (k2.slope * sp + k2.value * dsp) * (1 - w2p);
        u2pRow.load(ctx, 0, f2p + f2pV * dv, -k2.value * sp - 1 / p.tau2p(), f2pV, -f2pV);
        double f2n = k2.value * sn * (1 - w2n) - w2n / p.tau2n();
        double f2nV = (k2.slope * sn - k2.value * dsp) * (1 - w2n);
        u2nRow.load(ctx, 0, f2n + f2nV * dv, -k2.value * sn - 1 / p.tau2n(), f2nV, -f2nV);
    }

    /**
     * Switching events on accepted time points: a set when the gap falls below a quarter of its range, a reset when
     * it climbs above three quarters (hysteresis, so that noise near one level is not a cycle). A reset draws the
     * next cycle's V_s0 and a set the next V_r0, each while the other polarity acts, so the threshold that is
     * redrawn is the one not in use.
     */
    @Override
    public boolean acceptStep(double time, double[] solution) {
        double x = solution[xs];
        double span = p.xmax() - p.xmin();
        if (!isSet && x < p.xmin() + 0.25 * span) {
            isSet = true;
            setEvents++;
            if (p.vr0C2c() > 0) {
                vr0 = vr0Device + p.vr0C2c() * random.nextGaussian();
                return true;
            }
        } else if (isSet && x > p.xmin() + 0.75 * span) {
            isSet = false;
            resetEvents++;
            if (p.vs0C2c() > 0) {
                vs0 = vs0Device + p.vs0C2c() * random.nextGaussian();
                return true;
            }
        }
        return false;
    }

    int setEvents() {
        return setEvents;
    }

    int resetEvents() {
        return resetEvents;
    }

    double setThreshold() {
        return vs0;
    }

    double resetThreshold() {
        return vr0;
    }

    double prefactor() {
        return i0;
    }
}
