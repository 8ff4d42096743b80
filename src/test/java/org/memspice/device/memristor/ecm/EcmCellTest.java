package org.memspice.device.memristor.ecm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** The ECM cell as a device: syntax, printable and held states, errors, robustness, reproducible variability. */
class EcmCellTest {

    @Test
    void statesArePrintableAndHeldAtTheOperatingPoint() throws Exception {
        SimPlot p = Sim.single("""
                ecm op
                .model c ecm (rs=0 cp=0)
                V1 a 0 0.3
                YMEMRISTOR m1 a 0 c xinit=1n
                .print dc x(ym1) x(ym1,x) x(ym1,u1) x(ym1,u2p) x(ym1,u2n) n(ymemristor!m1_u1) i(v1)
                .op
                .end
                """);
        assertEquals(1.0, p.value("x(ym1)"), 0); // nm, held at xinit
        assertEquals(0.0, p.value("x(ym1,u1)"), 0);
        assertEquals(0.0, p.value("x(ym1,u2p)"), 0);
        assertEquals(0.0, p.value("x(ym1,u2n)"), 0);
        // (A1) at the held state: I = I0·e^{−1/0.25}·sinh(0.3/0.25)
        assertEquals(-5.24e-7 * Math.exp(-4) * Math.sinh(1.2), p.value("i(v1)"), 1e-18);
    }

    @Test
    void xyceSpellingNamesTheSameState() throws Exception {
        SimPlot p = Sim.single("""
                ecm tran
                .model c ecm
                V1 a 0 PULSE(0 4 1u 0.1u 0.1u 5u 1)
                YMEMRISTOR m1 a 0 c xinit=0.1n
                .print tran n(ymemristor!m1_u1) x(ym1)
                .tran 0.1u 10u
                .end
                """);
        assertEquals(java.util.List.of("time", "x(ym1,u1)", "x(ym1)"), p.names()); // Xyce's name, memspice's vector
        double max = java.util.Arrays.stream(p.vector("x(ym1,u1)")).max().orElseThrow();
        assertTrue(max > 0.01 && max < 1, "the fast pool charges during the pulse: " + max);
    }

    /**
     * The seed's STDP programming train (S1 §2.5: −7 → −0.2 V and 0.2 → 7 V in 0.2 V steps, 41.5 µs pulses 41.5 µs
     * apart) through the calibrated cell: it completes, every value is finite and the states stay in range.
     */
    @Test
    void sevenVoltStdpTrainNeitherOverflowsNorStalls() throws Exception {
        StringBuilder pwl = new StringBuilder("0 0");
        double t = 10e-6;
        double w = 41.5e-6;
        double edge = 0.1e-6;
        for (int k = 0; k < 70; k++) {
            double v = k < 35 ? -7 + 0.2 * k : 0.2 * (k - 34);
            pwl.append(String.format(Locale.ROOT, " %.9g 0 %.9g %.4f %.9g %.4f %.9g 0", t, t + edge, v,
                    t + edge + w, v, t + 2 * edge + w));
            t += 2 * w;
        }
        long start = System.nanoTime();
        SimPlot p = Sim.single("""
                ecm stdp
                .include models/agqd_lsmo.lib
                V1 a 0 PWL(%s)
                YMEMRISTOR m1 a 0 agqd_lsmo xinit=1.2n
                .options gmin=1e-13 abstol=1e-14
                .print tran v(a) i(v1) x(ym1) x(ym1,u1) x(ym1,u2p) x(ym1,u2n)
                .tran 1u %s
                .end
                """.formatted(pwl, t + 20e-6).replace(".include models/", ".include "
                + java.nio.file.Path.of("models").toAbsolutePath() + "/"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 20, "took " + seconds + " s");
        for (String name : p.names()) {
            for (double v : p.vector(name)) {
                assertTrue(Double.isFinite(v), name + " = " + v);
            }
        }
        for (double x : p.vector("x(ym1)")) {
            assertTrue(x > 0.1 - 0.02 && x < 2.2 + 0.02, "gap " + x + " nm");
        }
        for (String u : new String[] {"x(ym1,u1)", "x(ym1,u2p)", "x(ym1,u2n)"}) {
            for (double v : p.vector(u)) {
                assertTrue(v >= -1e-6 && v <= 1 + 1e-6, u + " = " + v);
            }
        }
        double[] x = p.vector("x(ym1)");
        double[] time = p.vector("time");
        double half = 10e-6 + 35 * 2 * w;
        double xHalf = x[0];
        for (int k = 0; k < x.length && time[k] <= half; k++) {
            xHalf = x[k];
        }
        // depression then potentiation (S1 Fig. 5b): the negative half resets, the positive half sets
        // (the series R_s limits V_c to ~2-3 V once the sinh law conducts: the switching is compliance-limited)
        assertTrue(xHalf > 1.2 + 0.2, "depressed (gap opened) by the negative half: " + xHalf);
        assertTrue(x[x.length - 1] < xHalf - 0.2, "potentiated by the positive half: " + x[x.length - 1]);
    }

    /** The V_c limiter changes the Newton path, not the answer. */
    @Test
    void limitingDoesNotChangeTheSolution() throws Exception {
        String deck = """
                ecm lim
                .model c ecm (vclim=%s)
                V1 a 0 PULSE(0 5 1u 1n 1n 20u 1)
                YMEMRISTOR m1 a 0 c xinit=2.2n
                .options reltol=1e-6
                .tran 0.1u 30u 0 0.5u
                .end
                """;
        SimPlot limited = Sim.single(deck.formatted("0.1"));
        SimPlot free = Sim.single(deck.formatted("0"));
        double xl = limited.vector("x(ym1)")[limited.points() - 1];
        double xf = free.vector("x(ym1)")[free.points() - 1];
        assertTrue(xf < 2.19, "a 5 V, 20 us pulse moves the gap: x = " + xf);
        assertEquals(xf, xl, 1e-4);
    }

    /** Same seed, same waveforms; another seed, other cycle-to-cycle draws; per-instance device-to-device draws. */
    @Test
    void variabilityIsSeededAndDrawnPerDeviceAndPerCycle() throws Exception {
        String deck = """
                ecm var
                .model c ecm (vs0_c2c=0.075 vr0_c2c=0.04 vs0_d2d=0.05 vr0_d2d=0.03 i0_d2d=0.3)
                Vpos a m PULSE(0 1 0 1 1 1n 3)
                Vneg m 0 PULSE(0 -0.5 2 0.5 0.5 1n 3)
                YMEMRISTOR m1 a 0 c
                YMEMRISTOR m2 a 0 c
                .options seed=%d
                .tran 10m 12 0 10m
                .end
                """;
        SimPlot a = Sim.single(deck.formatted(7));
        SimPlot b = Sim.single(deck.formatted(7));
        SimPlot c = Sim.single(deck.formatted(8));
        assertArrayEquals(a.vector("x(ym1)"), b.vector("x(ym1)"), 0.0);
        assertArrayEquals(a.vector("i(vpos)"), b.vector("i(vpos)"), 0.0);
        assertFalse(java.util.Arrays.equals(a.vector("x(ym1)"), a.vector("x(ym2)")), "two devices, two draws");
        assertFalse(java.util.Arrays.equals(a.vector("x(ym1)"), c.vector("x(ym1)")), "another seed");
    }

    /** Without any sigma, no draw is made: two instances of one card are identical. */
    @Test
    void noSigmaNoDraw() throws Exception {
        SimPlot a = Sim.single("""
                ecm novar
                .model c ecm
                V1 a 0 PWL(0 0 1 1 2 0 2.5 -0.5 3 0)
                YMEMRISTOR m1 a 0 c
                YMEMRISTOR m2 a 0 c
                .tran 10m 3 0 10m
                .end
                """);
        assertArrayEquals(a.vector("x(ym1)"), a.vector("x(ym2)"), 0.0);
    }

    @Test
    void badParametersAreLocatedErrors() {
        NetlistException e = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                ecm errors
                .model c ecm (tau1=-1 vss0=0.5)
                .model d ecm (xmin=2n xmax=1n)
                .model f ecm
                V1 a 0 1
                YMEMRISTOR m1 a 0 c
                YMEMRISTOR m2 a 0 d
                YMEMRISTOR m3 a 0 f xinit=3n
                YMEMRISTOR m4 a 0 f wfloor=0
                .op
                .end
                """, "e.cir")));
        String msg = e.getMessage();
        assertTrue(msg.contains("e.cir:2:23: error: .model c: unknown parameter 'vss0'; did you mean 'vs0'?"), msg);
        assertTrue(msg.contains("e.cir:3:23: error: Ym2: xmax = 1.0E-9 must exceed xmin = 2.0E-9"), msg);
        assertTrue(msg.contains("e.cir:8:21: error: Ym3: xinit = 3.0E-9 is outside"), msg);
        assertTrue(msg.contains("e.cir:9:21: error: Ym4: wfloor = 0.0 is outside"), msg);
    }
}
