package org.memspice.measure;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memspice.analysis.SolutionObserver;
import org.memspice.circuit.AnalysisRequest;

/**
 * Records, while the analyses run, the scale and the signals the measurements read, then evaluates the
 * measurements. When a netlist has several analyses of one kind, measurements read the last of them.
 */
public final class MeasureRecorder implements SolutionObserver {
    private final List<Measurement> measurements;
    private final Map<Measurement.Analysis, Map<String, Signal>> signals = new EnumMap<>(Measurement.Analysis.class);
    private final Map<Measurement.Analysis, Trace> traces = new EnumMap<>(Measurement.Analysis.class);
    private Trace current;

    public MeasureRecorder(List<Measurement> measurements) {
        this.measurements = List.copyOf(measurements);
        for (Measurement m : measurements) {
            Map<String, Signal> byName = signals.computeIfAbsent(m.analysis(), a -> new LinkedHashMap<>());
            m.signals().forEach(s -> byName.putIfAbsent(s.name(), s));
        }
    }

    @Override
    public void beginAnalysis(AnalysisRequest analysis) {
        Measurement.Analysis kind = analysis instanceof AnalysisRequest.Transient ? Measurement.Analysis.TRAN
                : analysis instanceof AnalysisRequest.DcSweep ? Measurement.Analysis.DC : null;
        current = kind == null || !signals.containsKey(kind) ? null
                : new Trace(kind == Measurement.Analysis.DC, signals.get(kind));
        if (current != null) {
            traces.put(kind, current);
        }
    }

    @Override
    public void point(double scale, double[] solution) {
        if (current != null) {
            current.add(scale, solution);
        }
    }

    @Override
    public void endAnalysis() {
        current = null;
    }

    public List<MeasureResult> results() {
        return MeasureEvaluator.evaluate(measurements, traces);
    }
}
