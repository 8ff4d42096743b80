package org.memspice.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.testing.DeckRun;
import org.memspice.testing.SimPlot;

/**
 * netlists/examples/vmm_1t1r_32x32.cir against a computation that shares nothing with the simulator: the gaps from
 * the CSV, the DAC levels from the codes, each 1T1R cell solved alone as the Ag/WSe2-QD cell (Model A, pools at rest,
 * with its LSMO series resistance) in series with a Shichman-Hodges transistor in its linear region, source on an
 * ideal virtual ground; the column sums, the ideal product Σ G_ij·V_i with G_ij each cell's chord conductance at
 * its own bias (memspice's iideal definition), the finite-gain TIA and the ADC's rounding. What this leaves out
 * is the 1 Ω line segments: their IR drop is below 1e-3 of the cell biases, so column currents agree to 1e-3 and
 * errors to 1e-3 of the column current (0.1 LSB here).
 */
class Vmm1t1r32ExampleTest {
    private static final int N = 32;
    // models/agqd_lsmo.lib, Model A (A1) with Model B's rs: I = i0·exp(−x/x0)·sinh(V_c/v0), V_c = V − I·rs
    private static final double I0 = 5.24e-7;
    private static final double X0_NM = 0.25;
    private static final double V0 = 0.25;
    private static final double RS = 6e5;
    // the deck's access transistor: level 1, W = L = 1 um, vto = 0.7, kp = 100u, select lines at 1.2 V
    private static final double BETA = 100e-6;
    private static final double VOV = 1.2 - 0.7;
    private static final double RF = 500e3;
    private static final double A0 = 1e5;
    private static final double LSB = 1.28 / 256;

    @TempDir
    Path dir;

    /** A cell of gap x (nm) in series with the transistor, from V to 0: {current, voltage across the cell}. */
    static double[] oneT1R(double xNm, double v) {
        if (v == 0) {
            return new double[] {0, 0};
        }
        double lo = 0;
        double hi = Math.min(v, VOV); // the drain-source voltage: linear region (checked below)
        for (int k = 0; k < 200 && hi - lo > 1e-18; k++) {
            double vds = 0.5 * (lo + hi);
            double id = BETA * (VOV * vds - vds * vds / 2); // Shichman-Hodges, linear region
            if (AgHalfSelectExampleTest.cellCurrent(xNm, v - vds) > id) {
                lo = vds;
            } else {
                hi = vds;
            }
        }
        double vds = 0.5 * (lo + hi);
        assertTrue(vds < VOV, "the access transistor is in its linear region");
        return new double[] {BETA * (VOV * vds - vds * vds / 2), v - vds};
    }

    private static double[][] gaps() throws Exception {
        double[][] x = new double[N][];
        int i = 0;
        for (String line : Files.readAllLines(ExampleDecks.EXAMPLES.resolve("vmm_32x32_states.csv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            assertEquals(N, f.length);
            x[i] = new double[N];
            for (int j = 0; j < N; j++) {
                String s = f[j].strip();
                x[i][j] = Double.parseDouble(s.substring(0, s.length() - 1)); // "0.35n" -> nm
            }
            i++;
        }
        assertEquals(N, i);
        return x;
    }

    /** The flash ADC (round, −1.28 … 0 V, 8 bits): transitions at vmin + (k − ½)·LSB, upper code on a transition. */
    private static int adc(double v) {
        return (int) Math.max(0, Math.min(255, Math.floor((v + 1.28) / LSB + 0.5)));
    }

    @Test
    void columnCurrentsErrorsAndCodesMatchAnIndependentComputation() throws Exception {
        double[][] x = gaps();
        double[] vin = new double[N];
        for (int i = 0; i < N; i++) {
            vin[i] = ((7 * i + 3) % 16) * 0.16 / 16; // 4-bit DAC, 0 … 0.16 V
        }
        StringBuilder print = new StringBuilder(".print dc");
        for (int j = 0; j < N; j++) {
            print.append(" v(out").append(j).append(") icol(xb,").append(j).append(") iideal(xb,").append(j).append(')');
        }
        DeckRun run = ExampleDecks.runWithPrint("vmm_1t1r_32x32.cir", dir, print.toString(), "vmm_32x32_states.csv");
        SimPlot p = run.plots().get(0);
        ExampleDecks.assertAllFinite(run.plots());
        double ss = 0;
        int off = 0;
        for (int j = 0; j < N; j++) {
            double icol = 0;
            double iideal = 0;
            double gs = 0;
            for (int i = 0; i < N; i++) {
                double[] cell = oneT1R(x[i][j], vin[i]);
                icol += cell[0];
                if (cell[1] > 0) {
                    iideal += cell[0] / cell[1] * vin[i];
                }
                gs += vin[i] > 0 ? cell[0] / vin[i] : 0; // the column's conductance the TIA's input sees
            }
            double error = icol - iideal;
            ss += error * error;
            String c = "column " + j;
            assertEquals(icol, p.value("icol(xb," + j + ")"), 1e-3 * icol, c + ": icol");
            assertEquals(iideal, p.value("iideal(xb," + j + ")"), 1e-3 * iideal, c + ": iideal");
            double reported = single(run, "evmm" + j);
            assertEquals(error, reported, 1e-3 * icol, c + ": vmm error (A)");
            assertTrue(reported < 0 && error < 0, c + ": the access transistor's drop makes the column read low");
            assertEquals(reported * RF / LSB, single(run, "elsb" + j), 1e-9, c + ": error in LSB");
            // the TIA (finite gain; its input conductance is the column's, within a fraction of a percent) and ADC
            double out = -icol * RF * A0 / (1 + A0 + RF * gs);
            double vout = p.value("v(out" + j + ")");
            assertEquals(out, vout, 1e-3 * Math.abs(out), c + ": TIA output");
            int code = (int) p.value("x(yadc" + j + ")");
            assertEquals(adc(vout), code, c + ": the ADC converts the TIA output bit for bit");
            assertTrue(Math.abs(code - adc(out)) <= 1, c + ": code " + code + " vs " + adc(out));
            // the independent TIA output is within 0.03 LSB of the simulated one (the lines' IR drop): a code
            // farther than 0.05 LSB from a transition must be the same
            if (Math.abs((out + 1.28) / LSB + 0.5 - Math.rint((out + 1.28) / LSB + 0.5)) > 0.05) {
                assertEquals(adc(out), code, c + ": code away from a transition");
            } else {
                off++;
            }
        }
        assertTrue(off <= N / 2, off + " columns within 0.05 LSB of a transition: too few codes checked exactly");
        double rms = Math.sqrt(ss / N);
        assertEquals(rms, single(run, "evmm_rms"), 2e-3 * rms + 1e-3 * 1e-6, "RMS vmm error (A)");
        assertEquals(single(run, "evmm_rms") * RF, single(run, "ev_rms"), 1e-15, "RMS TIA error (V)");
        assertEquals(single(run, "ev_rms") / LSB, single(run, "elsb_rms"), 1e-9, "RMS error (LSB)");
        for (int j = 0; j < 2; j++) {
            double ideal = single(run, "iideal" + j);
            assertEquals(Math.rint((1.28 - ideal * RF) / LSB), single(run, "codeideal" + j), 0.0);
            assertEquals(p.value("x(yadc" + j + ")"), single(run, "code" + j), 0.0);
        }
    }

    private static double single(DeckRun run, String name) {
        assertEquals(1, run.measure(name).size());
        assertTrue(!run.measure(name).get(0).failed(), name + " failed");
        return run.measure(name).get(0).value();
    }
}
