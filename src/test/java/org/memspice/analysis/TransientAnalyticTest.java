package org.memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** Transients of RC, RL and RLC circuits against their closed forms, under adaptive step control. */
class TransientAnalyticTest {

    /** Largest |simulated − exact| over all time points, relative to {@code scale}. */
    private static double worstError(SimPlot plot, String vector, DoubleUnaryOperator exact, double scale) {
        double[] t = plot.vector("time");
        double[] v = plot.vector(vector);
        double worst = 0;
        for (int k = 0; k < t.length; k++) {
            worst = Math.max(worst, Math.abs(v[k] - exact.applyAsDouble(t[k])) / scale);
        }
        return worst;
    }

    private static void assertAccurate(SimPlot plot, String vector, DoubleUnaryOperator exact, double scale,
                                       double tolerance) {
        double err = worstError(plot, vector, exact, scale);
        assertTrue(err < tolerance, vector + ": worst relative error " + err + " exceeds " + tolerance
                + " over " + plot.points() + " points");
        assertTrue(plot.points() > 20, "too few points to mean anything: " + plot.points());
    }

    @Test
    void rcDischargeWithInitialCondition() throws Exception {
        for (String method : new String[] {"trap", "gear"}) {
            SimPlot p = Sim.single("rc discharge\nR1 a 0 1k\nC1 a 0 1u ic=2\n.options reltol=1e-6 method=" + method
                    + "\n.tran 10u 5m uic\n.end\n");
            assertAccurate(p, "v(a)", t -> 2 * Math.exp(-t / 1e-3), 2, 2e-5);
        }
    }

    @Test
    void rcChargingFromAStepSource() throws Exception {
        SimPlot p = Sim.single("""
                rc step
                V1 in 0 PWL(0 0 1n 0 1.000001u 1)
                R1 in a 1k
                C1 a 0 1u
                .options reltol=1e-6
                .tran 10u 5m 0 5u
                .end
                """);
        // ramp of duration T from 1 ns: the exact response of an RC to a unit ramp, then its free decay
        double tau = 1e-3, t0 = 1e-9, ramp = 1e-6;
        DoubleUnaryOperator rampResponse = s -> s <= 0 ? 0 : (s - tau * (1 - Math.exp(-s / tau))) / ramp;
        assertAccurate(p, "v(a)", t -> rampResponse.applyAsDouble(t - t0) - rampResponse.applyAsDouble(t - t0 - ramp),
                1, 2e-5);
    }

    @Test
    void rlCurrentRise() throws Exception {
        SimPlot p = Sim.single("""
                rl step
                V1 in 0 DC 1
                R1 in a 100
                L1 a 0 10m
                .options reltol=1e-6
                .tran 1u 500u uic
                .end
                """);
        assertAccurate(p, "i(l1)", t -> 0.01 * (1 - Math.exp(-t * 100 / 10e-3)), 0.01, 2e-5);
    }

    @Test
    void seriesRlcUnderCriticallyAndOverDamped() throws Exception {
        double l = 1e-3, c = 1e-6, w0 = 1 / Math.sqrt(l * c);
        double critical = 2 * Math.sqrt(l / c);
        for (double r : new double[] {10, critical, 200}) {
            SimPlot p = Sim.single(String.format(java.util.Locale.ROOT, """
                    series rlc
                    V1 in 0 DC 1
                    R1 in a %.17g
                    L1 a b 1m ic=0
                    C1 b 0 1u ic=0
                    .options reltol=1e-6
                    .tran 1u 1m 0 0.2u uic
                    .end
                    """, r));
            double alpha = r / (2 * l);
            DoubleUnaryOperator exact;
            if (Math.abs(alpha - w0) < 1e-9 * w0) {
                exact = t -> 1 - Math.exp(-alpha * t) * (1 + alpha * t);
            } else if (alpha < w0) {
                double wd = Math.sqrt(w0 * w0 - alpha * alpha);
                exact = t -> 1 - Math.exp(-alpha * t) * (Math.cos(wd * t) + alpha / wd * Math.sin(wd * t));
            } else {
                double root = Math.sqrt(alpha * alpha - w0 * w0);
                double s1 = -alpha + root, s2 = -alpha - root;
                exact = t -> 1 + (s2 * Math.exp(s1 * t) - s1 * Math.exp(s2 * t)) / (s1 - s2);
            }
            // SPICE's charge tolerance reltol·q/h lets steps grow to tmax here, so tmax sets the accuracy
            assertAccurate(p, "v(b)", exact, 1, 2e-5);
        }
    }

    @Test
    void rcDrivenBySineIncludingItsTransient() throws Exception {
        double f = 1e3, tau = 1e-4, w = 2 * Math.PI * f, wt = w * tau;
        SimPlot p = Sim.single("""
                rc sine
                V1 in 0 SIN(0 1 1k)
                R1 in a 100
                C1 a 0 1u
                .options reltol=1e-6
                .tran 1u 3m
                .end
                """);
        assertAccurate(p, "v(a)",
                t -> (Math.sin(w * t) - wt * Math.cos(w * t) + wt * Math.exp(-t / tau)) / (1 + wt * wt), 1, 2e-5);
    }

    @Test
    void rlDrivenBySineIncludingItsTransient() throws Exception {
        double r = 100, l = 10e-3, w = 2 * Math.PI * 2e3;
        double z = Math.hypot(r, w * l), phi = Math.atan2(w * l, r), tau = l / r;
        SimPlot p = Sim.single("""
                rl sine
                V1 in 0 SIN(0 1 2k)
                R1 in a 100
                L1 a 0 10m
                .options reltol=1e-6
                .tran 1u 2m 0 0.5u
                .end
                """);
        assertAccurate(p, "i(l1)", t -> (Math.sin(w * t - phi) + Math.sin(phi) * Math.exp(-t / tau)) / z, 1 / z, 2e-5);
    }

    @Test
    void rlcDrivenBySineAgainstAnIndependentOdeSolution() throws Exception {
        // series R-L-C driven by sin(w t): state (vc, i), integrated by an 8th-order Dormand-Prince at 1e-13
        double r = 20, l = 1e-3, c = 1e-6, w = 2 * Math.PI * 4e3;
        SimPlot p = Sim.single("""
                rlc sine
                V1 in 0 SIN(0 1 4k)
                R1 in a 20
                L1 a b 1m
                C1 b 0 1u
                .options reltol=1e-6
                .tran 1u 1m 0 0.2u
                .end
                """);
        org.apache.commons.math3.ode.FirstOrderDifferentialEquations rlc =
                new org.apache.commons.math3.ode.FirstOrderDifferentialEquations() {
                    public int getDimension() {
                        return 2;
                    }

                    public void computeDerivatives(double t, double[] y, double[] dy) {
                        dy[0] = y[1] / c;
                        dy[1] = (Math.sin(w * t) - r * y[1] - y[0]) / l;
                    }
                };
        var integrator = new org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator(1e-12, 1e-6, 1e-13, 1e-13);
        double[] state = new double[2];
        double[] reached = {0};
        DoubleUnaryOperator exact = t -> { // called at increasing t: integrate on from the last point
            if (t > reached[0]) {
                integrator.integrate(rlc, reached[0], state.clone(), t, state);
                reached[0] = t;
            }
            return state[0];
        };
        assertAccurate(p, "v(b)", exact, 1, 5e-5);
    }
}
