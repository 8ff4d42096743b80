package org.memspice.device.memristor.hp;

import org.memspice.device.memristor.OneStateMemristor;
import org.memspice.device.support.SafeMath;

/**
 * HP linear drift: R(x) = Ron·x + Roff·(1 − x) with x = w/D ∈ [0, 1], i = v/R(x), and
 * dx/dt = (µv·Ron/D²)·i·f(x, i) (Strukov 2008, eqs. 1–2 in the normalised state x). The state is an MNA unknown
 * printed as {@code x(ym1)}; it is held at x0 at an operating point.
 */
final class HpMemristor extends OneStateMemristor {
    enum Window { NONE, JOGLEKAR, BIOLEK, PRODROMAKIS }

    private final double ron;
    private final double roff;
    /** µv·Ron/D² in 1/(A·s): the drift rate per ampere. */
    private final double k;
    private final Window window;
    private final double p;
    private final double j;
    /** Current scale of the smoothed step stp(−i) in Biolek's window, so that its derivative exists. */
    private final double ismooth;

    HpMemristor(String name, int a, int b, double ron, double roff, double k, double x0, Window window, double p,
                double j, double ismooth) {
        super(name, a, b, x0, 1e-9);
        this.ron = ron;
        this.roff = roff;
        this.k = k;
        this.window = window;
        this.p = p;
        this.j = j;
        this.ismooth = ismooth;
    }

    @Override
    protected void evaluate(double v, double w, Eval e) {
        // R(x) kept positive (and x unclamped) should the state leave [0, 1], as it may without a window
        double rLinear = ron * w + roff * (1 - w);
        double rmin = 0.5 * Math.min(ron, roff);
        double r = positiveResistance(rLinear, rmin);
        double drDx = dPositiveResistance(rLinear, rmin) * (ron - roff);
        double i = v / r;
        double diDv = 1 / r;
        double diDx = -v * drDx / (r * r);
        // window f(x, i) and its partial derivatives
        double f;
        double dfDx;
        double dfDi = 0;
        switch (window) {
            case JOGLEKAR: { // f = 1 − (2x − 1)^{2p}
                double u = 2 * w - 1;
                double pow = Math.pow(Math.abs(u), 2 * p);
                f = 1 - pow;
                dfDx = u == 0 ? 0 : -2 * p * pow / u * 2;
                break;
            }
            case BIOLEK: { // f = 1 − (x − stp(−i))^{2p}, stp smoothed by a logistic of width ismooth
                double s = SafeMath.sigmoid(-i / ismooth);
                double u = w - s;
                double pow = Math.pow(Math.abs(u), 2 * p);
                f = 1 - pow;
                double dfDu = u == 0 ? 0 : -2 * p * pow / u;
                dfDx = dfDu;
                dfDi = dfDu * (s * (1 - s) / ismooth); // du/di = −ds/di = s(1 − s)/ismooth
                break;
            }
            case PRODROMAKIS: { // f = j·(1 − ((x − 0.5)² + 0.75)^p)
                double u = (w - 0.5) * (w - 0.5) + 0.75;
                double pow = Math.pow(u, p);
                f = j * (1 - pow);
                dfDx = -j * p * pow / u * 2 * (w - 0.5);
                break;
            }
            default:
                f = 1;
                dfDx = 0;
        }
        double dRateDi = k * (f + i * dfDi);
        e.i = i;
        e.diDv = diDv;
        e.diDx = diDx;
        e.rate = k * i * f;
        e.dRateDv = dRateDi * diDv;
        e.dRateDx = dRateDi * diDx + k * i * dfDx;
    }
}
