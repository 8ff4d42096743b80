package org.memspice.testing;

import java.util.ArrayList;
import java.util.List;
import org.memspice.output.PlotHeader;
import org.memspice.output.WaveformSink;

/** A sink that keeps every plot in memory, for tests. */
public final class MemorySink implements WaveformSink {
    private final List<SimPlot> plots = new ArrayList<>();
    private PlotHeader header;
    private List<double[]> rows;

    @Override
    public void beginPlot(PlotHeader h) {
        header = h;
        rows = new ArrayList<>();
    }

    @Override
    public void point(double[] values) {
        rows.add(values.clone());
    }

    @Override
    public void endPlot() {
        plots.add(new SimPlot(header, rows));
    }

    @Override
    public void commit() {}

    @Override
    public void close() {}

    public List<SimPlot> plots() {
        return plots;
    }
}
