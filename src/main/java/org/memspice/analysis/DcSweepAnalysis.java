package org.memspice.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.memspice.circuit.AnalysisRequest;
import org.memspice.device.AnalysisMode;
import org.memspice.device.DcSweepable;
import org.memspice.output.PlotHeader;
import org.memspice.output.Variable;
import org.memspice.output.VariableType;
import org.memspice.output.WaveformSink;

/**
 * {@code .dc}: operating points while one or two sources are swept, the first (inner) fastest. Each point starts
 * Newton from the previous solution; the first uses the full operating-point strategy. All points go into one
 * plot whose scale is the inner source's value, as in SPICE3.
 */
final class DcSweepAnalysis {
    private DcSweepAnalysis() {}

    static AnalysisStatistics run(SolverSession session, AnalysisRequest.DcSweep request, OutputColumns columns,
                                  WaveformSink sink) throws SimulationException, IOException {
        AnalysisStatistics.Counters before = AnalysisStatistics.Counters.of(session);
        List<AnalysisRequest.Sweep> sweeps = request.sweeps();
        AnalysisRequest.Sweep inner = sweeps.get(0);
        AnalysisRequest.Sweep outer = sweeps.size() > 1 ? sweeps.get(1) : null;
        DcSweepable innerSource = (DcSweepable) session.circuit().device(inner.source());
        DcSweepable outerSource = outer == null ? null : (DcSweepable) session.circuit().device(outer.source());

        Variable scale = new Variable(innerSource.isVoltage() ? "v(v-sweep)" : "i(i-sweep)",
                innerSource.isVoltage() ? VariableType.VOLTAGE : VariableType.CURRENT);
        sink.beginPlot(new PlotHeader(session.circuit().title(), "DC transfer characteristic",
                columns.variables(scale)));
        double[] x = new double[session.size()];
        double[] row = new double[1 + columns.size()];
        long points = 0;
        boolean first = true;
        try {
            int outerPoints = outer == null ? 1 : outer.points();
            for (int j = 0; j < outerPoints; j++) {
                if (outerSource != null) {
                    outerSource.setSweepValue(outer.value(j));
                }
                for (int k = 0; k < inner.points(); k++) {
                    double value = inner.value(k);
                    innerSource.setSweepValue(value);
                    solvePoint(session, x, first, value);
                    first = false;
                    row[0] = value;
                    columns.fill(row, 1, x);
                    sink.point(row);
                    points++;
                }
            }
        } finally {
            innerSource.clearSweepValue();
            if (outerSource != null) {
                outerSource.clearSweepValue();
            }
        }
        sink.endPlot();
        return before.finish(session, "dc", points, 0, 0);
    }

    private static void solvePoint(SolverSession session, double[] x, boolean first, double value)
            throws SimulationException {
        String what = "dc sweep at " + value;
        if (!first) {
            session.system().setAnalysisPoint(AnalysisMode.DC, 0.0, 0.0);
            double[] guess = x.clone();
            if (session.newton().solve(x, 0.0, null, null, session.options().itl1()).converged()) {
                return;
            }
            System.arraycopy(guess, 0, x, 0, x.length);
        }
        session.operatingPoint(x, Map.of(), what);
    }
}
