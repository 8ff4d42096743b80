package org.memspice.device.memristor.ftj;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** The FTJ device (reference §3.4): passivity, bounds, held states, printable names, regression and variability. */
class FtjJunctionTest {

    /** I(0) = 0 in every state and with both conduction laws; the states are held at the operating point. */
    @Test
    void noCurrentAtZeroBiasAndStatesHeldAtTheOperatingPoint() throws Exception {
        for (String conduction : new String[] {"surrogate", "physics"}) {
            SimPlot p = Sim.single("""
                    ftj op
                    .model f ftj (conduction=%s)
                    V0 z 0 0
                    V1 a 0 1.5
                    YMEMRISTOR m0 z 0 f s0=0.7 u0=-0.4 n0=1
                    YMEMRISTOR m1 a 0 f s0=-0.3 u0=0.2 n0=-0.5
                    .print x(ym1) x(ym1,u) x(ym1,n) n(ymemristor!m1_u) i(v0) i(v1)
                    .op
                    .end
                    """.formatted(conduction));
            assertEquals(0, p.value("i(v0)"), 0, conduction);
            assertEquals(-0.3, p.value("x(ym1)"), 1e-12);
            assertEquals(0.2, p.value("x(ym1,u)"), 1e-12);
            assertEquals(-0.5, p.value("x(ym1,n)"), 1e-12);
            assertTrue(p.value("i(v1)") < 0, "current flows from + to − at positive bias");
        }
    }

    /** The surrogate law (C1) at the read voltage: G = G_mid·exp(w_s s + w_u u + w_V n) exactly. */
    @Test
    void readConductanceFollowsTheStates() throws Exception {
        SimPlot p = Sim.single("""
                ftj read
                .model f ftj
                V1 a 0 0.1
                YMEMRISTOR m1 a 0 f s0=0.5 u0=-0.25 n0=0.75
                .op
                .end
                """);
        double g = 480e-6 * Math.exp(0.609 * 0.5 - 0.284 * 0.25 + 0.284 * 0.75);
        assertEquals(g, -p.value("i(v1)") / 0.1, 1e-12);
    }

    /**
     * The stress protocol: a 7 V, 41.5 µs pulse train neither overflows nor stalls, and the states stay in
     * [−1, 1] without clamps (target tracking: the exact solution approaches tanh(V/V_w) = ±1 and never passes it;
     * the integrated one may pass it by the integration error, which reltol = 1e-3 bounds).
     */
    @Test
    void sevenVoltPulsesKeepTheStatesBounded() throws Exception {
        for (String conduction : new String[] {"surrogate", "physics"}) {
            SimPlot p = Sim.single("""
                    ftj stress
                    .model f ftj (conduction=%s cgeo=0.5n)
                    V1 in 0 PULSE(-7 7 0 1u 1u 41.5u 100u)
                    R1 in a 10
                    YMEMRISTOR m1 a 0 f
                    .tran 1u 1m 0 5u
                    .end
                    """.formatted(conduction));
            for (String state : new String[] {"x(ym1)", "x(ym1,u)", "x(ym1,n)"}) {
                for (double x : p.vector(state)) {
                    assertTrue(Double.isFinite(x) && Math.abs(x) <= 1 + 1e-3, conduction + " " + state + " = " + x);
                }
            }
            for (double v : p.vector("v(a)")) {
                assertTrue(Double.isFinite(v));
            }
        }
    }

    /**
     * Arrhenius (reference §3.4): with V = 0 the volatile states decay as exp(−t/τ(T)); from 300 to 330 K τ_u falls
     * by exp[(0.23 eV/k)(1/300 − 1/330)] = 2.245 and τ_V by 11.72 (the reference's 2.25 and 11.7).
     */
    @Test
    void relaxationTimesFollowArrhenius() throws Exception {
        double[] tau300 = decayTimes(300);
        double[] tau330 = decayTimes(330);
        assertEquals(69e-3, tau300[0], 1e-4 * 69e-3);
        assertEquals(240e-3, tau300[1], 1e-4 * 240e-3);
        assertEquals(2.245, tau300[0] / tau330[0], 0.002);
        assertEquals(11.72, tau300[1] / tau330[1], 0.01);
    }

    /** τ_u and τ_V from u(t), n(t) of a relaxation from 0.9 (where the polarity blend is exactly the + branch). */
    private static double[] decayTimes(double kelvin) throws Exception {
        SimPlot p = Sim.single("""
                ftj relax
                .model f ftj
                V1 a 0 0
                YMEMRISTOR m1 a 0 f u0=0.9 n0=0.9
                .temp %s
                .options reltol=1e-7
                .tran 1m 20m 0 0.1m
                .end
                """.formatted(kelvin - 273.15));
        double[] t = p.vector("time");
        int last = t.length - 1;
        double u = p.vector("x(ym1,u)")[last];
        double n = p.vector("x(ym1,n)")[last];
        return new double[] {t[last] / Math.log(0.9 / u), t[last] / Math.log(0.9 / n)};
    }

    /**
     * §3.7 regression: S4's control device with negligible V_O (Fig. S11) is the model with w_u = w_V = 0: G then
     * depends on s only, so a potentiating train leaves a state that does not relax (no volatile part).
     */
    @Test
    void withoutVolatileWeightsOnlyPolarizationRemains() throws Exception {
        SimPlot p = Sim.single("""
                ftj control
                .model f ftj (wu=0 wv=0)
                V1 a r PULSE(0 1.0 1m 1u 1u 100u 300m)
                Vr r 0 PWL(0 0 0.5m 0 0.501m 0.1 0.601m 0.1 0.602m 0 2m 0 2.001m 0.1)
                YMEMRISTOR m1 a 0 f
                .tran 1m 1 0 10m
                .end
                """);
        double[] t = p.vector("time");
        double[] i = p.vector("i(vr)");
        double[] s = p.vector("x(ym1)");
        double g1 = 0;
        double g2 = 0;
        double sEnd = 0;
        for (int k = 0; k < t.length; k++) {
            if (t[k] > 2.5e-3 && g1 == 0) {
                g1 = -i[k] / 0.1;
            }
            if (t[k] < 0.29) {
                g2 = -i[k] / 0.1;
                sEnd = s[k];
            }
        }
        assertTrue(sEnd > 0.99, "a +1 V pulse switches the polarization (imprint, reference §3.5): s = " + sEnd);
        assertEquals(480e-6 * Math.exp(0.609 * sEnd), g2, 1e-3 * g2, "G = G_mid·exp(w_s s)");
        assertEquals(g1, g2, 1e-3 * g1, "no relaxation without u and n");
    }

    /** Same seed, same waveform (d2d and c2c); another seed, another waveform. */
    @Test
    void variabilityIsReproducibleFromTheSeed() throws Exception {
        double[] a = variableRun(3);
        double[] b = variableRun(3);
        double[] c = variableRun(4);
        assertArrayEquals(a, b, 0);
        assertFalse(java.util.Arrays.equals(a, c));
    }

    private static double[] variableRun(int seed) throws Exception {
        SimPlot p = Sim.single("""
                ftj variability
                .options seed=%d
                .model f ftj (sigma_d2d=0.02 sigma_d2d_w=0.05 sigma_c2c=0.02)
                V1 a 0 PULSE(0 1.5 0.1m 1u 1u 100u 1m)
                YMEMRISTOR m1 a 0 f
                .tran 10u 5m 0 50u
                .end
                """.formatted(seed));
        return p.vector("i(v1)");
    }

    /** Each write pulse is one cycle-to-cycle event; reads below vevent are not. */
    @Test
    void cycleToCycleDrawsHappenOncePerPulse() throws Exception {
        SimPlot p = Sim.single("""
                ftj c2c
                .model f ftj (sigma_c2c=0.05)
                V1 a 0 PULSE(0 1.5 0.1m 1u 1u 100u 1m)
                YMEMRISTOR m1 a 0 f
                .tran 10u 4.05m 0 20u
                .end
                """);
        // between pulses V = 0 and I = 0; during each pulse G is fixed by the states and the last draw:
        // the ratio of I to the deterministic law changes only from one pulse to the next
        double[] t = p.vector("time");
        double[] i = p.vector("i(v1)");
        double[] s = p.vector("x(ym1)");
        double[] u = p.vector("x(ym1,u)");
        double[] n = p.vector("x(ym1,n)");
        double[] v = p.vector("v(a)");
        java.util.List<Double> factors = new java.util.ArrayList<>();
        for (int k = 0; k < t.length; k++) {
            if (Math.abs(v[k] - 1.5) < 1e-9) {
                double law = 480e-6 * Math.exp(0.609 * s[k] + 0.284 * (u[k] + n[k])) * 0.1
                        * Math.sinh(1.5 / 0.4) / Math.sinh(0.1 / 0.4);
                double f = -i[k] / law;
                if (factors.isEmpty() || Math.abs(f - factors.get(factors.size() - 1)) > 1e-6) {
                    factors.add(f);
                }
            }
        }
        assertEquals(4, factors.size(), "one factor per pulse: " + factors);
        assertEquals(1.0, factors.get(0), 1e-6, "no draw before the first pulse ends");
    }

    /** sigma_d2d_w draws each w: the spread of a programmed state then exceeds that of G_mid alone. */
    @Test
    void weightDrawsWidenTheProgrammedSpread() throws Exception {
        double narrow = programmedSpread(0);
        double wide = programmedSpread(0.2);
        assertTrue(wide > 2 * narrow, "cv " + narrow + " -> " + wide);
    }

    private static double programmedSpread(double sigmaW) throws Exception {
        StringBuilder deck = new StringBuilder("ftj d2d w\n.model f ftj (sigma_d2d=0.01 sigma_d2d_w=" + sigmaW
                + ")\nV1 a 0 0.1\n");
        for (int k = 0; k < 40; k++) {
            deck.append("YMEMRISTOR m").append(k).append(" a 0 f s0=1 u0=1 n0=1\nV").append(k + 2).append(" a x")
                    .append(k).append(" 0\n");
        }
        deck.append(".op\n.end\n");
        // each device in its own branch: Vk+2 senses its current
        String text = deck.toString().replaceAll("YMEMRISTOR m(\\d+) a 0", "YMEMRISTOR m$1 x$1 0");
        SimPlot p = Sim.single(text);
        double[] g = new double[40];
        for (int k = 0; k < 40; k++) {
            g[k] = p.value("i(v" + (k + 2) + ")");
        }
        return FtjCalibrationTest.cv(g);
    }

    @Test
    void badParametersAreLocatedErrors() {
        NetlistException e = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                ftj errors
                .model f ftj (gmid=-1 conduction=fisics)
                .model g ftj (tauup=0)
                .model h ftj (phi1=0.2 phi2=2)
                V1 a 0 1
                YMEMRISTOR m1 a 0 f
                YMEMRISTOR m2 a 0 g s0=1.5
                YMEMRISTOR m3 a 0 h
                YMEMRISTOR m4 a 0 g k00=1
                .op
                .end
                """, "f.cir")));
        String msg = e.getMessage();
        assertTrue(msg.contains("f.cir:2:"), msg);
        assertTrue(msg.contains("conduction must be one of physics, surrogate"), msg);
        assertTrue(msg.contains("f.cir:7:") && msg.contains("s0 = 1.5 is outside [-1.0, 1.0]")
                || msg.contains("tauup = 0.0 is outside"), msg);
        assertTrue(msg.contains("f.cir:4:") && msg.contains("phi2"), msg);
        assertTrue(msg.contains("unknown parameter 'k00'; did you mean 'k0'?"), msg);
    }
}
