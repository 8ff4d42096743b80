package org.memspice.array;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.memspice.device.Probeable;

/**
 * What designers ask of an array read, as functions of one solution (so they can be printed, measured and written
 * like any vector). With word line i driven at V_i (its driven terminal) and bit line j sensed at its terminal:
 * <ul>
 *   <li>{@code icol(xb,j)}: the current leaving bit line j at its sensed end;</li>
 *   <li>{@code iideal(xb,j)} = Σ_i G_ij·(V_i − V_bl,j): the ideal vector-matrix product, G_ij being each cell's
 *       device chord conductance i/v at its own bias in this solution (deselected 1T1R cells, whose transistor is
 *       off, count 0); the error holds the wires, sneak paths, access transistors and the non-ideal virtual
 *       ground, not the cells' nonlinearity;</li>
 *   <li>{@code vmm(xb,j)} = icol − iideal, and {@code vmm(xb)} its RMS over the columns, in amperes;</li>
 *   <li>{@code sneak(xb,j,r)} = 1 − I_cell(r,j)/icol(j): the fraction of column j's current not from the selected row
 *       r (1R reads with unselected rows biased or floating);</li>
 *   <li>{@code irdrop(xb)}: the worst voltage lost in the lines by any cell,
 *       max |(V_i − v(w_ij)) + (v(b_ij) − V_bl,j)|;</li>
 *   <li>{@code margin(xb,gth)}: the read margin, the smallest chord conductance of the cells at or above
 *       {@code gth} (LRS) over the largest of those below (HRS).</li>
 * </ul>
 */
public final class ArrayQuantities {
    /** What the quantities read: node indices and the cells' currents. */
    public interface Circuit {
        int node(String name);

        /** The cell device at (i, j), or null if memspice cannot compute its current (a subcircuit cell). */
        Probeable cell(int i, int j);
    }

    private final Crossbar.Layout layout;
    private final int[] wordLines;
    private final int[] bitLines;
    private final int[][] tops;
    private final int[][] bitTaps;
    private final int[][] bottoms;
    private final int[] lastTaps;
    private final Probeable[][] cells;

    public ArrayQuantities(Crossbar.Layout layout, Circuit circuit) {
        this.layout = layout;
        int n = layout.rows();
        int m = layout.cols();
        wordLines = new int[n];
        bitLines = new int[m];
        lastTaps = new int[m];
        tops = new int[n][m];
        bitTaps = new int[n][m];
        bottoms = new int[n][m];
        cells = new Probeable[n][m];
        for (int i = 0; i < n; i++) {
            wordLines[i] = circuit.node(layout.wordLine(i));
            for (int j = 0; j < m; j++) {
                tops[i][j] = circuit.node(layout.top(i, j));
                bitTaps[i][j] = circuit.node(layout.bitTap(i, j));
                bottoms[i][j] = circuit.node(layout.bottom(i, j));
                cells[i][j] = circuit.cell(i, j);
            }
        }
        for (int j = 0; j < m; j++) {
            bitLines[j] = circuit.node(layout.bitLine(j));
            lastTaps[j] = bitTaps[n - 1][j];
        }
    }

    /** Which quantities need every cell's current: all but the column current of a resistive bit line. */
    public String missingCells() {
        for (int i = 0; i < layout.rows(); i++) {
            for (int j = 0; j < layout.cols(); j++) {
                if (cells[i][j] == null) {
                    return layout.cell(i, j);
                }
            }
        }
        return null;
    }

    public static List<String> functions() {
        return List.of("icol", "iideal", "vmm", "sneak", "irdrop", "margin");
    }

    public ToDoubleFunction<double[]> columnCurrent(int j) {
        if (!layout.idealBitLines()) {
            double rbl = layout.rbl();
            return x -> (at(x, lastTaps[j]) - at(x, bitLines[j])) / rbl;
        }
        return x -> {
            double sum = 0;
            for (int i = 0; i < layout.rows(); i++) {
                sum += cells[i][j].leadCurrent(x);
            }
            return sum;
        };
    }

    public ToDoubleFunction<double[]> idealCurrent(int j) {
        return x -> {
            double sum = 0;
            for (int i = 0; i < layout.rows(); i++) {
                sum += chord(x, i, j) * (at(x, wordLines[i]) - at(x, bitLines[j]));
            }
            return sum;
        };
    }

    public ToDoubleFunction<double[]> error(int j) {
        ToDoubleFunction<double[]> actual = columnCurrent(j);
        ToDoubleFunction<double[]> ideal = idealCurrent(j);
        return x -> actual.applyAsDouble(x) - ideal.applyAsDouble(x);
    }

    public ToDoubleFunction<double[]> rmsError() {
        List<ToDoubleFunction<double[]>> columns = new java.util.ArrayList<>();
        for (int j = 0; j < layout.cols(); j++) {
            columns.add(error(j));
        }
        return x -> {
            double ss = 0;
            for (ToDoubleFunction<double[]> e : columns) {
                double v = e.applyAsDouble(x);
                ss += v * v;
            }
            return Math.sqrt(ss / columns.size());
        };
    }

    public ToDoubleFunction<double[]> sneakFraction(int j, int row) {
        ToDoubleFunction<double[]> column = columnCurrent(j);
        return x -> 1 - cells[row][j].leadCurrent(x) / column.applyAsDouble(x);
    }

    public ToDoubleFunction<double[]> worstIrDrop() {
        return x -> {
            double worst = 0;
            for (int i = 0; i < layout.rows(); i++) {
                for (int j = 0; j < layout.cols(); j++) {
                    double lost = (at(x, wordLines[i]) - at(x, tops[i][j])) + (at(x, bitTaps[i][j]) - at(x, bitLines[j]));
                    worst = Math.max(worst, Math.abs(lost));
                }
            }
            return worst;
        };
    }

    public ToDoubleFunction<double[]> readMargin(double gth) {
        return x -> {
            double minLrs = Double.POSITIVE_INFINITY;
            double maxHrs = 0;
            for (int i = 0; i < layout.rows(); i++) {
                for (int j = 0; j < layout.cols(); j++) {
                    double g = chord(x, i, j);
                    if (g == 0) {
                        continue; // unbiased: not read
                    }
                    if (g >= gth) {
                        minLrs = Math.min(minLrs, g);
                    } else {
                        maxHrs = Math.max(maxHrs, g);
                    }
                }
            }
            return minLrs / maxHrs;
        };
    }

    /**
     * A cell's weight: its device's chord conductance i/v at its bias in this solution; 0 for an unbiased cell (no
     * current to read) and for a deselected 1T1R cell, whose access transistor conducts less than 1 % of what the
     * device alone would (tap to tap it is nearly open).
     */
    private double chord(double[] x, int i, int j) {
        double top = at(x, tops[i][j]);
        double v = top - at(x, bottoms[i][j]);
        if (Math.abs(v) < 1e-15) {
            return 0;
        }
        double current = cells[i][j].leadCurrent(x);
        double device = current / v;
        if (layout.oneT()) {
            double tapToTap = top - at(x, bitTaps[i][j]);
            if (Math.abs(current / tapToTap) < 0.01 * Math.abs(device)) {
                return 0;
            }
        }
        return device;
    }

    private static double at(double[] x, int unknown) {
        return unknown < 0 ? 0.0 : x[unknown];
    }
}
