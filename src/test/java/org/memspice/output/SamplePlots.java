package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Plots shaped like ngspice's own (OP without a scale, DC sweeps, transient) filled with awkward values. */
final class SamplePlots {
    record Plot(PlotHeader header, List<double[]> rows) {}

    static final double[] AWKWARD = {
        1e-300, -0.0, 1.0 / 3, 1e17 + 1, Math.nextUp(1e17), 0.1, -2.0 / 3, Math.PI * 1e-12, 123456789.12345678,
        Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MAX_VALUE, 1e300, 9.999999999999999e22, 0.0, 5e-324 * 3,
    };

    private SamplePlots() {}

    static List<Plot> all() {
        String title = "memspice round trip";
        List<Plot> plots = new ArrayList<>();
        plots.add(new Plot(new PlotHeader(title, "Operating Point", List.of(
                v("v(in)"), v("v(out)"), i("i(v1)"))),
                List.<double[]>of(new double[] {1.0, 2.0 / 3, -1.0 / 3000})));
        plots.add(new Plot(new PlotHeader(title, "DC transfer characteristic", List.of(
                v("v(v-sweep)"), v("v(in)"), v("v(x1.n2)"), i("i(v1)"))),
                rows(4, 7, 1)));
        plots.add(new Plot(new PlotHeader(title, "DC transfer characteristic", List.of(
                i("i(i-sweep)"), v("v(in)"), i("i(v1)"))),
                rows(3, 3, 2)));
        List<double[]> tran = rows(6, 60, 3);
        for (int p = 0; p < tran.size(); p++) {
            tran.get(p)[0] = p * 1e-9 / 3; // a growing scale, as a transient has
        }
        plots.add(new Plot(new PlotHeader(title, "Transient Analysis", List.of(
                new Variable("time", VariableType.TIME), v("v(in)"), v("v(a,b)"), i("i(v1)"), i("i(l1)"),
                new Variable("x(ym1)", VariableType.NOTYPE))),
                tran));
        return plots;
    }

    /** The awkward values first, then random bit patterns across the whole finite range. */
    static List<double[]> rows(int nvars, int npoints, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<double[]> rows = new ArrayList<>();
        int k = 0;
        for (int p = 0; p < npoints; p++) {
            double[] row = new double[nvars];
            for (int v = 0; v < nvars; v++, k++) {
                if (k < AWKWARD.length) {
                    row[v] = AWKWARD[k];
                } else {
                    double d;
                    do {
                        d = Double.longBitsToDouble(rnd.nextLong());
                    } while (!Double.isFinite(d));
                    row[v] = d;
                }
            }
            rows.add(row);
        }
        return rows;
    }

    static void write(WaveformSink sink, List<Plot> plots) throws IOException {
        double[] reused = null;
        for (Plot plot : plots) {
            sink.beginPlot(plot.header());
            for (double[] row : plot.rows()) {
                // the sink may not keep the array: hand it the same one each time
                if (reused == null || reused.length != row.length) {
                    reused = new double[row.length];
                }
                System.arraycopy(row, 0, reused, 0, row.length);
                sink.point(reused);
            }
            sink.endPlot();
        }
    }

    static void assertSame(List<Plot> expected, List<RawPlot> actual) {
        assertEquals(expected.size(), actual.size(), "plot count");
        for (int k = 0; k < expected.size(); k++) {
            Plot e = expected.get(k);
            RawPlot a = actual.get(k);
            assertEquals(e.header().title(), a.title());
            assertEquals(e.header().plotName(), a.plotName());
            assertEquals(e.header().variables(), a.variables());
            assertEquals(e.rows().size(), a.pointCount());
            for (int p = 0; p < e.rows().size(); p++) {
                for (int v = 0; v < e.header().variables().size(); v++) {
                    assertBits(e.rows().get(p)[v], a.columns()[v][p], "plot " + k + " point " + p + " var " + v);
                }
            }
        }
    }

    static void assertBits(double expected, double actual, String where) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> where + ": expected " + expected + " but was " + actual);
    }

    private static Variable v(String name) {
        return new Variable(name, VariableType.VOLTAGE);
    }

    private static Variable i(String name) {
        return new Variable(name, VariableType.CURRENT);
    }
}
