package org.memspice.device.adc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/**
 * YADC: the static transfer function bit for bit (DC sweeps across every code, edges included), DAC loop-back,
 * conversion latency per architecture, clock-node sampling, noise statistics and seeds, INL, errors.
 */
class AdcTest {

    @Test
    void dcSweepGivesEveryCodeOfTheIdealRoundingAndFloorTransferFunctions() throws Exception {
        // LSB = 1/16 and a step of 1/128: every code edge (k − ½)/16 and k/16 is a sweep point, exactly
        SimPlot p = Sim.single("""
                adc ramp
                .model round4 adc (bits=4 vmin=0 vmax=1 period=1u)
                .model floor4 adc (bits=4 vmin=0 vmax=1 rounding=floor period=1u)
                V1 in 0 0
                YADC r in 0 round4 out=rec
                YADC f in 0 floor4
                .dc V1 -0.125 1.125 0.0078125
                .end
                """);
        double[] v = p.vector("v(in)");
        double[] round = p.vector("x(yr)");
        double[] floor = p.vector("x(yf)");
        double[] rec = p.vector("v(rec)");
        assertEquals(161, v.length);
        boolean[] seen = new boolean[16];
        for (int k = 0; k < v.length; k++) {
            long r = Math.max(0, Math.min(15, (long) Math.floor(v[k] * 16 + 0.5)));
            long f = Math.max(0, Math.min(15, (long) Math.floor(v[k] * 16)));
            assertEquals(r, round[k], 0.0, "round at v=" + v[k]);
            assertEquals(f, floor[k], 0.0, "floor at v=" + v[k]);
            assertEquals(r / 16.0, rec[k], 1e-15, "reconstructed at v=" + v[k]);
            seen[(int) r] = true;
        }
        for (int c = 0; c < 16; c++) {
            assertTrue(seen[c], "code " + c + " reached");
        }
        // on an edge the upper code: v = 1.5/16 is code 2, v = 1/16 code 1 (floor)
        int edge = indexOf(v, 1.5 / 16);
        assertEquals(2.0, round[edge], 0.0);
        assertEquals(1.0, floor[indexOf(v, 1.0 / 16)], 0.0);
        assertEquals(1.0, round[edge - 1], 0.0);
    }

    private static int indexOf(double[] v, double x) {
        for (int k = 0; k < v.length; k++) {
            if (v[k] == x) {
                return k;
            }
        }
        throw new AssertionError("no sweep point at " + x);
    }

    @Test
    void offsetAndGainErrorMoveTheTransitionsAsDefined() throws Exception {
        SimPlot p = Sim.single("""
                adc offset gain
                .model a6 adc (bits=6 vmin=-1 vmax=1 offset=12m gainerr=0.03 period=1u)
                V1 in 0 0
                YADC a in 0 a6
                .dc V1 -1.2 1.2 0.00173
                .end
                """);
        double[] v = p.vector("v(in)");
        double[] code = p.vector("x(ya)");
        double lsb = 2.0 / 64;
        int checked = 0;
        for (int k = 0; k < v.length; k++) {
            double seen = -1 + 1.03 * (v[k] + 1) + 0.012;
            double position = (seen + 1) / lsb + 0.5;
            if (Math.abs(position - Math.rint(position)) < 1e-9) {
                continue; // on an edge to within rounding: the edge rule is tested exactly above
            }
            long expected = Math.max(0, Math.min(63, (long) Math.floor(position)));
            assertEquals(expected, code[k], 0.0, "v=" + v[k]);
            checked++;
        }
        assertTrue(checked > 1380, "points checked: " + checked);
    }

    @Test
    void eightBitDacIntoEightBitAdcReturnsEveryCode() throws Exception {
        StringBuilder codes = new StringBuilder();
        for (int c = 0; c < 256; c++) {
            codes.append(' ').append((c * 37) % 256); // every code once, in a scrambled order
        }
        SimPlot p = Sim.single("""
                dac adc loop-back
                .model d8 dac (bits=8 vmin=0.1 vmax=0.9 trise=2n tfall=2n)
                .model a8 adc (bits=8 vmin=0.1 vmax=0.9 arch=sar tbit=1n)
                YDAC d w 0 d8 codes=(%s) period=50n
                RL w 0 10k
                YADC a w 0 a8 period=50n delay=40n
                .tran 10n 12.84u
                .end
                """.formatted(codes));
        List<Double> got = codesAt(p, "x(ya)", 40e-9 + 8e-9, 50e-9, 256);
        for (int k = 0; k < 256; k++) {
            assertEquals((k * 37) % 256, got.get(k), 0.0, "sample " + k);
        }
    }

    /** The code vector at the points landing on t0 + k·period (they must exist: they are breakpoints). */
    static List<Double> codesAt(SimPlot p, String vector, double t0, double period, int n) {
        double[] t = p.vector("time");
        double[] c = p.vector(vector);
        List<Double> out = new ArrayList<>();
        int j = 0;
        for (int k = 0; k < n; k++) {
            double want = t0 + k * period;
            while (j < t.length && t[j] < want - 1e-15) {
                j++;
            }
            assertTrue(j < t.length && Math.abs(t[j] - want) < 1e-15 * Math.max(1, want / 1e-9),
                    "a time point at " + want);
            out.add(c[j]);
        }
        return out;
    }

    @Test
    void theCodeAppearsOneConversionTimeAfterTheSampleForEachArchitecture() throws Exception {
        SimPlot p = Sim.single("""
                adc latency
                .model fl adc (bits=4 arch=flash tcomp=3n)
                .model sa adc (bits=8 arch=sar tbit=2n)
                .model ra adc (bits=4 arch=ramp tcount=5n)
                V1 in 0 PWL(0 0 100n 0 101n 0.5)
                YADC f in 0 fl period=200n delay=150n
                YADC s in 0 sa period=200n delay=150n
                YADC r in 0 ra period=200n delay=150n
                .tran 1n 400n
                .end
                """);
        check(p, "x(yf)", 150e-9 + 3e-9, 8);
        check(p, "x(ys)", 150e-9 + 16e-9, 128);
        check(p, "x(yr)", 150e-9 + 80e-9, 8);
    }

    private static void check(SimPlot p, String vector, double ready, double code) {
        double[] t = p.vector("time");
        double[] c = p.vector(vector);
        int k = 0;
        while (t[k] < ready - 1e-15) {
            assertEquals(0.0, c[k], 0.0, vector + " before the conversion ends, t=" + t[k]);
            k++;
        }
        assertEquals(ready, t[k], 1e-18, vector + ": a time point at the end of the conversion");
        assertEquals(code, c[k], 0.0, vector + " at t=" + t[k]);
    }

    @Test
    void samplingAQuietCircuitCostsTwoTimePointsPerConversionNotARestart() throws Exception {
        // an RC charging slowly (tau = 10 us) under tmax: without converters about 100 steps of 1 us
        String rc = """
                sampled rc
                .model a8 adc (bits=8 vmin=0 vmax=1 arch=sar tbit=1n)
                V1 in 0 PWL(0 0 10n 1)
                R1 in out 10k
                C1 out 0 1n
                %s
                .tran 10n 100u 0 1u
                .end
                """;
        SimPlot alone = Sim.single(rc.formatted(""));
        SimPlot sampled = Sim.single(rc.formatted("YADC a out 0 a8 period=2u delay=1u"));
        int conversions = 50;
        // each conversion lands a point on its sampling instant and one on its code; a restart after either
        // would add about log2(1 us / 1 ns) = 10 regrowing steps per conversion
        assertTrue(sampled.points() <= alone.points() + 2 * conversions + 10,
                "points with the ADC " + sampled.points() + ", without " + alone.points());
        // the codes are those of the sampled node at the sampling instants (exact points, nothing interpolated)
        double[] t = sampled.vector("time");
        double[] v = sampled.vector("v(out)");
        List<Double> codes = codesAt(sampled, "x(ya)", 1e-6 + 8e-9, 2e-6, conversions);
        for (int k = 0; k < conversions; k++) {
            double ts = 1e-6 + k * 2e-6;
            int i = 0;
            while (Math.abs(t[i] - ts) > 1e-15) {
                i++;
            }
            // mid-tread rounding: code k from (k - 1/2) LSB on
            assertEquals(Math.min(255, Math.floor(v[i] / (1.0 / 256) + 0.5)), codes.get(k), 0.0, "sample " + k);
        }
    }

    @Test
    void aClockNodeSamplesAtItsRisingCrossingOfVth() throws Exception {
        SimPlot p = Sim.single("""
                adc clock node
                .model a4 adc (bits=4 vmin=0 vmax=1.6 tcomp=2n)
                V1 in 0 PWL(0 0 1u 1.6)
                VC clk 0 PULSE(0 1 100n 10n 10n 90n 200n)
                YADC a in 0 a4 clk=clk vth=0.4
                .tran 1n 1u
                .end
                """);
        // crossings of 0.4 V at 104n + k·200n; input 1.6·t/1u there; code round(v/0.1); ready 2 ns later
        for (int k = 0; k < 4; k++) {
            double tc = 104e-9 + k * 200e-9;
            long expected = Math.round(1.6 * tc / 1e-6 / 0.1);
            assertEquals(expected, DacAt.at(p, "x(ya)", tc + 2e-9 + 1e-12), 0.0, "sample " + k);
            assertEquals(k == 0 ? 0 : Math.round(1.6 * (tc - 200e-9) / 1e-6 / 0.1),
                    DacAt.at(p, "x(ya)", tc + 2e-9 - 1e-10), 0.0, "before sample " + k + " is ready");
        }
    }

    /** Value at the last point at or before t. */
    static final class DacAt {
        static double at(SimPlot p, String vector, double t) {
            double[] time = p.vector("time");
            double[] v = p.vector(vector);
            int k = 0;
            while (k + 1 < time.length && time[k + 1] <= t) {
                k++;
            }
            return v[k];
        }
    }

    private static final String NOISY = """
            adc noise
            .options seed=%d
            .model a10 adc (bits=10 vmin=0 vmax=1 noise=%s tcomp=0.1n)
            V1 in 0 %s
            YADC a in 0 a10 period=1n delay=0.5n
            .tran 1n 2000n
            .end
            """;

    @Test
    void inputReferredNoiseHasTheGivenSigmaAndTheSameSeedGivesTheSameCodes() throws Exception {
        double lsb = 1.0 / 1024;
        double v = 512.3 * lsb;
        SimPlot p = Sim.single(NOISY.formatted(5, Double.toString(3 * lsb), Double.toString(v)));
        List<Double> codes = codesAt(p, "x(ya)", 0.6e-9, 1e-9, 1999);
        double mean = codes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var = codes.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum() / (codes.size() - 1);
        // dithered by σ = 3 LSB, the mean code is v/LSB (to 4 standard errors, 4·3.01/√1999 = 0.27 LSB) and the
        // spread is √(σ² + 1/12) LSB (quantisation adds LSB²/12); standard error of s: σ/√(2N) = 0.048 LSB
        assertEquals(512.3, mean, 0.27);
        assertEquals(Math.sqrt(9 + 1.0 / 12), Math.sqrt(var), 0.2);
        SimPlot again = Sim.single(NOISY.formatted(5, Double.toString(3 * lsb), Double.toString(v)));
        SimPlot other = Sim.single(NOISY.formatted(6, Double.toString(3 * lsb), Double.toString(v)));
        assertEquals(codes, codesAt(again, "x(ya)", 0.6e-9, 1e-9, 1999));
        assertTrue(!codes.equals(codesAt(other, "x(ya)", 0.6e-9, 1e-9, 1999)));
        // without noise every sample is the one code
        SimPlot quiet = Sim.single(NOISY.formatted(5, "0", Double.toString(v)));
        assertTrue(codesAt(quiet, "x(ya)", 0.6e-9, 1e-9, 1999).stream().allMatch(c -> c == 512.0));
    }

    @Test
    void inlBowMovesTheTransitionsByItsDefinition() throws Exception {
        // transition k of a 3-bit converter: (k − ½ + 0.4·4u(1 − u))/8 with u = (k − 1)/6; probe 1e-9 V either side
        StringBuilder deck = new StringBuilder("adc inl\n.model a3 adc (bits=3 inl=0.4 period=1u)\n");
        for (int k = 1; k < 8; k++) {
            double u = (k - 1) / 6.0;
            double tk = (k - 0.5 + 0.4 * 4 * u * (1 - u)) / 8;
            deck.append("V").append(k).append("lo lo").append(k).append(" 0 ").append(tk - 1e-9).append('\n');
            deck.append("V").append(k).append("hi hi").append(k).append(" 0 ").append(tk + 1e-9).append('\n');
            deck.append("YADC l").append(k).append(" lo").append(k).append(" 0 a3\n");
            deck.append("YADC h").append(k).append(" hi").append(k).append(" 0 a3\n");
        }
        SimPlot p = Sim.single(deck.append(".op\n.end\n").toString());
        for (int k = 1; k < 8; k++) {
            assertEquals(k - 1, p.value("x(yl" + k + ")"), 0.0, "below transition " + k);
            assertEquals(k, p.value("x(yh" + k + ")"), 0.0, "above transition " + k);
        }
    }

    @Test
    void mistakesAreLocated() {
        NetlistException e = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                adc errors
                .model a4 adc (bits=4 arch=pipeline)
                .model ok adc (bits=4)
                V1 in 0 1
                YADC a1 in 0 ok
                YADC a2 in 0 ok period=0
                YADC a3 in 0 ok period=1u clk=in
                YADC a4 in 0 ok period=1u ic=16
                YADC a5 in 0 ok period=1u noyse=1m
                YADC a6 in 0 a4 period=1u
                .op
                .end
                """, "a.cir")));
        String msg = e.getMessage();
        assertTrue(msg.contains("a.cir:2:28: error: .model a4: arch must be one of flash, ramp, sar, found 'pipeline'"),
                msg);
        assertTrue(msg.contains("a.cir:5:1: error: Ya1: no clock: give period= (and delay=) or clk=node"), msg);
        assertTrue(msg.contains("a.cir:6:17: error: Ya2: period must be > 0, found 0.0"), msg);
        assertTrue(msg.contains("a.cir:7:17: error: Ya3: period and clk= are both given"), msg);
        assertTrue(msg.contains("a.cir:8:27: error: Ya4: ic must be a code 0 … 15, found 16.0"), msg);
        assertTrue(msg.contains("a.cir:9:27: error: Ya5: unknown parameter 'noyse'; did you mean 'noise'?"), msg);
    }
}
