package org.memspice.device.memristor.team;

import org.memspice.device.memristor.OneStateMemristor;

/**
 * TEAM, Xyce's {@code memristor level=2}: i = v/R(x) and dx/dt = koff·s·(i/ioff − 1)^αoff·W for i ≥ ioff > 0,
 * kon·s·(i/ion − 1)^αon·W for i ≤ ion < 0, else 0 (Kvatinsky et al. 2013, eq. 14; Xyce N_DEV_MemristorTEAM).
 * The state x is in Xyce's scaled units (metres × XSCALING, e.g. nm), as Xyce prints it.
 */
final class TeamMemristor extends OneStateMemristor {
    enum Window { NONE, JOGLEKAR, BIOLEK, PRODROMAKIS, KVATINSKY }

    private final boolean exponential;
    private final double ron;
    private final double roff;
    /** xon, xoff, aon, aoff, wc already scaled to the state's units. */
    private final double xon;
    private final double xoff;
    private final double ion;
    private final double ioff;
    /** kon, koff times XSCALING: speeds in state units per second. */
    private final double kon;
    private final double koff;
    private final double alphaOn;
    private final double alphaOff;
    private final Window window;
    private final double d;
    private final double p;
    private final double j;
    private final double aon;
    private final double aoff;
    private final double wc;
    private final double[] r = new double[2];
    private final double[] k = new double[2];
    private final double[] w = new double[2];

    TeamMemristor(String name, int a, int b, double x0, double abstol, boolean exponential, double ron, double roff,
                  double xon, double xoff, double ion, double ioff, double kon, double koff, double alphaOn,
                  double alphaOff, Window window, double d, double p, double j, double aon, double aoff, double wc) {
        super(name, a, b, x0, abstol);
        this.exponential = exponential;
        this.ron = ron;
        this.roff = roff;
        this.xon = xon;
        this.xoff = xoff;
        this.ion = ion;
        this.ioff = ioff;
        this.kon = kon;
        this.koff = koff;
        this.alphaOn = alphaOn;
        this.alphaOff = alphaOff;
        this.window = window;
        this.d = d;
        this.p = p;
        this.j = j;
        this.aon = aon;
        this.aoff = aoff;
        this.wc = wc;
    }

    @Override
    protected void evaluate(double v, double x, Eval e) {
        KvatinskyLaws.resistance(exponential, x, ron, roff, xon, xoff, r);
        double g = 1 / r[0];
        e.i = v * g;
        e.diDv = g;
        e.diDx = -v * r[1] * g * g;
        // threshold drift law (TEAM eq. 14): at most one of the two branches is non-zero since ion < 0 < ioff
        if (e.i >= ioff) {
            KvatinskyLaws.thresholdDrift(e.i, ioff, koff, alphaOff, k);
        } else {
            KvatinskyLaws.thresholdDrift(e.i, ion, kon, alphaOn, k);
        }
        window(x, e.i);
        // W depends on i only through the side (on/off) it selects, and it changes side only inside the dead zone
        // ion < i < ioff where the drift is 0, so the product k·W is as smooth as k (no smoothing needed)
        e.rate = k[0] * w[0];
        double dRateDi = k[1] * w[0];
        e.dRateDv = dRateDi * e.diDv;
        e.dRateDx = dRateDi * e.diDx + k[0] * w[1];
    }

    /** W(x) and dW/dx for the window selected by WT (Xyce's numbering 0–4). */
    private void window(double x, double i) {
        switch (window) {
            case JOGLEKAR: { // Joglekar & Wolf 2009: 1 − (2x/D − 1)^{2p}
                double u = 2 * x / d - 1;
                w[0] = 1 - KvatinskyLaws.powAbs(u, 2 * p);
                w[1] = -KvatinskyLaws.dPowAbs(u, 2 * p) * 2 / d;
                break;
            }
            case BIOLEK: { // Biolek et al. 2009: 1 − (x/D − stp(−i))^{2p}; stp(−i) = 1 while i < 0
                double u = x / d - (i < 0 ? 1 : 0);
                w[0] = 1 - KvatinskyLaws.powAbs(u, 2 * p);
                w[1] = -KvatinskyLaws.dPowAbs(u, 2 * p) / d;
                break;
            }
            case PRODROMAKIS: { // Prodromakis et al. 2011, eq. 8: j·(1 − ((x/D − 0.5)² + 0.75)^p)
                double c = x / d - 0.5;
                double u = c * c + 0.75;
                double pow = Math.pow(u, p);
                w[0] = j * (1 - pow);
                w[1] = -j * p * pow / u * 2 * c / d;
                break;
            }
            case KVATINSKY: // TEAM eq. 10; the side follows the sign of i as in Xyce
                KvatinskyLaws.kvatinskyWindow(i >= 0, x, aon, aoff, wc, w);
                break;
            default:
                w[0] = 1;
                w[1] = 0;
        }
    }
}
