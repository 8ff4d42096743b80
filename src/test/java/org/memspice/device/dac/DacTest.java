package org.memspice.device.dac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** YDAC: the transfer function code by code, edges and their breakpoints, every input form, INL/DNL, errors. */
class DacTest {

    /** The value of a vector at the last point at or before t. */
    static double at(SimPlot p, String vector, double t) {
        double[] time = p.vector("time");
        double[] v = p.vector(vector);
        int k = 0;
        while (k + 1 < time.length && time[k + 1] <= t) {
            k++;
        }
        return v[k];
    }

    @Test
    void everyCodeOfASixBitDacGivesItsLevelWithOffsetGainErrorAndRout() throws Exception {
        StringBuilder codes = new StringBuilder();
        for (int c = 0; c < 64; c++) {
            codes.append(' ').append(c);
        }
        SimPlot p = Sim.single("""
                dac levels
                .model d6 dac (bits=6 vmin=-0.5 vmax=1.5 offset=7m gainerr=-0.02 rout=50 trise=1n tfall=1n)
                YDAC d1 w 0 d6 codes=(%s) period=100n delay=100n
                RL w 0 950
                .tran 10n 6.5u
                .end
                """.formatted(codes));
        double lsb = 2.0 / 64;
        for (int c = 0; c < 64; c++) {
            // the plateau of code c runs from (c+1)·100n + 1n to (c+2)·100n
            double level = -0.5 + 7e-3 + 0.98 * c * lsb;
            double expected = level * 950 / (950 + 50);
            assertEquals(expected, at(p, "v(w)", (c + 1) * 100e-9 + 90e-9), 1e-12, "code " + c);
        }
        // before delay, the first code
        assertEquals((-0.5 + 7e-3) * 0.95, at(p, "v(w)", 50e-9), 1e-12);
    }

    /** Codes 2, 12, 4 and 8 from 0, 1, 2 and 2.01 us: rising and falling edges, one cut short by the next. */
    private static final String EDGES = """
            dac edges
            .model d4 dac (bits=4 vmin=0 vmax=1.6 trise=20n tfall=40n)
            YDAC d1 w 0 d4 pwc=(0 2 1u 12 2u 4 2.01u 8)
            RL w 0 1k
            .tran 10n 3u
            .end
            """;

    @Test
    void edgesAreRampsWithBreakpointsAtTheirCorners() throws Exception {
        SimPlot p = Sim.single(EDGES);
        double[] t = p.vector("time");
        double[] v = p.vector("v(w)");
        boolean start = false;
        boolean end = false;
        for (int k = 0; k < t.length; k++) {
            double expected;
            if (t[k] <= 1e-6) {
                expected = 0.2;
            } else if (t[k] <= 1.02e-6) {
                expected = 0.2 + (1.2 - 0.2) * (t[k] - 1e-6) / 20e-9;
            } else if (t[k] <= 2e-6) {
                expected = 1.2;
            } else if (t[k] <= 2.01e-6) {
                // falling towards code 4 (0.4 V) over 40 ns, cut after 10 ns at 1.2 − 0.8/4 = 1.0 V
                expected = 1.2 + (0.4 - 1.2) * (t[k] - 2e-6) / 40e-9;
            } else if (t[k] <= 2.05e-6) {
                // code 8 (0.8 V) is below the 1.0 V reached: a new falling edge of tfall from 1.0 V
                expected = 1.0 + (0.8 - 1.0) * (t[k] - 2.01e-6) / 40e-9;
            } else {
                expected = 0.8;
            }
            assertEquals(expected, v[k], 1e-9, "t=" + t[k]);
            start |= Math.abs(t[k] - 1e-6) < 1e-15;
            end |= Math.abs(t[k] - 1.02e-6) < 1e-15;
        }
        assertTrue(start && end, "time points on both corners of the edge");
    }

    @Test
    void csvFileGivesTheSameWaveformAsInlinePairs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("codes.csv"), "time,code\n# a comment\n0,1\n1e-6, 7\n\n2e-6;3\n");
        Path deck = dir.resolve("deck.cir");
        Files.writeString(deck, """
                dac csv
                .model d3 dac (bits=3 vmin=0 vmax=1)
                YDAC f w 0 d3 file="codes.csv"
                YDAC p u 0 d3 pwc=(0 1 1u 7 2u 3)
                RL w 0 1k
                RM u 0 1k
                .tran 10n 3u
                .end
                """);
        SimPlot p = Sim.run(deck).get(0);
        double[] w = p.vector("v(w)");
        double[] u = p.vector("v(u)");
        for (int k = 0; k < w.length; k++) {
            assertEquals(u[k], w[k], 0.0);
        }
        assertEquals(7.0 / 8, at(p, "v(w)", 1.5e-6), 1e-12);
    }

    @Test
    void bitNodesAreReadAgainstTheThresholdAtDcAndLatchedInATransient() throws Exception {
        SimPlot op = Sim.single("""
                dac bits
                .model d3 dac (bits=3 vmin=0 vmax=0.8)
                V0 b0 0 1
                V1 b1 0 0.2
                V2 b2 0 0.9
                YDAC d1 w 0 d3 bits=(b0 b1 b2) vth=0.6
                RL w 0 1k
                .op
                .end
                """);
        assertEquals(0.5, op.value("v(w)"), 1e-12); // code 0b101 = 5, 5·0.1 V
        assertEquals(5.0, op.value("x(yd1)"), 0.0);  // the input code as a vector
        SimPlot p = Sim.single("""
                dac bits tran
                .model d2 dac (bits=2 vmin=0 vmax=1 trise=5n tfall=5n)
                V0 b0 0 PULSE(0 1 100n 1n 1n 200n 400n)
                V1 b1 0 PULSE(0 1 300n 1n 1n 400n 800n)
                YDAC d1 w 0 d2 bits=(b0 b1)
                RL w 0 1k
                .tran 1n 800n
                .end
                """);
        // codes: 0 until ~100.5n, 1 until ~300.5n (b0 falls at 301n, b1 rises at 300n), then 2 or 3 …
        assertEquals(0.0, at(p, "v(w)", 99e-9), 1e-12);
        assertEquals(0.25, at(p, "v(w)", 200e-9), 1e-12);
        assertEquals(0.5, at(p, "v(w)", 350e-9), 1e-12);  // b0 low, b1 high: code 2
        assertEquals(0.75, at(p, "v(w)", 600e-9), 1e-12); // b0 high again (501n…701n), b1 high: code 3
        // the code vector is the latched code: the level it drives, in LSBs, once each edge has settled
        assertEquals(0.0, at(p, "x(yd1)", 99e-9), 0.0);
        assertEquals(1.0, at(p, "x(yd1)", 200e-9), 0.0);
        assertEquals(2.0, at(p, "x(yd1)", 350e-9), 0.0);
        assertEquals(3.0, at(p, "x(yd1)", 600e-9), 0.0);
    }

    @Test
    void theScheduledCodeIsAVectorThatChangesWhenTheEdgeStarts() throws Exception {
        SimPlot p = Sim.single(EDGES);
        double[] t = p.vector("time");
        double[] c = p.vector("x(yd1)");
        for (int k = 0; k < t.length; k++) {
            double want = t[k] < 1e-6 ? 2 : t[k] < 2e-6 ? 12 : t[k] < 2.01e-6 ? 4 : 8;
            assertEquals(want, c[k], 0.0, "code at t=" + t[k]);
        }
        assertEquals(4, p.header().variables().get(p.column("x(yd1)")).bits(), "a 4-bit bus in VCD");
    }

    @Test
    void inlBowAndSeededDnlFollowTheirDefinition() throws Exception {
        String deck = """
                dac inl
                .options seed=%d
                .model d3 dac (bits=3 vmin=0 vmax=8 inl=%s dnl=%s)
                YDAC d1 w 0 d3 codes=(0 1 2 3 4 5 6 7) period=100n
                RL w 0 1k
                .tran 10n 800n
                .end
                """;
        SimPlot bow = Sim.single(deck.formatted(1, "0.5", "0"));
        for (int c = 0; c < 8; c++) {
            double u = c / 7.0;
            assertEquals(c + 0.5 * 4 * u * (1 - u), at(bow, "v(w)", c * 100e-9 + 90e-9), 1e-12, "code " + c);
        }
        double[] a = levels(Sim.single(deck.formatted(3, "0", "0.3")));
        double[] b = levels(Sim.single(deck.formatted(3, "0", "0.3")));
        double[] other = levels(Sim.single(deck.formatted(4, "0", "0.3")));
        assertEquals(0.0, a[0], 1e-12);
        assertEquals(7.0, a[7], 1e-12); // end-point INL is zero
        boolean differs = false;
        for (int c = 0; c < 8; c++) {
            assertEquals(a[c], b[c], 0.0, "same seed, same levels");
            differs |= a[c] != other[c];
        }
        assertTrue(differs, "another seed draws another DNL");
        assertNotEquals(3.0, a[3], 1e-6);
    }

    private static double[] levels(SimPlot p) {
        double[] l = new double[8];
        for (int c = 0; c < 8; c++) {
            l[c] = at(p, "v(w)", c * 100e-9 + 90e-9);
        }
        return l;
    }

    @Test
    void mistakesAreLocated() {
        NetlistException e = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                dac errors
                .model d4 dac (bits=4 trisr=1n)
                .model ok dac (bits=4)
                YDAC d1 w 0 ok codes=(0 16) period=1u
                YDAC d2 w 0 ok
                YDAC d3 w 0 ok bits=(a b c)
                YDAC d4 w 0 ok pwc=(0 1 2u)
                YDAC d5 w 0 ok file="nosuch.csv"
                YDAC d6 w 0 ok codes=(1 2)
                YDAC d7 w 0 d4 codes=(1)
                RL w 0 1k
                .op
                .end
                """, "d.cir")));
        String msg = e.getMessage();
        assertTrue(msg.contains("d.cir:4:22: error: Yd1: code 2 is 16; codes are whole numbers 0 … 15"), msg);
        assertTrue(msg.contains("d.cir:5:1: error: Yd2: no input"), msg);
        assertTrue(msg.contains("d.cir:6:16: error: Yd3: bits=(…) names 3 node(s) but the model has bits=4"), msg);
        assertTrue(msg.contains("d.cir:7:20: error: Yd4: pwc needs time,code pairs, found 3 numbers"), msg);
        assertTrue(msg.contains("d.cir:8:21: error: Yd5: cannot read code file"), msg);
        assertTrue(msg.contains("d.cir:9:1: error: Yd6: period must be > 0 with codes=(…)"), msg);
        assertTrue(msg.contains("d.cir:2:23: error: .model d4: unknown parameter 'trisr'; did you mean 'trise'?"),
                msg);
    }
}
