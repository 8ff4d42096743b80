package org.memspice.device.memristor.yakopcic;

import org.memspice.device.memristor.OneStateMemristor;
import org.memspice.device.support.SafeMath;

/**
 * Yakopcic's generalized memristor, Xyce's {@code memristor level=3} (Yakopcic et al., IEEE EDL 32, 1436 (2011);
 * IEEE TCAD 32, 1201 (2013); physics reference §4):
 * <pre>
 *   i = a1·x·sinh(b·v) for v ≥ 0, a2·x·sinh(b·v) for v &lt; 0                         (TCAD eq. 1)
 *   g(v) = Ap(e^v − e^Vp) for v &gt; Vp, −An(e^{−v} − e^{Vn}) for v &lt; −Vn, else 0      (eq. 2)
 *   f(x) = e^{−αp(x − xp)}·wp(x) for η·v &gt; 0 and x ≥ xp, wp = (xp − x)/(1 − xp) + 1   (eqs. 3, 5)
 *        = e^{αn(x + xn − 1)}·wn(x) for η·v ≤ 0 and x ≤ 1 − xn, wn = x/(1 − xn)       (eqs. 4, 6)
 *        = 1 otherwise
 *   dx/dt = η·g(v)·f(x)                                                              (eq. 7)
 * </pre>
 * Every piece is continuous: g is 0 at its thresholds, f is 1 where it changes form, and the window changes
 * side at v = 0 inside the dead zone where g = 0, so no smoothing is needed (Xyce has none either). The state
 * is held in [0, 1] by the windows themselves: wp = 0 at x = 1, wn = 0 at x = 0 (no clamp).
 */
final class YakopcicMemristor extends OneStateMemristor {
    private final double a1;
    private final double a2;
    private final double b;
    private final double vp;
    private final double vn;
    private final double ap;
    private final double an;
    private final double xp;
    private final double xn;
    private final double alphaP;
    private final double alphaN;
    private final double eta;

    YakopcicMemristor(String name, int a, int bNode, double x0, double abstol, double a1, double a2, double b,
                      double vp, double vn, double ap, double an, double xp, double xn, double alphaP,
                      double alphaN, double eta) {
        super(name, a, bNode, x0, abstol);
        this.a1 = a1;
        this.a2 = a2;
        this.b = b;
        this.vp = vp;
        this.vn = vn;
        this.ap = ap;
        this.an = an;
        this.xp = xp;
        this.xn = xn;
        this.alphaP = alphaP;
        this.alphaN = alphaN;
        this.eta = eta;
    }

    @Override
    protected void evaluate(double v, double x, Eval e) {
        // I–V (eq. 1), sinh through limexp so that a large bias stays finite
        double a = v >= 0 ? a1 : a2;
        double sh = SafeMath.sinh(b * v);
        e.i = a * x * sh;
        e.diDv = a * x * b * SafeMath.cosh(b * v);
        e.diDx = a * sh;
        // threshold function (eq. 2)
        double g;
        double dg;
        if (v > vp) {
            g = ap * (SafeMath.limexp(v) - Math.exp(vp));
            dg = ap * SafeMath.dlimexp(v);
        } else if (v < -vn) {
            g = -an * (SafeMath.limexp(-v) - Math.exp(vn));
            dg = an * SafeMath.dlimexp(-v);
        } else {
            g = 0;
            dg = 0;
        }
        // window (eqs. 3–6)
        double f;
        double df;
        if (eta * v > 0) {
            if (x >= xp) {
                double ex = Math.exp(-alphaP * (x - xp));
                double wp = (xp - x) / (1 - xp) + 1;
                f = ex * wp;
                df = -alphaP * f - ex / (1 - xp);
            } else {
                f = 1;
                df = 0;
            }
        } else {
            if (x <= 1 - xn) {
                double ex = Math.exp(alphaN * (x + xn - 1));
                double wn = x / (1 - xn);
                f = ex * wn;
                df = alphaN * f + ex / (1 - xn);
            } else {
                f = 1;
                df = 0;
            }
        }
        e.rate = eta * g * f;
        e.dRateDv = eta * dg * f;
        e.dRateDx = eta * g * df;
    }
}
