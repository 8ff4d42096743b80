package org.memspice.device.memristor.ftj;

import org.memspice.device.support.SafeMath;

/**
 * The FTJ conduction physics library of the physics reference §3.2, as current densities (A/m²) with their exact
 * derivatives, for the {@code conduction=physics} option: direct tunnelling through a trapezoidal barrier
 * (Brinkman-Dynes-Rowell), Fowler-Nordheim tunnelling and Richardson-Schottky thermionic emission. Barrier heights
 * are in volts (eV per electron). Each method writes {J, ∂J/∂V, ∂J/∂φ} into {@code out}; every J is 0 at V = 0.
 */
final class FtjPhysics {
    static final double Q = 1.602176634e-19;
    static final double H = 6.62607015e-34;
    static final double HBAR = H / (2 * Math.PI);
    static final double M0 = 9.1093837e-31;
    static final double KB = 1.380649e-23;
    static final double EPS0 = 8.8541878128e-12;

    private FtjPhysics() {}

    /**
     * Direct tunnelling, BDR [11] (reference §3.2): the differential conductance G(V) = G(0)·(1 − b·V + c·V²) with
     * G(0) = (q/h)²·sqrt(2 m q φ)/d·exp(−2 d sqrt(2 m q φ)/ħ) (the exact prefactor the reference checks against its
     * 3.16e10 sqrt(φ)/d exp(−1.025 d sqrt(φ)) S/cm²), b = a·Δφ/(16 φ^{3/2}), c = 9a²/(128 φ), a = A0·sqrt(q),
     * A0 = 4 d sqrt(2m)/(3ħ); integrated from 0: J = G(0)·(V − bV²/2 + cV³/3). BDR, unlike the Gruverman closed form,
     * has no singularity at φ1 + qV = φ2, and G(V) > 0 for every V because b² < 4c whenever |Δφ/φ| < 1.
     *
     * @param phi mean barrier (φ1 + φ2)/2 in V; {@code dphi} = φ2 − φ1 (fixed by the electrodes)
     */
    static void directTunnelling(double v, double phi, double dphi, double d, double mRatio, double[] out) {
        double m = mRatio * M0;
        double root = Math.sqrt(2 * m * Q);
        double k1 = (Q / H) * (Q / H) * root / d;
        double k2 = 2 * d * root / HBAR;
        double sp = Math.sqrt(phi);
        double g0 = k1 * sp * Math.exp(-k2 * sp);
        double dg0 = g0 * (0.5 / phi - 0.5 * k2 / sp);
        double a = 4 * d * Math.sqrt(2 * m) / (3 * HBAR) * Math.sqrt(Q);
        double b = a * dphi / (16 * phi * sp);
        double c = 9 * a * a / (128 * phi);
        double poly = v - b * v * v / 2 + c * v * v * v / 3;
        out[0] = g0 * poly;
        out[1] = g0 * (1 - b * v + c * v * v);
        // db/dφ = −1.5 b/φ, dc/dφ = −c/φ
        out[2] = dg0 * poly + g0 * (0.75 * b / phi * v * v - c / phi * v * v * v / 3);
    }

    /**
     * Fowler-Nordheim (reference §3.2): J = q³E²m0/(8π h m* Φ)·exp[−8π sqrt(2m*) Φ^{3/2}/(3 h q E)] with E = |V|/t,
     * odd in V (the injecting electrode's barrier is passed by the caller). Every derivative vanishes at V = 0 (the
     * exponent goes to −∞), so the odd extension is smooth.
     */
    static void fowlerNordheim(double v, double phi, double t, double mRatio, double[] out) {
        double e = Math.abs(v) / t;
        double p = Q * Q * M0 / (8 * Math.PI * H * mRatio * M0); // q³/(Φ in J) = q²/(Φ in V)
        double bb = 8 * Math.PI * Math.sqrt(2 * mRatio * M0) * Math.sqrt(Q) / (3 * H);
        double expo = e > 0 ? bb * phi * Math.sqrt(phi) / e : Double.POSITIVE_INFINITY;
        if (expo > 700) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
            return;
        }
        double f = p * e * e / phi * Math.exp(-expo);
        double dfde = f * (2 / e + expo / e);
        out[0] = Math.copySign(f, v);
        out[1] = dfde / t;
        out[2] = Math.signum(v) * f * (-1 / phi - 1.5 * expo / phi);
    }

    /**
     * Thermionic emission, Richardson-Schottky (reference §3.2): J = A*T²·exp[−(Φ − δΦ)/V_T]·[exp(V/(n V_T)) − 1] with
     * the image-force lowering δΦ = sqrt(q E/(4π ε0 εr)) (in V), E = sqrt(V² + ε²)/t so that δΦ stays differentiable
     * at V = 0. Both exponentials go through limexp: finite at any bias.
     */
    static void thermionic(double v, double phi, double temperature, double richardson, double ideality,
                           double t, double epsr, double eps, double[] out) {
        double vt = KB * temperature / Q;
        double mag = Math.sqrt(v * v + eps * eps);
        double field = mag / t;
        double lowering = Math.sqrt(Q * field / (4 * Math.PI * EPS0 * epsr));
        double dLoweringDv = 0.5 * lowering / field * (v / (mag * t));
        double zb = -(phi - lowering) / vt;
        double js = richardson * temperature * temperature * SafeMath.limexp(zb);
        double djs = richardson * temperature * temperature * SafeMath.dlimexp(zb); // per unit zb
        double zf = v / (ideality * vt);
        double bias = SafeMath.limexp(zf) - 1;
        double dbias = SafeMath.dlimexp(zf) / (ideality * vt);
        out[0] = js * bias;
        out[1] = js * dbias + djs * (dLoweringDv / vt) * bias;
        out[2] = djs * (-1 / vt) * bias;
    }

    /** A smooth floor for barrier heights: φmin + w·softplus((φ − φmin)/w); returns the value, slope in out[0]. */
    static double barrierFloor(double phi, double phiMin, double width, double[] slope) {
        double z = (phi - phiMin) / width;
        slope[0] = SafeMath.sigmoid(z);
        return phiMin + width * SafeMath.softplus(z);
    }
}
