package org.memspice.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.measure.MeasureResult;
import org.memspice.testing.DeckRun;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/**
 * netlists/examples/ag_1r_half_select.cir. The read (.op) is checked against a computation that shares nothing with
 * the simulator: each cell's DC current from Model A (A1) with the LSMO series resistance, solved by bisection, and
 * for floating lines a Gauss-Seidel solve of the floating line voltages (KCL). The write is checked against the
 * physics: the selected cell sets in every scheme; half-selected HRS cells move more under V/2 (0.7 V, above V_s0)
 * than under V/3 (0.47 V); unselected LRS cells keep their state under V/2 (0 V) and partially reset under V/3
 * (−0.47 V, beyond this cell's |V_reset| ≈ 0.19 V); and each disturbed cell follows a lone cell driven by the same
 * fraction of the waveform (ideal lines: the array adds only µV of IR drop).
 */
class AgHalfSelectExampleTest {
    // models/agqd_lsmo.lib: I = i0·exp(−x/x0)·sinh(V_c/v0) (A1, pools at rest at the .op), V_c = V − I·rs (Model B)
    private static final double I0 = 5.24e-7;
    private static final double X0_NM = 0.25;
    private static final double V0 = 0.25;
    private static final double RS = 6e5;
    private static final double VR = 0.2;
    private static final int N = 8;
    private static final int ROW = 3;
    private static final int COL = 4;

    @TempDir
    Path dir;

    /**
     * The DC current of a cell of gap x (nm) at terminal bias v: I = i0·e^(−x/x0)·sinh(V_c/v0) with V_c the root of
     * h(V_c) = V_c + rs·i0·e^(−x/x0)·sinh(V_c/v0) − |v| (odd in v), found by Newton from V_c = |v|, where h ≥ 0:
     * h is increasing and convex on [0, ∞), so the iterates fall monotonically onto the root.
     */
    static double cellCurrent(double xNm, double v) {
        double g = I0 * Math.exp(-xNm / X0_NM);
        double target = Math.abs(v);
        double vc = target;
        for (int k = 0; k < 200; k++) {
            double h = vc + RS * g * Math.sinh(vc / V0) - target;
            double step = h / (1 + RS * g * Math.cosh(vc / V0) / V0);
            vc -= step;
            if (Math.abs(step) <= 1e-15 * target) {
                return Math.signum(v) * g * Math.sinh(vc / V0);
            }
        }
        throw new AssertionError("cell current did not converge at " + v + " V");
    }

    /** The gaps of ag_1r_states.csv in nm (read here, not through the crossbar card). */
    private static double[][] gaps() throws Exception {
        double[][] x = new double[N][];
        int i = 0;
        for (String line : Files.readAllLines(ExampleDecks.EXAMPLES.resolve("ag_1r_states.csv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            x[i] = new double[N];
            for (int j = 0; j < N; j++) {
                String s = f[j].strip();
                assertTrue(s.endsWith("n"), s);
                x[i][j] = Double.parseDouble(s.substring(0, s.length() - 1));
            }
            i++;
        }
        assertEquals(N, i);
        return x;
    }

    /** Column COL's current and the selected cell's with word lines at wl[i] and bit lines at bl[j]. */
    private static double[] column(double[][] x, double[] wl, double[] bl) {
        double icol = 0;
        for (int i = 0; i < N; i++) {
            icol += cellCurrent(x[i][COL], wl[i] - bl[COL]);
        }
        return new double[] {icol, cellCurrent(x[ROW][COL], wl[ROW] - bl[COL])};
    }

    private static double[] biased(double selected, double others, int sel) {
        double[] v = new double[N];
        java.util.Arrays.fill(v, others);
        v[sel] = selected;
        return v;
    }

    /** Floating unselected lines: Gauss-Seidel on KCL at each floating line (each cell current is monotone in v). */
    private static double[] floating(double[][] x) {
        double[] wl = biased(VR, VR / 3, ROW);
        double[] bl = biased(0, VR / 3, COL);
        for (int sweep = 0; sweep < 500; sweep++) {
            double moved = 0;
            for (int i = 0; i < N; i++) {
                if (i != ROW) {
                    final int r = i;
                    double before = wl[i];
                    wl[i] = root(v -> {
                        double s = 0;
                        for (int j = 0; j < N; j++) {
                            s += cellCurrent(x[r][j], v - bl[j]);
                        }
                        return s;
                    });
                    moved = Math.max(moved, Math.abs(wl[i] - before));
                }
            }
            for (int j = 0; j < N; j++) {
                if (j != COL) {
                    final int c = j;
                    double before = bl[j];
                    bl[j] = -root(v -> { // -v: the bit line's voltage is the root of the current into it
                        double s = 0;
                        for (int i = 0; i < N; i++) {
                            s += cellCurrent(x[i][c], wl[i] + v);
                        }
                        return s;
                    });
                    moved = Math.max(moved, Math.abs(bl[j] - before));
                }
            }
            if (moved < 1e-13) {
                return column(x, wl, bl);
            }
        }
        throw new AssertionError("the floating-line solve did not converge");
    }

    /** The root in [−VR, VR] of an increasing function. */
    private static double root(java.util.function.DoubleUnaryOperator f) {
        double lo = -VR;
        double hi = VR;
        for (int k = 0; k < 56; k++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    @Test
    void readSneakFractionsMatchAnIndependentSolveAndWriteDisturbFollowsTheBiasScheme() throws Exception {
        double[][] x = gaps();
        assertTrue(x[ROW][COL] > 2, "the accessed cell is HRS");

        // the deck with one more .print card (the gap of every cell of XH and XT): .op read, .meas, every cell
        DeckRun run = ExampleDecks.runWithPrint("ag_1r_half_select.cir", dir, everyGap(), "ag_1r_states.csv");
        ExampleDecks.assertAllFinite(run.plots());
        SimPlot op = run.plots().get(0);
        double[][] expected = {
            column(x, biased(VR, VR / 2, ROW), biased(0, VR / 2, COL)),
            column(x, biased(VR, VR / 3, ROW), biased(0, 2 * VR / 3, COL)),
            floating(x)};
        String[] arrays = {"xh", "xt", "xf"};
        double[] sneak = new double[3];
        for (int s = 0; s < 3; s++) {
            String a = arrays[s];
            double icol = op.value("icol(" + a + ",4)");
            // IR drop: < 8 segments x 2.5 Ohm x 0.3 uA = 6 uV on >= 67 mV of cell bias: < 1e-4 (measured 3e-5)
            assertEquals(expected[s][0], icol, 1e-4 * expected[s][0], a + ": icol(4)");
            sneak[s] = op.value("sneak(" + a + ",4,3)");
            double selectedShare = expected[s][1] / expected[s][0];
            assertEquals(selectedShare, 1 - sneak[s], 1e-4 * selectedShare, a + ": 1 - sneak(4,3)");
        }
        assertEquals(expected[0][1], op.value("i(yxh.c3_4)"), 1e-4 * expected[0][1], "selected HRS cell current");
        assertTrue(sneak[0] > 0.999 && sneak[1] > 0.999 && sneak[2] > 0.999,
                "an HRS cell's current is buried in its column's: sneak > 0.999");
        // V/3 puts Vr/3 on the 7 other cells of the column, V/2 puts Vr/2: strictly less sneak current
        assertTrue(expected[1][0] < expected[0][0] && sneak[1] < sneak[0], "V/3 sneaks less than V/2");
        // floating: three cells in series on each sneak path; for this pattern it lies between V/3 and V/2
        assertTrue(sneak[1] < sneak[2] && sneak[2] < sneak[0], "V/3 < floating < V/2");
        assertEquals(op.value("sneak(xh,4,3)"), 1 - op.value("i(yxh.c3_4)") / op.value("icol(xh,4)"), 1e-12);

        // after the write the accessed cell is LRS; the column's other cells still carry a large share
        double hAfter = single(run.measure("sneak_h_after"));
        double tAfter = single(run.measure("sneak_t_after"));
        assertTrue(tAfter < hAfter && hAfter < 0.9 && tAfter > 0.3, "after: V/3 " + tAfter + " < V/2 " + hAfter);
        assertTrue(single(run.measure("xsel_h")) < 0.2 && single(run.measure("xsel_t")) < 0.2, "selected set");

        // --- every cell: disturb against a lone cell under the same bias
        SimPlot tran = run.plots().get(1);
        SimPlot lone = Sim.run(LONE.replace("MODELS", Path.of("models/agqd_lsmo.lib").toAbsolutePath().toString()))
                .get(1);
        double loneSet = ExampleDecks.last(lone, "x(yfull)");
        double loneHalf = ExampleDecks.last(lone, "x(yhalf)");
        double loneThird = ExampleDecks.last(lone, "x(ythird)");
        double loneReset = ExampleDecks.last(lone, "x(yminusthird)");
        assertTrue(loneSet < 0.2 && loneHalf < 1.2 && loneThird > 1.9 && loneReset > 0.4,
                "lone cells: set " + loneSet + ", at V/2 " + loneHalf + ", at V/3 " + loneThird + ", at -V/3 "
                        + loneReset);
        int halfHrs = 0;
        int unselectedLrs = 0;
        for (String a : arrays) {
            assertEquals(loneSet, ExampleDecks.last(tran, "x(y" + a + ".c3_4)"), 2e-3, a + ": selected cell");
        }
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                if (i == ROW && j == COL) {
                    continue;
                }
                double h = ExampleDecks.last(tran, "x(yxh.c" + i + "_" + j + ")");
                double t = ExampleDecks.last(tran, "x(yxt.c" + i + "_" + j + ")");
                String cell = "cell " + i + "_" + j;
                boolean half = i == ROW || j == COL;
                boolean hrs = x[i][j] > 2;
                if (half && hrs) { // set disturb: V/2 puts 0.7 V on it, V/3 0.47 V
                    halfHrs++;
                    assertEquals(loneHalf, h, 1e-3, cell + " under V/2");
                    assertEquals(loneThird, t, 1e-3, cell + " under V/3");
                    assertTrue(x[i][j] - h > 5 * (x[i][j] - t) && x[i][j] - t > 0,
                            cell + ": V/2 disturbs a half-selected HRS cell more than V/3");
                } else if (!half && !hrs) { // 0 V under V/2, -V/3 under V/3
                    unselectedLrs++;
                    assertEquals(x[i][j], h, 1e-4, cell + " keeps its state at 0 V (V/2)");
                    assertEquals(loneReset, t, 1e-3, cell + " under V/3 (-V/3)");
                } else { // LRS pushed further into LRS (half-selected) or HRS pushed into HRS (unselected, V/3)
                    assertEquals(x[i][j], h, 0.02, cell + " under V/2");
                    assertEquals(x[i][j], t, 0.02, cell + " under V/3");
                }
            }
        }
        assertTrue(halfHrs >= 4 && unselectedLrs >= 10, halfHrs + " half-selected HRS, " + unselectedLrs
                + " unselected LRS cells");
    }

    private static String everyGap() {
        StringBuilder b = new StringBuilder(".print tran");
        for (String a : new String[] {"xh", "xt"}) {
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    b.append(" x(").append(a).append(".c").append(i).append('_').append(j).append(')');
                }
            }
        }
        return b.toString();
    }

    private static double single(List<MeasureResult> r) {
        assertEquals(1, r.size());
        return r.get(0).value();
    }

    /** Lone cells (no lines) driven by the deck's master waveform and the fractions the schemes apply. */
    private static final String LONE = """
            lone cells
            .include MODELS
            .param vr=0.2 vw=1.4
            Vm m 0 DC {vr} PWL(0 {vr} 1m {vr} 1.01m {vw} 41.01m {vw} 41.02m {vr} 45m {vr})
            E1 full 0 m 0 1
            E2 half 0 m 0 0.5
            E3 third 0 m 0 {1/3}
            E4 minusthird 0 m 0 {-1/3}
            YMEMRISTOR full full 0 agqd_lsmo xinit=2.2n vs0_c2c=0 vr0_c2c=0
            YMEMRISTOR half half 0 agqd_lsmo xinit=2.2n vs0_c2c=0 vr0_c2c=0
            YMEMRISTOR third third 0 agqd_lsmo xinit=2.2n vs0_c2c=0 vr0_c2c=0
            YMEMRISTOR minusthird minusthird 0 agqd_lsmo xinit=0.1n vs0_c2c=0 vr0_c2c=0
            .op
            .tran 1m 45m
            .end
            """;
}
