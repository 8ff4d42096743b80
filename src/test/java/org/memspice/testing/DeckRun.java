package org.memspice.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.memspice.analysis.SolutionObserver;
import org.memspice.circuit.SimulationPlan;
import org.memspice.measure.MeasureRecorder;
import org.memspice.measure.MeasureResult;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.sweep.StepPoint;
import org.memspice.sweep.StepRunner;

/** A deck file run as the CLI runs it (every .step/.mc step): its plots and each step's .meas results. */
public record DeckRun(List<SimPlot> plots, List<List<MeasureResult>> measures) {

    public static DeckRun of(Path deck) throws Exception {
        StepRunner runner = StepRunner.prepare(NetlistParser.read(deck));
        List<MeasureRecorder> recorders = new ArrayList<>();
        MemorySink sink = new MemorySink();
        runner.run(sink, new StepRunner.StepObserver() {
            @Override
            public SolutionObserver solutions(StepPoint point, SimulationPlan plan) {
                MeasureRecorder recorder = new MeasureRecorder(plan.measurements());
                recorders.add(recorder);
                return recorder;
            }
        });
        return new DeckRun(sink.plots(), recorders.stream().map(MeasureRecorder::results).toList());
    }

    /** The result named {@code name} (any case) in every step, in step order. */
    public List<MeasureResult> measure(String name) {
        List<MeasureResult> out = new ArrayList<>();
        for (List<MeasureResult> step : measures) {
            Optional<MeasureResult> r = step.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
            out.add(r.orElseThrow(() -> new AssertionError("no .meas " + name.toLowerCase(Locale.ROOT))));
        }
        return out;
    }
}
