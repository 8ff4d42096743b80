package org.memspice.device.memristor.team;

import org.memspice.device.memristor.OneStateMemristor;
import org.memspice.device.support.SafeMath;

/**
 * The pieces TEAM (Kvatinsky et al., IEEE TCAS-I 60, 211 (2013)) and VTEAM (Kvatinsky et al., IEEE TCAS-II 62,
 * 786 (2015)) share (physics reference §4): the threshold drift law k·(c/c_th − 1)^α, the linear and exponential
 * resistance laws and the window functions. Every function is finite for every finite input: powers go through
 * limexp (a 10th power of a large overdrive must not overflow), resistances through
 * {@link OneStateMemristor#positiveResistance}.
 */
public final class KvatinskyLaws {
    private KvatinskyLaws() {}

    /**
     * The drift speed above a threshold, k·(c/cth − 1)^α for c/cth > 1, else 0 (TEAM eq. 14, VTEAM eq. 3), and
     * its derivative d/dc. c is the current (TEAM) or the voltage (VTEAM); k and cth carry their signs.
     * Returns {value, derivative} in out[0], out[1].
     */
    public static void thresholdDrift(double c, double cth, double k, double alpha, double[] out) {
        double u = c / cth - 1;
        if (!(u > 0)) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        double z = alpha * Math.log(u);
        double pow = SafeMath.limexp(z);
        out[0] = k * pow;
        // d/dc of limexp(α ln u) = dlimexp(z)·α/u · 1/cth; u^(α−1) written as dlimexp(z)/u stays finite (α ≥ 1)
        out[1] = k * SafeMath.dlimexp(z) * alpha / u / cth;
    }

    /** |u|^e through limexp (finite for all u), e > 0. */
    public static double powAbs(double u, double e) {
        double a = Math.abs(u);
        return a == 0 ? 0 : SafeMath.limexp(e * Math.log(a));
    }

    /** d|u|^e/du = e·|u|^(e−1)·sign(u); 0 at u = 0 (e ≥ 1 there: a minimum or a kink of zero width). */
    public static double dPowAbs(double u, double e) {
        double a = Math.abs(u);
        if (a == 0) {
            return 0;
        }
        return Math.copySign(SafeMath.dlimexp(e * Math.log(a)) * e / a, u);
    }

    /**
     * Linear law R = Ron + (Roff − Ron)(x − xon)/(xoff − xon) (TEAM eq. 15), or, exponential, R = Ron·e^{λ(x −
     * xon)/(xoff − xon)} with λ = ln(Roff/Ron) (TEAM eqs. 16–17). Kept positive below min(Ron, Roff)/2, which
     * only a state outside [xon, xoff] reaches. Returns {R, dR/dx}.
     */
    public static void resistance(boolean exponential, double x, double ron, double roff, double xon, double xoff,
                                  double[] out) {
        double span = xoff - xon;
        double r;
        double drdx;
        if (exponential) {
            double lambda = Math.log(roff / ron);
            double z = lambda * (x - xon) / span;
            r = ron * SafeMath.limexp(z);
            drdx = ron * SafeMath.dlimexp(z) * lambda / span;
        } else {
            r = ron + (roff - ron) * (x - xon) / span;
            drdx = (roff - ron) / span;
        }
        double rmin = 0.5 * Math.min(ron, roff);
        out[0] = OneStateMemristor.positiveResistance(r, rmin);
        out[1] = OneStateMemristor.dPositiveResistance(r, rmin) * drdx;
    }

    /**
     * Kvatinsky's window (TEAM eq. 10): f_off = exp(−exp((x − aoff)/wc)) while the device is driven off,
     * f_on = exp(−exp(−(x − aon)/wc)) while driven on. The inner exponential goes through limexp, so the
     * window is a finite number (possibly 0) and its derivative −f·e^z/wc never becomes 0·∞. Returns {f, df/dx}.
     */
    public static void kvatinskyWindow(boolean off, double x, double aon, double aoff, double wc, double[] out) {
        double z = off ? (x - aoff) / wc : -(x - aon) / wc;
        double ez = SafeMath.limexp(z);
        double f = Math.exp(-ez);
        out[0] = f;
        out[1] = f == 0 ? 0 : -f * SafeMath.dlimexp(z) * (off ? 1 : -1) / wc;
    }
}
