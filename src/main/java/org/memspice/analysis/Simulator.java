package org.memspice.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.memspice.circuit.AnalysisRequest;
import org.memspice.circuit.SimulationPlan;
import org.memspice.output.WaveformSink;

/** Runs the analyses of a plan in netlist order, writing each as one plot into the sink. */
public final class Simulator {
    private final SimulationPlan plan;
    private final SolverSession session;
    private final OutputColumns columns;
    private boolean fixedTimeStep;
    private TransientProgress progress = TransientProgress.NONE;
    private boolean profiling;

    public Simulator(SimulationPlan plan) {
        this.plan = plan;
        this.session = new SolverSession(plan.circuit(), plan.options());
        this.columns = new OutputColumns(plan);
    }

    /** Takes every transient step at tmax without truncation-error control (order-of-accuracy studies). */
    public Simulator withFixedTimeStep() {
        fixedTimeStep = true;
        return this;
    }

    /** Reports the progress of transients to {@code progress}. */
    public Simulator withProgress(TransientProgress progress) {
        this.progress = progress;
        return this;
    }

    /** Measures where the time goes (device loading, LU, output) for {@link AnalysisStatistics#profile()}. */
    public Simulator withProfiling(boolean on) {
        profiling = on;
        session.newton().setProfiling(on);
        return this;
    }

    public List<AnalysisStatistics> run(WaveformSink sink) throws SimulationException, IOException {
        return run(sink, SolutionObserver.NONE);
    }

    /** Runs the analyses; {@code observer} also sees every written point (for {@code .meas}). */
    public List<AnalysisStatistics> run(WaveformSink sink, SolutionObserver observer)
            throws SimulationException, IOException {
        List<AnalysisStatistics> stats = new ArrayList<>();
        for (AnalysisRequest a : plan.analyses()) {
            observer.beginAnalysis(a);
            columns.observer = observer;
            if (a instanceof AnalysisRequest.OperatingPoint) {
                stats.add(OperatingPointAnalysis.run(session, columns, sink));
            } else if (a instanceof AnalysisRequest.DcSweep dc) {
                stats.add(DcSweepAnalysis.run(session, dc, columns, sink));
            } else if (a instanceof AnalysisRequest.Transient tran) {
                stats.add(new TransientAnalysis(session, tran, plan.initialConditions(), columns, fixedTimeStep,
                        progress, profiling).run(sink));
            }
            observer.endAnalysis();
        }
        return stats;
    }

    public SolverSession session() {
        return session;
    }
}
