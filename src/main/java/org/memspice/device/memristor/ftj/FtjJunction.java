package org.memspice.device.memristor.ftj;

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
 * The BTO ferroelectric tunnel junction of seed 004 (Model C of the physics reference, §3.4): three states, all in
 * [−1, 1] and bounded by their own target-tracking form (no windows, no clamps), each an MNA unknown:
 * <ul>
 *   <li>s, the stable polarization (printed {@code x(ym1)}): ds/dt = R_P(V)·(tanh(V/V_w) − s),
 *       R_P = exp[−(V_a±/|V|)^α]/t_inf (an NLS/Merz rate [27], computed as a rate so that it is 0, not ∞, at V = 0);</li>
 *   <li>u, metastable domains ({@code x(ym1,u)}): du/dt = K_u(V)·(tanh(V/V_w) − u) − u/τ_u;</li>
 *   <li>n, oxygen vacancies at BTO/NSTO ({@code x(ym1,n)}): dn/dt = K_V(V)·(tanh(V/V_w) − n) − n/τ_V,</li>
 * </ul>
 * with K(V) = k0·(cosh(V/V_X) − 1), Arrhenius τ_X(T) = τ_X,ref·exp[(E_X/k)(1/T − 1/T_ref)], k0 scaled by
 * τ_ref/τ(T) and V_X by T/T_ref (§3.4). The read conductance is G = G_mid·exp(w_s s + w_u u + w_V n) (§3.2, C1);
 * in {@code conduction=physics} the same exponent shifts every barrier by −(w·x)·kT/q.
 */
final class FtjJunction implements Device, StepObserver, org.memspice.device.Probeable {
    /** Everything the model card fixes; one instance per device (the d2d draws are applied to a copy). */
    static final class Params {
        boolean physics;
        double gmid;
        double ws;
        double wu;
        double wv;
        double vr;
        double vnl;
        double tinf;
        double alpha;
        double vap;
        double van;
        double eps;
        double vw;
        double k0;
        double kmax;
        double vx;
        double ep;
        double ev;
        double tauup;
        double tauun;
        double tauvp;
        double tauvn;
        double sblend;
        double tref;
        double s0;
        double u0;
        double n0;
        double cgeo;
        double area;
        double thickness;
        double phi1;
        double phi2;
        double meff;
        double mfn;
        double phite;
        double richardson;
        double ideality;
        double epsr;
        double sigmaC2c;
        double vevent;
    }

    /** Lowest barrier height the physics option lets a state shift reach (V): a smooth floor, not a clamp. */
    private static final double BARRIER_FLOOR = 0.02;
    private static final double BARRIER_FLOOR_WIDTH = 0.005;

    private final String name;
    private final int a;
    private final int b;
    private final Params p;
    /** Device-to-device ln-conductance offset (lognormal G_mid draw), fixed at elaboration. */
    private final double lnScale;
    private final RandomGenerator random;
    /** Cycle-to-cycle ln-conductance offset, redrawn at the end of each write pulse (StepObserver). */
    private double lnCycle;
    private boolean pulseActive;
    private long events;

    private int s;
    private int u;
    private int n;
    private BranchStamp conductance;
    private BranchStamp capacitance;
    private StateEquation sRow;
    private StateEquation uRow;
    private StateEquation nRow;
    private final double[] scratch = new double[3];
    private final double[] slope = new double[1];
    private final double[] physicsScratch = new double[3];
    private final double[] capSlope = new double[1];

    FtjJunction(String name, int a, int b, Params p, double lnScale, RandomGenerator random) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.p = p;
        this.lnScale = lnScale;
        this.random = random;
    }

    @Override
    public String name() {
        return name;
    }

    /** Pulses seen so far (write events that drew a cycle-to-cycle value). */
    long events() {
        return events;
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        // states are O(1) in [−1, 1]: one absolute tolerance fits all three
        s = unknowns.state(name, "s", true, 1e-6);
        u = unknowns.state(name, "u", false, 1e-6);
        n = unknowns.state(name, "n", false, 1e-6);
    }

    @Override
    public void bind(MatrixBinder m) {
        conductance = new BranchStamp(m, a, b);
        if (p.cgeo > 0) {
            capacitance = new BranchStamp(m, a, b);
        }
        sRow = StateEquation.ofBranch(m, s, a, b);
        uRow = StateEquation.ofBranch(m, u, a, b);
        nRow = StateEquation.ofBranch(m, n, a, b);
    }

    /** The circuit temperature of the last load, for the physics law in {@link #leadCurrent}. */
    private double lastTemperature = 300.15;

    /** The tunnelling (conduction) current at an accepted solution; the geometric capacitance's is not included. */
    @Override
    public double leadCurrent(double[] solution) {
        double v = org.memspice.device.Probeable.at(solution, a) - org.memspice.device.Probeable.at(solution, b);
        double lnG = p.ws * solution[s] + p.wu * solution[u] + p.wv * solution[n] + lnScale + lnCycle;
        if (p.physics) {
            double[] out = new double[3];
            current(v, lnG, lastTemperature, out);
            return out[0];
        }
        return p.gmid * Math.exp(lnG) * p.vr / Math.sinh(p.vr / p.vnl) * SafeMath.sinh(v / p.vnl);
    }

    @Override
    public void load(LoadContext ctx) {
        double v = ctx.x(a) - ctx.x(b);
        boolean held = StateEquation.held(ctx.mode());
        double sv = held ? p.s0 : ctx.x(s);
        double uv = held ? p.u0 : ctx.x(u);
        double nv = held ? p.n0 : ctx.x(n);
        double temperature = ctx.temperature();
        lastTemperature = temperature;

        // conduction: I(V, L) with L = w_s s + w_u u + w_V n (+ the variability offsets)
        double lnG = p.ws * sv + p.wu * uv + p.wv * nv + lnScale + lnCycle;
        double i;
        double didv;
        double didl;
        if (p.physics) {
            current(v, lnG, temperature, scratch);
            i = scratch[0];
            didv = scratch[1];
            didl = scratch[2];
        } else {
            // (C1): I = G·V_r·sinh(V/V_nl)/sinh(V_r/V_nl), G = G_mid·e^L; sinh through limexp for 7 V pulses
            double g = p.gmid * Math.exp(lnG);
            double norm = p.vr / Math.sinh(p.vr / p.vnl);
            i = g * norm * SafeMath.sinh(v / p.vnl);
            didv = g * norm * SafeMath.cosh(v / p.vnl) / p.vnl;
            didl = i;
        }
        conductance.addCurrent(ctx, i);
        conductance.addConductance(ctx, didv);
        if (!held) {
            sRow.loadCurrentSensitivity(ctx, didl * p.ws);
            uRow.loadCurrentSensitivity(ctx, didl * p.wu);
            nRow.loadCurrentSensitivity(ctx, didl * p.wv);
        }
        if (capacitance != null) {
            // geometric capacitance as a charge (q-based, charge-conserving: reference §5.10)
            capacitance.addCharge(ctx, p.cgeo * v);
            capacitance.addCapacitance(ctx, p.cgeo);
        }

        // the drive shared by the three states: target tanh(V/V_w) and its slope
        double target = Math.tanh(v / p.vw);
        double dTarget = (1 - target * target) / p.vw;

        // s: R_P(V) = exp(−z)/t_inf, z = (V_a(V)/|V|_ε)^α, |V|_ε = sqrt(V² + ε²), V_a blended by polarity
        double mag = Math.sqrt(v * v + p.eps * p.eps);
        double sig = SafeMath.sigmoid(v / p.eps);
        double va = p.van + (p.vap - p.van) * sig;
        double dva = (p.vap - p.van) * sig * (1 - sig) / p.eps;
        double z = Math.pow(va / mag, p.alpha);
        double rp = Math.exp(-z) / p.tinf;
        double drp = -rp * p.alpha * z * (dva / va - v / (mag * mag));
        sRow.load(ctx, p.s0, rp * (target - sv), -rp, drp * (target - sv) + rp * dTarget,
                -(drp * (target - sv) + rp * dTarget));

        // Arrhenius: the relaxation rates scale by r(T) = τ_ref/τ(T); so does k0; V_X scales with T
        double inv = 1 / temperature - 1 / p.tref;
        double ru = Math.exp(-(p.ep * FtjPhysics.Q / FtjPhysics.KB) * inv);
        double rv = Math.exp(-(p.ev * FtjPhysics.Q / FtjPhysics.KB) * inv);
        double vx = p.vx * temperature / p.tref;
        double drive = SafeMath.cosh(v / vx) - 1; // K/k0: even, zero slope at V = 0
        double dDrive = SafeMath.sinh(v / vx) / vx;
        loadVolatile(ctx, uRow, p.u0, uv, p.k0 * ru, ru / p.tauup, ru / p.tauun, drive, dDrive, target, dTarget);
        loadVolatile(ctx, nRow, p.n0, nv, p.k0 * rv, rv / p.tauvp, rv / p.tauvn, drive, dDrive, target, dTarget);
    }

    /**
     * The drive rate K = k·D(V) limited in series by kmax: K·kmax/(K + kmax) (the harmonic cap of reference §1.4 and
     * §5.5, here on the volatile drive). cosh(V/V_X) with V_X = 0.1 V grows to 1e30 at 7 V; the cap keeps the state
     * rows well conditioned (a 1 µs ±7 V edge otherwise rings the integrated state 5 % past ±1) and leaves the
     * calibrated range alone: K(1 V) = 2e3/s changes by 0.2 %, K(1.5 V) = 3e5/s by 23 % but saturates the 100 µs
     * pulse (K·t = 23 instead of 30) either way (C1 moves by < 0.1 %).
     * Returns K and puts dK/dD in {@code slope[0]}.
     */
    private double cappedDrive(double k, double drive, double[] slopeOut) {
        double raw = k * drive;
        double sum = raw + p.kmax;
        slopeOut[0] = k * (p.kmax / sum) * (p.kmax / sum);
        return raw * (p.kmax / sum);
    }

    /**
     * dx/dt = k·D(V)·(target − x) − x·λ(x), with the relaxation rate λ blended between its polarities by
     * sig(x/sblend) so that it is C1 across x = 0 (reference §3.4).
     */
    private void loadVolatile(LoadContext ctx, StateEquation row, double x0, double x, double k, double lambdaPos,
                              double lambdaNeg, double drive, double dDrive, double target, double dTarget) {
        double sg = SafeMath.sigmoid(x / p.sblend);
        double lambda = lambdaNeg + (lambdaPos - lambdaNeg) * sg;
        double dLambda = (lambdaPos - lambdaNeg) * sg * (1 - sg) / p.sblend;
        double kd = cappedDrive(k, drive, capSlope);
        double rate = kd * (target - x) - x * lambda;
        double dx = -kd - lambda - x * dLambda;
        double dv = capSlope[0] * dDrive * (target - x) + kd * dTarget;
        row.load(ctx, x0, rate, dx, dv, -dv);
    }

    /**
     * {@code conduction=physics}: area·(J_DT + J_FN + J_TE) with every barrier shifted by −L·kT/q (reference §3.2:
     * ΔΦ = w·kT per unit state). FN injects over φ2 (the BTO/NSTO side) for V > 0 and over φ1 for V < 0.
     * Writes {I, ∂I/∂V, ∂I/∂L}.
     */
    void current(double v, double lnG, double temperature, double[] out) {
        double vt = FtjPhysics.KB * temperature / FtjPhysics.Q;
        double shift = -lnG * vt;
        double[] r = physicsScratch;
        double i = 0;
        double didv = 0;
        double didl = 0;
        double mean = FtjPhysics.barrierFloor(0.5 * (p.phi1 + p.phi2) + shift, BARRIER_FLOOR, BARRIER_FLOOR_WIDTH,
                slope);
        FtjPhysics.directTunnelling(v, mean, p.phi2 - p.phi1, p.thickness, p.meff, r);
        i += r[0];
        didv += r[1];
        didl += r[2] * slope[0] * -vt;
        double inject = FtjPhysics.barrierFloor((v >= 0 ? p.phi2 : p.phi1) + shift, BARRIER_FLOOR,
                BARRIER_FLOOR_WIDTH, slope);
        FtjPhysics.fowlerNordheim(v, inject, p.thickness, p.mfn, r);
        i += r[0];
        didv += r[1];
        didl += r[2] * slope[0] * -vt;
        double te = FtjPhysics.barrierFloor(p.phite + shift, BARRIER_FLOOR, BARRIER_FLOOR_WIDTH, slope);
        FtjPhysics.thermionic(v, te, temperature, p.richardson, p.ideality, p.thickness, p.epsr, p.eps, r);
        i += r[0];
        didv += r[1];
        didl += r[2] * slope[0] * -vt;
        out[0] = p.area * i;
        out[1] = p.area * didv;
        out[2] = p.area * didl;
    }

    /**
     * Cycle-to-cycle variation (reference §5.9): a write pulse is |V| ≥ vevent; when it ends (the first accepted
     * point back below), the conductance takes a fresh lognormal factor. Drawn here, once per pulse, never per
     * Newton iteration; the conductance jumps there, so the integrator restarts as after a breakpoint.
     */
    @Override
    public boolean acceptStep(double time, double[] solution) {
        double v = (a < 0 ? 0 : solution[a]) - (b < 0 ? 0 : solution[b]);
        boolean above = Math.abs(v) >= p.vevent;
        if (above) {
            pulseActive = true;
            return false;
        }
        if (!pulseActive) {
            return false;
        }
        pulseActive = false;
        events++;
        if (p.sigmaC2c <= 0) {
            return false;
        }
        // mean-preserving lognormal: E[e^δ] = 1
        lnCycle = p.sigmaC2c * random.nextGaussian() - 0.5 * p.sigmaC2c * p.sigmaC2c;
        return true;
    }

    @Override
    public void topology(TopologySink sink) {
        sink.conductive(a, b);
    }

    @Override
    public boolean isNonlinear() {
        return true;
    }
}
