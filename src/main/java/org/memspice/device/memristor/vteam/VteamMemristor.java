package org.memspice.device.memristor.vteam;

import org.memspice.device.memristor.OneStateMemristor;
import org.memspice.device.memristor.team.KvatinskyLaws;

/**
 * VTEAM (Kvatinsky et al., IEEE TCAS-II 62, 786 (2015); physics reference §4): the TEAM drift law driven by the
 * voltage, dx/dt = koff·(v/voff − 1)^αoff·f_off(x) for v > voff > 0, kon·(v/von − 1)^αon·f_on(x) for
 * v < von < 0, 0 between (eq. 3), with i = v/R(x), R linear or exponential in x (eqs. 4–5) and Kvatinsky's
 * window (TEAM eq. 10). The state is printed in nanometres.
 */
final class VteamMemristor extends OneStateMemristor {
    /** State units per metre. */
    static final double NM = 1e9;

    private final boolean exponential;
    private final boolean windowed;
    private final double ron;
    private final double roff;
    private final double xon;
    private final double xoff;
    private final double von;
    private final double voff;
    private final double kon;
    private final double koff;
    private final double alphaOn;
    private final double alphaOff;
    private final double aon;
    private final double aoff;
    private final double wc;
    private final double[] r = new double[2];
    private final double[] k = new double[2];
    private final double[] w = new double[2];

    /** Lengths (xon, xoff, aon, aoff, wc, x0) in nm, speeds kon, koff in nm/s. */
    VteamMemristor(String name, int a, int b, double x0, boolean exponential, boolean windowed, double ron,
                   double roff, double xon, double xoff, double von, double voff, double kon, double koff,
                   double alphaOn, double alphaOff, double aon, double aoff, double wc) {
        super(name, a, b, x0, 1e-6 * Math.abs(xoff - xon));
        this.exponential = exponential;
        this.windowed = windowed;
        this.ron = ron;
        this.roff = roff;
        this.xon = xon;
        this.xoff = xoff;
        this.von = von;
        this.voff = voff;
        this.kon = kon;
        this.koff = koff;
        this.alphaOn = alphaOn;
        this.alphaOff = alphaOff;
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
        boolean off = v >= voff;
        if (off) {
            KvatinskyLaws.thresholdDrift(v, voff, koff, alphaOff, k);
        } else {
            KvatinskyLaws.thresholdDrift(v, von, kon, alphaOn, k);
        }
        if (windowed) {
            // the side changes at v = 0, inside the dead zone von < v < voff where the drift is 0
            KvatinskyLaws.kvatinskyWindow(v >= 0, x, aon, aoff, wc, w);
        } else {
            w[0] = 1;
            w[1] = 0;
        }
        e.rate = k[0] * w[0];
        e.dRateDv = k[1] * w[0];
        e.dRateDx = k[0] * w[1];
    }
}
