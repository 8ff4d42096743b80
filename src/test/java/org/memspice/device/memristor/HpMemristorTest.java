package org.memspice.device.memristor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** The HP linear-drift memristor: Y-device syntax, its state as an unknown, windows, errors. */
class HpMemristorTest {

    /** A constant current: dx/dt = k·I exactly (no window), so x rises linearly and v = I·R(x). */
    @Test
    void aConstantCurrentDrivesTheStateLinearly() throws Exception {
        SimPlot p = Sim.single("""
                hp drift
                .model hpm hp (ron=100 roff=16k d=10n uv=1e-14)
                I1 0 a 1m
                YMEMRISTOR m1 a 0 hpm x0=0.1
                .print tran v(a) x(ym1) n(ymemristor!m1_x)
                .tran 0.1m 10m 0 0.1m
                .end
                """);
        double k = 1e-14 * 100 / (10e-9 * 10e-9); // 1e4 per ampere-second
        double[] t = p.vector("time");
        double[] x = p.vector("x(ym1)");
        double[] v = p.vector("v(a)");
        double[] xyce = p.vector("x(ym1,x)");
        for (int n = 0; n < t.length; n++) {
            double expected = 0.1 + k * 1e-3 * t[n];
            assertEquals(expected, x[n], 1e-9, "x at t=" + t[n]);
            assertEquals(1e-3 * (100 * expected + 16e3 * (1 - expected)), v[n], 1e-8, "v at t=" + t[n]);
            assertEquals(x[n], xyce[n], 0);
        }
        assertEquals(0.2, x[x.length - 1], 1e-9);
    }

    @Test
    void theStateIsHeldAtItsInitialValueAtTheOperatingPoint() throws Exception {
        SimPlot p = Sim.single("""
                hp op
                .model hpm hp (x0=0.5)
                V1 a 0 1
                YMEMRISTOR m1 a 0 hpm
                .op
                .end
                """);
        assertEquals(0.5, p.value("x(ym1)"), 0);
        assertEquals(-1 / (0.5 * 100 + 0.5 * 16e3), p.value("i(v1)"), 1e-15);
    }

    /** A sine gives a loop pinched at the origin whose area shrinks with frequency (Strukov 2008, Fig. 2). */
    @Test
    void hysteresisIsPinchedAndShrinksWithFrequency() throws Exception {
        double slow = loopArea(1);
        double fast = loopArea(10);
        assertTrue(slow > 0, "area " + slow);
        assertTrue(fast < slow / 3, "area at 10 Hz " + fast + " vs 1 Hz " + slow);
    }

    private static double loopArea(double frequency) throws Exception {
        SimPlot p = Sim.single("""
                hp loop
                .model hpm hp (ron=100 roff=16k d=10n uv=1e-14 window=joglekar p=2)
                V1 a 0 SIN(0 1 %s)
                YMEMRISTOR m1 a 0 hpm x0=0.1
                .options reltol=1e-6
                .tran %s %s 0 %s
                .end
                """.formatted(frequency, 1e-3 / frequency, 1 / frequency, 1e-3 / frequency));
        double[] v = p.vector("v(a)");
        double[] i = p.vector("i(v1)");
        double area = 0;
        for (int n = 1; n < v.length; n++) {
            area += 0.5 * (i[n] + i[n - 1]) * (v[n] - v[n - 1]);
            if (Math.abs(v[n]) < 1e-12) {
                assertEquals(0, i[n], 1e-15, "the loop passes through the origin");
            }
        }
        return Math.abs(area);
    }

    /**
     * Under a constant 1 mA (k·I = 10/s) from x0 = 0.5 each window with p = 1 has a closed form: Joglekar
     * f = 4x(1 − x) and Prodromakis f = x(1 − x) give logistic curves of rate 40/s and 10/s, Biolek f = 1 − x²
     * (i > 0) gives x = tanh(10 t + atanh 0.5). None leaves [0, 1].
     */
    @Test
    void windowsFollowTheirClosedFormsAndStayInRange() throws Exception {
        java.util.Map<String, java.util.function.DoubleUnaryOperator> exact = java.util.Map.of(
                "joglekar", t -> 1 / (1 + Math.exp(-40 * t)),
                "prodromakis", t -> 1 / (1 + Math.exp(-10 * t)),
                "biolek", t -> Math.tanh(10 * t + 0.5 * Math.log(3)));
        for (var entry : exact.entrySet()) {
            SimPlot p = Sim.single("""
                    hp window
                    .model hpm hp (window=%s p=1)
                    I1 0 a 1m
                    YMEMRISTOR m1 a 0 hpm x0=0.5
                    .options reltol=1e-6
                    .tran 1m 200m 0 0.2m
                    .end
                    """.formatted(entry.getKey()));
            double[] t = p.vector("time");
            double[] x = p.vector("x(ym1)");
            for (int n = 0; n < t.length; n++) {
                assertEquals(entry.getValue().applyAsDouble(t[n]), x[n], 2e-5, entry.getKey() + " at " + t[n]);
                assertTrue(x[n] <= 1.0, entry.getKey() + ": x = " + x[n]);
            }
        }
    }

    @Test
    void mistakesAreLocatedWithSuggestions() {
        NetlistException e = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                hp errors
                .model hpm hp (ronn=100 window=jogleckar)
                .model good hp
                V1 a 0 1
                YMEMRISTOR m1 a 0 hpm
                YMEMRISTOR m2 a 0 good x0=2
                YMEMRISTR m3 a 0 good
                YMEMRISTOR m4 a 0 nosuch
                .op
                .end
                """, "h.cir")));
        String msg = e.getMessage();
        assertTrue(msg.contains("h.cir:2:16: error: YM1: unknown parameter 'ronn'; did you mean 'ron'?")
                || msg.contains("h.cir:2:16: error: .model hpm: unknown parameter 'ronn'"), msg);
        assertTrue(msg.contains("h.cir:6:24: error: Ym2: x0 = 2.0 is outside [0.0, 1.0]"), msg);
        // the list of Y devices grows with the families (YADC, YDAC, …): check its form, not its length
        assertTrue(msg.matches("(?s).*h.cir:7:1: error: unknown device type 'YMEMRISTR'; the Y devices are: [A-Z, ]*"
                + "YMEMRISTOR[A-Z, ]*; did you mean 'ymemristor'\\?.*"), msg);
        assertTrue(msg.contains("h.cir:8:19: error: no .model named 'nosuch'"), msg);
    }
}
