package org.memspice.device.memristor.ecm;

import org.memspice.device.support.SafeMath;

/**
 * The equations of Model A (physics reference §1.3–1.4), as pure functions with their exact derivatives, so that
 * the device, its unit tests and the Jacobian contract read the same code. Lengths are in nm and velocities in
 * nm/s (the gap state is scaled to O(1), reference §5.1); voltages in V, currents in A, times in s.
 */
public final class EcmEquations {
    /**
     * |V| is smoothed as V·tanh(V/V_EPS) inside the hopping term, whose sinh(|V|/V_h) would otherwise have a kink
     * at 0 V. Unlike sqrt(V² + ε²) it is exactly 0 at 0 V, so both rates vanish at rest (retention, target A8:
     * an ε floor of 0.1 mV gave a reset drift of 1e-3 nm/s, which erased an LRS within 1e4 s); above 0.5 mV it is
     * |V| to double precision.
     */
    static final double V_EPS = 1e-4;

    private EcmEquations() {}

    /** A value and its derivative with respect to the one argument that varies (reused, never allocated per load). */
    public static final class Slope {
        public double value;
        public double slope;

        Slope set(double value, double slope) {
            this.value = value;
            this.slope = slope;
            return this;
        }
    }

    /** ln sinh(z) for z > 0, without overflow (the rate of the hopping term, §1.4, is sinh(V/V_h)). */
    static double lnSinh(double z) {
        return z > 20 ? z - Math.log(2) + Math.log1p(-Math.exp(-2 * z)) : Math.log(Math.sinh(z));
    }

    /**
     * The polarity-gated, series-limited switching rate of (A3) in nm/s:
     * r(V) = [1/r_n + 1/r_h]^−1 · sig(V/V_g), r_n = v_n·exp((V − V_th)/V_n), r_h = v_h·sinh(|V|/V_h), evaluated in
     * the log domain, ln r = −logaddexp(−ln r_n, −ln r_h) + ln sig(V/V_g) (reference §1.4 and §5.5), then through
     * limexp so that no bias, however absurd a Newton iterate, gives Inf. The reset rate is this function of −V.
     */
    public static Slope rate(double v, double vth, double vn, double rn, double rh, double vh, double vg, Slope out) {
        double th = Math.tanh(v / V_EPS);
        double va = v * th; // smooth |V|, >= 0
        if (va < 1e-150) { // at rest: r ≈ v_h·V²/(V_EPS·V_h) < 1e-150 nm/s and its slope is as small: take 0
            // (this also keeps ln r_h = −∞ from turning the slope into 0·∞)
            return out.set(0, 0);
        }
        double dVa = th + v * (1 - th * th) / V_EPS;
        double lnRn = Math.log(rn) + (v - vth) / vn;
        double z = va / vh;
        double lnRh = Math.log(rh) + lnSinh(z);
        double dLnRh = dVa / (vh * Math.tanh(z));
        double wn = SafeMath.sigmoid(lnRh - lnRn); // share of the nucleation term in 1/r
        double lnR = -SafeMath.logAddExp(-lnRn, -lnRh) - SafeMath.softplus(-v / vg);
        double dLnR = wn / vn + (1 - wn) * dLnRh + SafeMath.sigmoid(-v / vg) / vg;
        return out.set(SafeMath.limexp(lnR), SafeMath.dlimexp(lnR) * dLnR);
    }

    /**
     * A soft window that vanishes past an edge (A3): W = 1 − exp(−s/dw), s the distance to the edge inside the
     * range (x − x_min for set, x_max − x for reset), floored at 0 by a softplus of softness eps:
     * W = eps·softplus((1 − exp(−s/dw))/eps). Inside the range it is the reference's window to within eps·e^{−1/eps};
     * past the edge it falls super-exponentially, so the gap stops within ~eps·dw of its bound without a clamp.
     * Returns W and dW/ds.
     */
    public static Slope window(double s, double dw, double eps, Slope out) {
        double raw = 1 - SafeMath.limexp(-s / dw);
        double dRaw = SafeMath.dlimexp(-s / dw) / dw;
        return out.set(eps * SafeMath.softplus(raw / eps), SafeMath.sigmoid(raw / eps) * dRaw);
    }

    /**
     * The volatile pools' drive K(V) = k0·(cosh(V/V_u) − 1) of (A4), written 2·k0·sinh²(V/2V_u) so that it keeps its
     * precision near 0 V (it is even, with zero slope there). Returns K and dK/dV.
     */
    public static Slope drive(double v, double k0, double vu, Slope out) {
        double h = v / (2 * vu);
        double s = SafeMath.sinh(h);
        return out.set(2 * k0 * s * s, 2 * k0 * s * SafeMath.cosh(h) / vu);
    }

    /** The gap factor exp(−x/x0) of (A1) through limexp (x in nm may be negative at a wild Newton iterate). */
    public static Slope gapFactor(double x, double x0, Slope out) {
        return out.set(SafeMath.limexp(-x / x0), -SafeMath.dlimexp(-x / x0) / x0);
    }
}
