package org.memspice.analysis;

import java.io.IOException;
import java.util.Map;
import org.memspice.output.PlotHeader;
import org.memspice.output.WaveformSink;

/**
 * {@code .op}: the DC solution with capacitors open and inductors shorted; one point, no scale. {@code .ic} does not
 * apply: in SPICE it sets transient initial conditions only.
 */
final class OperatingPointAnalysis {
    private OperatingPointAnalysis() {}

    static AnalysisStatistics run(SolverSession session, OutputColumns columns, WaveformSink sink) throws SimulationException, IOException {
        AnalysisStatistics.Counters before = AnalysisStatistics.Counters.of(session);
        double[] x = new double[session.size()];
        session.operatingPoint(x, Map.of(), "operating point");
        sink.beginPlot(new PlotHeader(session.circuit().title(), "Operating Point", columns.variables(null)));
        double[] row = new double[columns.size()];
        columns.fill(row, 0, x);
        sink.point(row);
        sink.endPlot();
        return before.finish(session, "op", 1, 0, 0);
    }
}
