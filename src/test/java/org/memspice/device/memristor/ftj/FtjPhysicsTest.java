package org.memspice.device.memristor.ftj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The conduction library of the physics option (reference §3.2): limits, signs, passivity and derivatives. */
class FtjPhysicsTest {
    private static final double D = 1.6e-9;

    interface Law {
        void eval(double v, double phi, double[] out);
    }

    private static final Law DT = (v, phi, out) -> FtjPhysics.directTunnelling(v, phi, 0.2, D, 1, out);
    private static final Law FN = (v, phi, out) -> FtjPhysics.fowlerNordheim(v, phi, D, 1, out);
    private static final Law TE = (v, phi, out) -> FtjPhysics.thermionic(v, phi, 300, 1.2e6, 1, D, 100, 0.01, out);

    @Test
    void everyCurrentIsZeroAtZeroBiasAndPassive() {
        double[] r = new double[3];
        for (Law law : new Law[] {DT, FN, TE}) {
            law.eval(0, 1.1, r);
            assertEquals(0, r[0], 0);
            for (double v = -3; v <= 3; v += 0.05) {
                law.eval(v, 1.1, r);
                assertTrue(Double.isFinite(r[0]) && Double.isFinite(r[1]) && Double.isFinite(r[2]), "finite at " + v);
                assertTrue(r[0] * v >= 0, "I·V >= 0 at " + v + ": " + r[0]);
                assertTrue(r[1] >= 0, "dJ/dV >= 0 at " + v);
            }
        }
    }

    @Test
    void derivativesMatchFiniteDifferences() {
        double[] r = new double[3];
        double[] p = new double[3];
        double[] m = new double[3];
        for (Law law : new Law[] {DT, FN, TE}) {
            for (double v : new double[] {-2.5, -1, -0.3, -0.05, 0.02, 0.1, 0.7, 1.5, 4}) {
                for (double phi : new double[] {0.4, 1.1}) {
                    law.eval(v, phi, r);
                    double h = 1e-6;
                    law.eval(v + h, phi, p);
                    law.eval(v - h, phi, m);
                    double fd = (p[0] - m[0]) / (2 * h);
                    assertEquals(fd, r[1], 1e-5 * Math.abs(fd) + 1e-12, "dJ/dV at " + v + ", " + phi);
                    law.eval(v, phi + h, p);
                    law.eval(v, phi - h, m);
                    fd = (p[0] - m[0]) / (2 * h);
                    assertEquals(fd, r[2], 1e-5 * Math.abs(fd) + 1e-12, "dJ/dphi at " + v + ", " + phi);
                }
            }
        }
    }

    /** BDR at small bias is ohmic with the G(0) the reference checks: 3.16e10 sqrt(φ)/d exp(−1.025 d sqrt(φ)) S/cm². */
    @Test
    void directTunnellingIsOhmicAtSmallBiasWithTheBdrPrefactor() {
        double[] r = new double[3];
        double phi = 1.1;
        FtjPhysics.directTunnelling(1e-6, phi, 0.2, D, 1, r);
        double dA = 16; // Å
        double g0 = 3.16e10 * Math.sqrt(phi) / dA * Math.exp(-1.025 * dA * Math.sqrt(phi)) * 1e4; // S/m²
        assertEquals(g0, r[1], 0.01 * g0);
        // a higher barrier tunnels less; with Δφ = φ2 − φ1 > 0 the linear BDR term −bV makes +V conduct less
        FtjPhysics.directTunnelling(0.2, phi, 0.2, D, 1, r);
        double forward = r[0];
        assertTrue(r[2] < 0, "dJ/dφ < 0");
        FtjPhysics.directTunnelling(-0.2, phi, 0.2, D, 1, r);
        assertTrue(forward > 0 && forward < -r[0], "forward " + forward + ", reverse " + r[0]);
        double reverse = r[0];
        // mirror symmetry: swapping the electrodes (Δφ → −Δφ) swaps the polarities
        FtjPhysics.directTunnelling(0.2, phi, -0.2, D, 1, r);
        assertEquals(-reverse, r[0], 1e-12 * Math.abs(reverse));
    }

    /** FN is negligible at low field and rises steeply (ln(J/E²) linear in 1/E with slope −Bφ^{3/2}). */
    @Test
    void fowlerNordheimHasItsFnSlope() {
        double[] r = new double[3];
        double phi = 1.2;
        FtjPhysics.fowlerNordheim(0.1, phi, D, 1, r);
        assertTrue(r[0] < 1e-30, "FN at 0.1 V: " + r[0]);
        FtjPhysics.fowlerNordheim(2.0, phi, D, 1, r);
        double e1 = 2.0 / D;
        double y1 = Math.log(r[0] / (e1 * e1));
        FtjPhysics.fowlerNordheim(3.0, phi, D, 1, r);
        double e2 = 3.0 / D;
        double y2 = Math.log(r[0] / (e2 * e2));
        double slope = (y2 - y1) / (1 / e2 - 1 / e1);
        double b = 8 * Math.PI * Math.sqrt(2 * FtjPhysics.M0) * Math.pow(phi * FtjPhysics.Q, 1.5)
                / (3 * FtjPhysics.H * FtjPhysics.Q);
        assertEquals(-b, slope, 1e-9 * b);
        FtjPhysics.fowlerNordheim(-2.0, phi, D, 1, r);
        assertTrue(r[0] < 0);
    }

    /** TE: the reverse current saturates at −J_s, the forward one grows by e per n·kT/q; ΔΦ = kT ln 10 is a decade. */
    @Test
    void thermionicEmissionSaturatesInReverseAndShiftsADecadePerKtLn10() {
        double[] r = new double[3];
        double vt = FtjPhysics.KB * 300 / FtjPhysics.Q;
        FtjPhysics.thermionic(-1.0, 0.6, 300, 1.2e6, 1, D, 100, 0.01, r);
        double reverse = r[0];
        FtjPhysics.thermionic(-0.5, 0.6, 300, 1.2e6, 1, D, 100, 0.01, r);
        assertTrue(reverse < 0 && r[0] < 0);
        FtjPhysics.thermionic(0.1, 0.6, 300, 1.2e6, 1, D, 100, 0.01, r);
        double high = r[0];
        FtjPhysics.thermionic(0.1, 0.6 + vt * Math.log(10), 300, 1.2e6, 1, D, 100, 0.01, r);
        assertEquals(10, high / r[0], 1e-9);
        FtjPhysics.thermionic(50, 0.6, 300, 1.2e6, 1, D, 100, 0.01, r);
        assertTrue(Double.isFinite(r[0]) && Double.isFinite(r[1]), "limexp keeps 50 V finite");
    }
}
