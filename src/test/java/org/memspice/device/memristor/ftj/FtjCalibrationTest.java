package org.memspice.device.memristor.ftj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.junit.jupiter.api.Test;
import org.memspice.measure.MeasureResult;
import org.memspice.testing.DeckRun;

/**
 * The FTJ calibration targets that {@code .meas} cannot express (physics reference §3.6): the PPF/PPD time constants
 * of S4 eq. 2 fitted over the pulse-interval steps of the C3 and C4 decks.
 */
class FtjCalibrationTest {
    static final Path DECKS = Path.of("netlists", "calibration");

    /** C3: S4 Fig. 3b,d — PPF τ1 = 69 ms, τ2 = 240 ms; PPD τ1 = 66 ms, τ2 = 380 ms; ±20 %. */
    @Test
    void c3PairedPulseTimeConstantsAt300K() throws Exception {
        DeckRun run = DeckRun.of(DECKS.resolve("ftj_C3_ppf_ppd.cir"));
        double[] dt = values(run.measure("dtv"));
        double[] ppf = fit(dt, values(run.measure("ppf")));
        double[] ppd = fit(dt, values(run.measure("ppd")));
        report("C3 PPF", ppf, 69e-3, 240e-3);
        report("C3 PPD", ppd, 66e-3, 380e-3);
        assertEquals(69e-3, ppf[1], 0.2 * 69e-3, "PPF tau1");
        assertEquals(240e-3, ppf[3], 0.2 * 240e-3, "PPF tau2");
        assertEquals(66e-3, ppd[1], 0.2 * 66e-3, "PPD tau1");
        assertEquals(380e-3, ppd[3], 0.2 * 380e-3, "PPD tau2");
        assertTrue(ppf[0] > 0 && ppf[2] > 0 && ppd[0] < 0 && ppd[2] < 0, "facilitation and depression");
    }

    /**
     * C4 in its pulse-pair form: the C3 protocol at 330 K. Arrhenius with E_P = 0.23 eV and E_V = 0.70 eV (S4 Note
     * S5) divides τ_u by exp[(E_P/k)(1/300 − 1/330)] = 2.245 and τ_V by 11.72 (the reference writes 2.25 / 11.7):
     * PPF 30.7 / 20.5 ms, PPD 29.4 / 32.4 ms. At 330 K the two constants lie within a factor 1.1–1.5, so an eq.-2
     * fit cannot resolve them to the reference's ±10 % (the e^x − 1 curvature of the index, the nonvolatile part of
     * the second pulse and the polarity blend of τ_V all bias it): the ±10 % target is checked on the relaxation
     * of the states themselves by ftj_C4_arrhenius.cir; here the fit must recover each constant within C3's ±20 %,
     * matched to its nearest target.
     */
    @Test
    void c4PairedPulseTimeConstantsAt330K() throws Exception {
        DeckRun run = DeckRun.of(DECKS.resolve("ftj_C4_ppf_ppd_330k.cir"));
        double ru = Math.exp(0.23 * FtjPhysics.Q / FtjPhysics.KB * (1 / 300.0 - 1 / 330.0));
        double rv = Math.exp(0.70 * FtjPhysics.Q / FtjPhysics.KB * (1 / 300.0 - 1 / 330.0));
        assertEquals(2.245, ru, 0.001);
        assertEquals(11.72, rv, 0.01);
        double[] dt = values(run.measure("dtv"));
        checkPair("C4 PPF", fit(dt, values(run.measure("ppf"))), 69e-3 / ru, 240e-3 / rv);
        // PPD: 29.4 and 32.4 ms differ by 10 %: no two-exponential fit can separate them (it degenerates into two
        // huge opposite amplitudes), so one exponential is fitted and must lie within ±10 % of the pair
        double[] ppd = values(run.measure("ppd"));
        double[] single = fit(dt, ppd, 1);
        System.out.printf("calibration C4 PPD (one exponential): c = %.4g, tau = %.4g ms (targets %.4g, %.4g)%n",
                single[0], single[1] * 1e3, 66 / ru, 380 / rv);
        assertTrue(single[1] > 0.9 * 66e-3 / ru && single[1] < 1.1 * 380e-3 / rv, "C4 PPD tau " + single[1]);
    }

    /**
     * C6, cycle to cycle: σ/mean of the 100 high and the 100 low reads of ftj_C6_c2c.cir = the card's 1.21 % (S4)
     * within the sampling error of 100 draws (±20 %, about 3 standard errors).
     */
    @Test
    void c6CycleToCycleSpreadOfOneJunction() throws Exception {
        DeckRun run = DeckRun.of(DECKS.resolve("ftj_C6_c2c.cir"));
        var plot = run.plots().get(0);
        double[] t = plot.vector("time");
        double[] i = plot.vector("i(vr)");
        double[] high = new double[100];
        double[] low = new double[100];
        for (int k = 0; k < 100; k++) {
            high[k] = -read(t, i, k * 10e-3 + 1.5e-3) / 0.1;
            low[k] = -read(t, i, k * 10e-3 + 6.5e-3) / 0.1;
        }
        double cvHigh = cv(high);
        double cvLow = cv(low);
        System.out.printf("calibration C6 c2c: sigma/mean high %.4g %% (mean %.5g uS), low %.4g %% (mean %.5g uS)%n",
                100 * cvHigh, 1e6 * mean(high), 100 * cvLow, 1e6 * mean(low));
        assertEquals(0.0121, cvHigh, 0.2 * 0.0121, "c2c of the high state");
        assertEquals(0.0121, cvLow, 0.2 * 0.0121, "c2c of the low state");
    }

    /** The current in the middle of the 100 µs read that starts at {@code start}: the accepted point nearest it. */
    private static double read(double[] t, double[] i, double start) {
        double mid = start + 51e-6;
        int best = 0;
        for (int k = 0; k < t.length; k++) {
            if (Math.abs(t[k] - mid) < Math.abs(t[best] - mid)) {
                best = k;
            }
        }
        assertTrue(Math.abs(t[best] - mid) < 45e-6, "no point inside the read at " + start);
        return i[best];
    }

    static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElseThrow();
    }

    static double cv(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1)) / Math.abs(m);
    }

    private static void checkPair(String what, double[] f, double tauU, double tauV) {
        report(what, f, tauU, tauV);
        double lo = Math.min(f[1], f[3]);
        double hi = Math.max(f[1], f[3]);
        assertEquals(Math.min(tauU, tauV), lo, 0.2 * Math.min(tauU, tauV), what + " shorter tau");
        assertEquals(Math.max(tauU, tauV), hi, 0.2 * Math.max(tauU, tauV), what + " longer tau");
    }

    private static void report(String what, double[] f, double t1, double t2) {
        System.out.printf("calibration %s: c1 = %.4g, tau1 = %.4g ms (target %.4g), c2 = %.4g, tau2 = %.4g ms"
                + " (target %.4g)%n", what, f[0], f[1] * 1e3, t1 * 1e3, f[2], f[3] * 1e3, t2 * 1e3);
    }

    static double[] values(List<MeasureResult> results) {
        return results.stream().mapToDouble(r -> {
            assertTrue(!r.failed(), r.name() + ": " + r.failure());
            return r.value();
        }).toArray();
    }

    /**
     * Least-squares fit of S4 eq. 2, y = c1·exp(−dt/τ1) + c2·exp(−dt/τ2), τ1 ≤ τ2 by convention, in ln τ so that the
     * constants stay positive. The start is generic (τ = 30 ms and 1 s, amplitudes half the first value), not the
     * targets.
     */
    static double[] fit(double[] dt, double[] y) {
        return fit(dt, y, 2);
    }

    /** {@code terms} = 1: y = c·exp(−dt/τ); 2: S4 eq. 2. Returns {c1, τ1[, c2, τ2]}. */
    static double[] fit(double[] dt, double[] y, int terms) {
        RealVector start = new ArrayRealVector(new double[] {y[0] / 2, Math.log(0.03), y[0] / 2, Math.log(1.0)});
        LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(start)
                .target(y)
                .model(p -> {
                    double[] value = new double[dt.length];
                    double[][] jac = new double[dt.length][4];
                    double t1 = Math.exp(p.getEntry(1));
                    double t2 = Math.exp(p.getEntry(3));
                    for (int k = 0; k < dt.length; k++) {
                        double e1 = Math.exp(-dt[k] / t1);
                        double e2 = Math.exp(-dt[k] / t2);
                        value[k] = p.getEntry(0) * e1 + (terms == 2 ? p.getEntry(2) * e2 : 0);
                        jac[k][0] = e1;
                        jac[k][1] = p.getEntry(0) * e1 * dt[k] / t1;
                        jac[k][2] = terms == 2 ? e2 : 0;
                        jac[k][3] = terms == 2 ? p.getEntry(2) * e2 * dt[k] / t2 : 0;
                    }
                    return new Pair<>(new ArrayRealVector(value), new Array2DRowRealMatrix(jac));
                })
                .maxEvaluations(10000).maxIterations(10000)
                .build());
        RealVector p = opt.getPoint();
        if (terms == 1) {
            return new double[] {p.getEntry(0), Math.exp(p.getEntry(1))};
        }
        double[] f = {p.getEntry(0), Math.exp(p.getEntry(1)), p.getEntry(2), Math.exp(p.getEntry(3))};
        if (f[1] > f[3]) {
            f = new double[] {f[2], f[3], f[0], f[1]};
        }
        return f;
    }
}
