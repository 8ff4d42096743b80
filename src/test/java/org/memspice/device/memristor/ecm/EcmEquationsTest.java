package org.memspice.device.memristor.ecm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memspice.device.support.SafeMath;

/** The equations of Model A (physics reference §1.3–1.4) and the TAT reference function (A2), point by point. */
class EcmEquationsTest {
    private static final double EV = TatConduction.Q;
    private final EcmEquations.Slope s = new EcmEquations.Slope();

    /** (A1) with the nominal card: I0·e^{−x/x0}·sinh(V/V0)·gain, in nm. */
    private static double current(double v, double x, double u1, double u2) {
        return 5.24e-7 * Math.exp(-x / 0.25) * SafeMath.sinh(v / 0.25) * (1 + u1 + 2 * u2);
    }

    @Test
    void currentIsZeroAtZeroBiasAndPassiveForEveryState() {
        for (double x = 0.0; x <= 2.4; x += 0.2) {
            for (double u = 0; u <= 1; u += 0.25) {
                assertEquals(0.0, current(0, x, u, u), 0.0);
                for (double v = -7; v <= 7; v += 0.37) {
                    assertTrue(current(v, x, u, u) * v >= 0, "P = IV >= 0 at v=" + v);
                }
            }
        }
    }

    @Test
    void sinhLawGivesTheReferenceNonlinearity() {
        // reference §1.3: R(1 V)/R(0.19 V) needs sinh(1/V0)/sinh(0.19/V0) ~ 32 for V0 = 0.25 V
        double ratio = current(1, 1, 0, 0) / current(0.19, 1, 0, 0);
        assertEquals(32, ratio, 3);
        // and e^{(xmax − xmin)/x0} = e^{8.4} ~ 4e3 ~ Roff/Ron [S1]
        assertEquals(Math.exp(8.4), current(0.2, 0.1, 0, 0) / current(0.2, 2.2, 0, 0), 1e-9 * Math.exp(8.4));
        EcmEquations.gapFactor(1.0, 0.25, s);
        assertEquals(Math.exp(-4), s.value, 1e-15);
        assertEquals(-Math.exp(-4) / 0.25, s.slope, 1e-14);
    }

    /** The series-limited set rate of (A3): below both branches, equal to the smaller far from the crossover. */
    @Test
    void ratesAreSeriesLimitedGatedAndFinite() {
        double vn = 1.3e-7 * 1e9;
        double vh = 2e-8 * 1e9;
        for (double v = 0.05; v <= 7; v += 0.05) {
            EcmEquations.rate(v, 0.52, 0.015, vn, vh, 0.5, 0.01, s);
            double rn = vn * Math.exp((v - 0.52) / 0.015);
            double rh = vh * Math.sinh(v / 0.5);
            double expected = 1 / (1 / rn + 1 / rh) / (1 + Math.exp(-v / 0.01));
            assertEquals(expected, s.value, 1e-9 * expected, "r_set at " + v);
            assertTrue(s.value <= Math.min(rn, rh) * (1 + 1e-12));
        }
        // the hopping cap holds at the 7 V STDP pulses: finite, ~v_h sinh(7/0.5)
        EcmEquations.rate(7, 0.52, 0.015, vn, vh, 0.5, 0.01, s);
        assertEquals(vh * Math.sinh(14), s.value, 1e-6 * s.value);
        // absurd Newton iterates stay finite (limexp), as does the slope
        for (double v : new double[] {-1e4, -50, 50, 1e4}) {
            EcmEquations.rate(v, 0.52, 0.015, vn, vh, 0.5, 0.01, s);
            assertTrue(Double.isFinite(s.value) && Double.isFinite(s.slope), "finite at " + v);
        }
        // the gate shuts the wrong polarity, and the rate is exactly 0 at rest (retention)
        EcmEquations.rate(-1, 0.52, 0.015, vn, vh, 0.5, 0.01, s);
        assertTrue(s.value < 1e-40);
        EcmEquations.rate(0, 0.165, 0.015, vn, vh, 0.5, 0.01, s);
        assertEquals(0.0, s.value, 0.0);
        assertEquals(0.0, s.slope, 0.0);
    }

    @Test
    void rateSlopeMatchesFiniteDifferences() {
        double vn = 130;
        double vh = 20;
        for (double v = -1.5; v <= 7; v += 0.0731) {
            EcmEquations.rate(v, 0.52, 0.015, vn, vh, 0.5, 0.01, s);
            double slope = s.slope;
            double h = 1e-7;
            double up = EcmEquations.rate(v + h, 0.52, 0.015, vn, vh, 0.5, 0.01, new EcmEquations.Slope()).value;
            double dn = EcmEquations.rate(v - h, 0.52, 0.015, vn, vh, 0.5, 0.01, new EcmEquations.Slope()).value;
            assertEquals((up - dn) / (2 * h), slope, 1e-5 * Math.abs(slope) + 1e-30, "at " + v);
        }
    }

    @Test
    void windowsAreOneInsideAndVanishPastTheEdgeWithoutClamp() {
        double dw = 0.05;
        EcmEquations.window(1.0, dw, 0.01, s); // 1 nm inside: 1 − e^{−20}
        assertEquals(1 - Math.exp(-20), s.value, 1e-8);
        EcmEquations.window(0.0, dw, 0.01, s); // at the edge: the floor, 0.01·ln 2
        assertEquals(0.01 * Math.log(2), s.value, 1e-12);
        EcmEquations.window(-0.02, dw, 0.01, s); // 0.02 nm past it: super-exponentially small
        assertTrue(s.value < 1e-20 && s.value >= 0, "W = " + s.value);
        double previous = -1;
        for (double d = -0.5; d <= 2; d += 0.01) {
            EcmEquations.window(d, dw, 0.01, s);
            assertTrue(s.value >= 0 && s.value <= 1, "W in [0,1]");
            assertTrue(s.value >= previous, "monotone");
            previous = s.value;
            double h = 1e-7;
            double fd = (EcmEquations.window(d + h, dw, 0.01, new EcmEquations.Slope()).value
                    - EcmEquations.window(d - h, dw, 0.01, new EcmEquations.Slope()).value) / (2 * h);
            assertEquals(fd, s.slope, 1e-5 * Math.abs(fd) + 1e-8); // central-difference rounding ~eps/h
        }
        EcmEquations.window(-1e4, dw, 0.01, s); // a wild iterate: finite
        assertTrue(Double.isFinite(s.value) && Double.isFinite(s.slope));
    }

    /** (A4): K = k0(cosh(V/V_u) − 1) is even, zero with zero slope at 0 V, and matches the reference's K1 ~ 1e4/s. */
    @Test
    void poolDriveIsEvenAndCalibrated() {
        EcmEquations.drive(0, 260, 0.2, s);
        assertEquals(0, s.value, 0);
        assertEquals(0, s.slope, 0);
        EcmEquations.drive(0.87, 260, 0.2, s);
        assertEquals(260 * (Math.cosh(0.87 / 0.2) - 1), s.value, 1e-9 * s.value);
        assertEquals(1e4, s.value, 0.05e4);
        double plus = s.value;
        EcmEquations.drive(-0.87, 260, 0.2, s);
        assertEquals(plus, s.value, 0);
        assertEquals(260 * Math.sinh(-0.87 / 0.2) / 0.2, s.slope, 1e-9 * Math.abs(s.slope));
        EcmEquations.drive(1e-5, 260, 0.2, s); // precision near 0 (cosh − 1 would cancel)
        assertEquals(260 * 0.5 * (1e-5 / 0.2) * (1e-5 / 0.2), s.value, 1e-8 * s.value); // series error 2e-10
    }

    /** The pools' bound is intrinsic: at u = 0 the rate is ≥ 0, at u = 1 it is ≤ 0, for every drive. */
    @Test
    void poolsAreBoundedWithoutWindows() {
        for (double k = 0; k < 1e7; k = k * 3 + 1) {
            double tau = 48e-6;
            assertTrue(k * (1 - 0) - 0 / tau >= 0);
            assertTrue(k * (1 - 1) - 1 / tau <= 0);
        }
    }

    // ---- TAT reference function (A2) ----

    @Test
    void tatProbabilityMatchesTheReferenceEvaluation() {
        // reference §1.3: at F -> 0 with m_c = m0, P = 9.0e-3 (LRS: 1.32 eV, 0.40 nm), 6.5e-3 (HRS: 1.44 eV, 0.41 nm)
        double lrs = TatConduction.probability(0, 1.32 * EV, 0.40e-9, TatConduction.M0);
        double hrs = TatConduction.probability(0, 1.44 * EV, 0.41e-9, TatConduction.M0);
        assertEquals(9.0e-3, lrs, 0.1e-3);
        assertEquals(6.5e-3, hrs, 0.1e-3);
        assertEquals(1.39, lrs / hrs, 0.02);
    }

    @Test
    void tatSmallFieldFormJoinsTheExactForm() {
        double et = 1.32 * EV;
        double d = 0.40e-9;
        double threshold = 1e-4 * et / (TatConduction.Q * d); // the field where the branches meet
        double below = TatConduction.probability(threshold * (1 - 1e-9), et, d, TatConduction.M0);
        double above = TatConduction.probability(threshold * (1 + 1e-9), et, d, TatConduction.M0);
        assertEquals(below, above, 1e-7 * below); // the small-field form drops O((qFd/E_t)^2) = 1e-8
        // and the exact form well above it is monotone increasing in F (the barrier thins)
        double previous = 0;
        for (double f = threshold * 2; f < 1e10; f *= 1.7) {
            double p = TatConduction.probability(f, et, d, TatConduction.M0);
            assertTrue(p > previous && p <= 1.0, "P(" + f + ") = " + p);
            previous = p;
        }
        // full depletion (qFd >= E_t): the bracket is E_t^{3/2}
        double f = 2 * et / (TatConduction.Q * d);
        assertEquals(Math.exp(-(4 * Math.sqrt(2 * TatConduction.M0) / (3 * TatConduction.HBAR * TatConduction.Q * f))
                * Math.pow(et, 1.5)), TatConduction.probability(f, et, d, TatConduction.M0), 1e-12);
    }

    @Test
    void tatCurrentIsPassiveOddAndSaturatesToTheSeedForm() {
        double et = 1.32 * EV;
        double eb = 1.0 * EV;
        double d = 0.40e-9;
        assertEquals(0.0, TatConduction.current(0, 1e-9, 100, 1e13, eb, et, d, TatConduction.M0, 300), 0.0);
        for (double v = -1; v <= 1; v += 0.05) {
            double i = TatConduction.current(v, 1e-9, 100, 1e13, eb, et, d, TatConduction.M0, 300);
            assertTrue(i * v >= 0);
            assertEquals(-i, TatConduction.current(-v, 1e-9, 100, 1e13, eb, et, d, TatConduction.M0, 300),
                    1e-12 * Math.abs(i) + 1e-300);
        }
        // |V| >> 2kT/q: tanh -> 1, the seed's eqs. 1-3 unchanged
        double v = 0.5;
        double field = v / 1e-9;
        double seed = 100 * TatConduction.Q * 1e13 * TatConduction.occupation(field, eb, et, d, 300)
                * TatConduction.probability(field, et, d, TatConduction.M0);
        assertEquals(seed, TatConduction.current(v, 1e-9, 100, 1e13, eb, et, d, TatConduction.M0, 300), 1e-8 * seed);
    }
}
