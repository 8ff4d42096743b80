package org.memspice.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps every plot in memory as a {@link RawPlot}, as a raw file would read back (regression runs, bless). */
public final class RawPlotSink implements WaveformSink {
    private final List<RawPlot> plots = new ArrayList<>();
    private PlotHeader header;
    private double[][] columns;
    private int points;

    @Override
    public void beginPlot(PlotHeader h) {
        if (header != null) {
            throw new IllegalStateException("plot '" + header.plotName() + "' not ended");
        }
        if (h.variables().isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least one variable");
        }
        header = h;
        columns = new double[h.variables().size()][64];
        points = 0;
    }

    @Override
    public void point(double[] values) {
        if (header == null) {
            throw new IllegalStateException("point outside a plot");
        }
        if (values.length != columns.length) {
            throw new IllegalArgumentException("expected " + columns.length + " values, got " + values.length);
        }
        if (points == columns[0].length) {
            for (int v = 0; v < columns.length; v++) {
                columns[v] = Arrays.copyOf(columns[v], points * 2);
            }
        }
        for (int v = 0; v < values.length; v++) {
            columns[v][points] = values[v];
        }
        points++;
    }

    @Override
    public void endPlot() {
        if (header == null) {
            throw new IllegalStateException("no plot to end");
        }
        for (int v = 0; v < columns.length; v++) {
            columns[v] = Arrays.copyOf(columns[v], points);
        }
        plots.add(new RawPlot(header.title(), null, header.plotName(), header.variables(), columns));
        header = null;
    }

    @Override
    public void commit() {
        if (header != null) {
            endPlot();
        }
    }

    @Override
    public void close() {}

    public List<RawPlot> plots() {
        return plots;
    }

    /** Writes the plots to {@code sink} as they were received (the sink is not committed). */
    public static void replay(List<RawPlot> plots, WaveformSink sink) throws IOException {
        for (RawPlot p : plots) {
            sink.beginPlot(new PlotHeader(p.title(), p.plotName(), p.variables()));
            double[] row = new double[p.variables().size()];
            for (int k = 0; k < p.pointCount(); k++) {
                for (int v = 0; v < row.length; v++) {
                    row[v] = p.columns()[v][k];
                }
                sink.point(row);
            }
            sink.endPlot();
        }
    }
}
