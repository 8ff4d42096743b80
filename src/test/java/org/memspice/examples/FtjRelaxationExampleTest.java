package org.memspice.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.testing.DeckRun;
import org.memspice.testing.SimPlot;

/**
 * netlists/examples/ftj_array_relaxation.cir against the physics of Model C (models/bto_ftj.lib, nominal): before
 * the trains every cell conducts gmid·V (surrogate law at s = u = n = 0, at its own bias after the lines' drop);
 * after them the potentiated rows read above G_init and decay, the depressed rows read below and rise, never
 * crossing it (checked at every read and, through G = gmid·exp(ws·s + wu·u + wv·n), at every time point); and the
 * volatile states relax at rest as exp(−t/τ) with the card's τ of their polarity at 27 °C.
 */
class FtjRelaxationExampleTest {
    private static final double GMID = 480e-6;
    private static final double WS = 0.609;
    private static final double WU = 0.284;
    private static final double WV = 0.284;
    private static final double VR = 0.1;
    private static final double VNL = 0.4;
    private static final double[] READS = {0.5e-3, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 2.0};
    private static final double K_B = 8.617333262e-5; // eV/K
    private static final double T = 300.15; // 27 °C, the default circuit temperature; the card's tref is 300 K

    @TempDir
    Path dir;

    /** τ(T) = τ_ref/r(T), r = exp[−(E/k)(1/T − 1/tref)] (models/README.md, FTJ §3.4). */
    private static double tau(double tauRef, double activation) {
        return tauRef / Math.exp(-(activation / K_B) * (1 / T - 1 / 300.0));
    }

    @Test
    void potentiatedCellsDecayDepressedCellsRiseNeverCrossingTheirInitialConductance() throws Exception {
        StringBuilder print = new StringBuilder(".print tran");
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                String c = "xb.c" + i + "_" + j;
                print.append(" i(").append(c).append(") x(").append(c).append(") x(").append(c).append(",u) x(")
                        .append(c).append(",n) v(xb.w").append(i).append('_').append(j).append(") v(xb.b")
                        .append(i).append('_').append(j).append(')');
            }
        }
        DeckRun run = ExampleDecks.runWithPrint("ftj_array_relaxation.cir", dir, print.toString());
        ExampleDecks.assertAllFinite(run.plots());
        SimPlot p = run.plots().get(0);
        double[] time = p.vector("time");
        double trainEnd = 1e-3 + 9 * 10e-3 + 102e-6;
        for (int i = 0; i < 4; i++) {
            boolean potentiated = i < 2;
            for (int j = 0; j < 4; j++) {
                String c = "xb.c" + i + "_" + j;
                String cell = "cell " + i + "_" + j;
                // G_init: the read before the train, surrogate law I = G·Vr·sinh(V/Vnl)/sinh(Vr/Vnl) at G = gmid
                double t0 = READS[0] + 50e-6;
                double v = ExampleDecks.at(p, "v(xb.w" + i + "_" + j + ")", t0)
                        - ExampleDecks.at(p, "v(xb.b" + i + "_" + j + ")", t0);
                double i0 = GMID * VR * Math.sinh(v / VNL) / Math.sinh(VR / VNL);
                double read0 = ExampleDecks.at(p, "i(y" + c + ")", t0);
                assertEquals(i0, read0, 1e-4 * i0, cell + ": G_init read");
                assertTrue(Math.abs(v - VR) < 0.005 * VR, cell + ": the lines take < 0.5 % of the read");
                double previous = Double.NaN;
                for (int k = 1; k < READS.length; k++) {
                    double read = ExampleDecks.at(p, "i(y" + c + ")", READS[k] + 50e-6);
                    if (potentiated) {
                        assertTrue(read > read0, cell + ": read " + k + " above G_init");
                        assertTrue(!(read >= previous), cell + ": decays (read " + k + ")");
                    } else {
                        assertTrue(read < read0, cell + ": read " + k + " below G_init");
                        assertTrue(!(read <= previous), cell + ": rises (read " + k + ")");
                    }
                    previous = read;
                }
                // never crossing, at every point after the train: G from the states (the conduction law's G)
                double[] s = p.vector("x(y" + c + ")");
                double[] u = p.vector("x(y" + c + ",u)");
                double[] n = p.vector("x(y" + c + ",n)");
                for (int m = 0; m < time.length; m++) {
                    if (time[m] > trainEnd) {
                        double g = GMID * Math.exp(WS * s[m] + WU * u[m] + WV * n[m]);
                        assertTrue(potentiated ? g > GMID : g < GMID, cell + ": G crosses G_init at " + time[m]);
                    }
                }
                // relaxation at rest: u from 0.1 s to 0.15 s, n from 0.1 s to 0.5 s (reads of 100 us at 0.1 V drive
                // them by K(0.1 V)·100 us ~ 1e-5: negligible)
                double ua = ExampleDecks.at(p, "x(y" + c + ",u)", READS[1] + 200e-6);
                double ub = ExampleDecks.at(p, "x(y" + c + ",u)", READS[2]);
                double na = ExampleDecks.at(p, "x(y" + c + ",n)", READS[1] + 200e-6);
                double nb = ExampleDecks.at(p, "x(y" + c + ",n)", READS[5]);
                assertTrue(potentiated ? ua > 0.05 && na > 0.05 : ua < -0.05 && na < -0.05, cell + ": u, n polarity");
                double tauU = potentiated ? tau(69e-3, 0.23) : tau(66e-3, 0.23);
                double tauN = potentiated ? tau(240e-3, 0.70) : tau(380e-3, 0.70);
                double dtU = READS[2] - READS[1] - 200e-6;
                double dtN = READS[5] - READS[1] - 200e-6 - 3 * 100e-6; // three reads in between: not at rest
                assertEquals(Math.exp(-dtU / tauU), ub / ua, 1e-3 * Math.exp(-dtU / tauU), cell + ": u relaxes");
                assertEquals(Math.exp(-dtN / tauN), nb / na, 5e-3 * Math.exp(-dtN / tauN), cell + ": n relaxes");
            }
        }
        // the deck's own .meas: read currents of column 1
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < READS.length; k++) {
                var r = run.measure("i" + i + "_" + k);
                assertEquals(ExampleDecks.at(p, "i(yxb.c" + i + "_1)", READS[k] + 50e-6), r.get(0).value(), 1e-12);
            }
        }
    }
}
