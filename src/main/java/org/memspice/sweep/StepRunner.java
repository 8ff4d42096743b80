package org.memspice.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.memspice.analysis.AnalysisStatistics;
import org.memspice.analysis.SimulationException;
import org.memspice.analysis.Simulator;
import org.memspice.analysis.SolutionObserver;
import org.memspice.analysis.TransientProgress;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.circuit.Variation;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.ast.Netlist;
import org.memspice.output.PlotHeader;
import org.memspice.output.WaveformSink;

/**
 * Runs every step of a deck: parse once, then per step elaborate the netlist with the step's parameters,
 * temperature and random draws, and simulate every analysis into one sink, each analysis of each step as a plot
 * of its own. Plot names stay ngspice's ({@code Transient Analysis} …); the title carries the step
 * ({@code "divider (step r=2k)"}, {@code "rc (run 7 of 100)"}) so that viewers tell the steps apart. A deck
 * without {@code .step}/{@code .mc} runs once and writes exactly what it wrote before sweeps existed.
 *
 * <p>Per-step work (such as {@code .measure}) hooks in through a {@link StepObserver}: it sees each step's
 * values and elaborated plan, may tap the step's plots, and hears when the step is done.
 */
public final class StepRunner {
    private final Netlist netlist;
    private final StepPlan steps;
    private final SimulationPlan first;
    /** What the first step was elaborated with (its draw count is read after the step). */
    private final Variation firstVariation;

    private StepRunner(Netlist netlist, StepPlan steps, SimulationPlan first, Variation firstVariation) {
        this.netlist = netlist;
        this.steps = steps;
        this.first = first;
        this.firstVariation = firstVariation;
    }

    /**
     * Plans the steps and elaborates the first one, so that every mistake in the deck, in its {@code .step}
     * cards or elsewhere, is reported before anything is simulated.
     */
    public static StepRunner prepare(Netlist netlist) throws NetlistException {
        StepPlan steps = null;
        List<Diagnostic> errors = new ArrayList<>();
        try {
            steps = StepPlan.of(netlist);
        } catch (NetlistException e) {
            errors.addAll(e.diagnostics());
        }
        SimulationPlan first = null;
        Variation variation = steps == null ? Variation.nominal(netlist) : steps.point(1).variation();
        try {
            first = Elaborator.elaborate(netlist, variation);
        } catch (NetlistException e) {
            errors.addAll(e.diagnostics());
        }
        if (!errors.isEmpty()) {
            Set<Diagnostic> unique = new LinkedHashSet<>(errors);
            List<Diagnostic> sorted = new ArrayList<>(unique);
            sorted.sort(Comparator.comparing((Diagnostic d) -> d.location().file())
                    .thenComparingInt(d -> d.location().line()).thenComparingInt(d -> d.location().column()));
            throw new NetlistException(sorted);
        }
        return new StepRunner(netlist, steps, first, variation);
    }

    public StepPlan steps() {
        return steps;
    }

    /** The elaborated plan of the first step: its warnings, analyses and circuit stand for the whole run. */
    public SimulationPlan firstPlan() {
        return first;
    }

    /** What a finished step produced. {@code draws} counts the random variates its elaboration drew. */
    public record StepResult(StepPoint point, SimulationPlan plan, Simulator simulator,
                             List<AnalysisStatistics> statistics, int draws) {}

    /** Hook for per-step work; every method has a do-nothing default. */
    public interface StepObserver {
        /**
         * A sink that also receives the plots of this step (with the step in their titles), e.g. to measure them,
         * or null. It is ended plot by plot but neither committed nor closed by the runner.
         */
        default WaveformSink tap(StepPoint point, SimulationPlan plan) {
            return null;
        }

        /** Told of every solution of this step's analyses (measurements record what they need from it). */
        default SolutionObserver solutions(StepPoint point, SimulationPlan plan) {
            return SolutionObserver.NONE;
        }

        /** Called after the step's analyses have all been written. */
        default void stepFinished(StepResult result) throws IOException {}

        /** Where this step's transients report their progress. */
        default TransientProgress progress(StepPoint point) {
            return TransientProgress.NONE;
        }

        /** Whether this step measures where its time goes ({@link AnalysisStatistics#profile()}). */
        default boolean profiling() {
            return false;
        }
    }

    /** Runs every step in order into {@code sink}; the first error ends the run. */
    public void run(WaveformSink sink, StepObserver observer) throws NetlistException, SimulationException,
            IOException {
        for (int k = 1; k <= steps.size(); k++) {
            StepPoint point = steps.point(k);
            Variation variation;
            SimulationPlan plan;
            if (k == 1) {
                plan = first; // elaborated by prepare()
                variation = firstVariation;
            } else {
                variation = point.variation();
                try {
                    plan = Elaborator.elaborate(netlist, variation);
                } catch (NetlistException e) {
                    throw inStep(e, point);
                }
            }
            Simulator simulator = new Simulator(plan).withProgress(observer.progress(point))
                    .withProfiling(observer.profiling());
            WaveformSink tap = observer.tap(point, plan);
            WaveformSink target = tap == null ? sink : new TeeSink(sink, tap);
            if (steps.stepped()) {
                target = new StepTitleSink(target, point.label());
            }
            List<AnalysisStatistics> stats;
            try {
                stats = simulator.run(target, observer.solutions(point, plan));
            } catch (SimulationException e) {
                throw steps.stepped() ? new SimulationException("at step " + point.label() + ": " + e.getMessage())
                        : e;
            }
            observer.stepFinished(new StepResult(point, plan, simulator, stats,
                    variation.draws().count()));
        }
    }

    private static NetlistException inStep(NetlistException e, StepPoint point) {
        List<Diagnostic> located = new ArrayList<>();
        for (Diagnostic d : e.diagnostics()) {
            located.add(new Diagnostic(d.location(), d.message() + " (at step " + point.label() + ")",
                    d.sourceLine()));
        }
        return new NetlistException(located);
    }

    /** Puts the step into each plot's title. */
    private static final class StepTitleSink implements WaveformSink {
        private final WaveformSink inner;
        private final String label;

        StepTitleSink(WaveformSink inner, String label) {
            this.inner = inner;
            this.label = label;
        }

        @Override
        public void beginPlot(PlotHeader header) throws IOException {
            String suffix = label.startsWith("run ") ? "(" + label + ")" : "(step " + label + ")";
            inner.beginPlot(new PlotHeader(header.title().isBlank() ? suffix : header.title() + " " + suffix,
                    header.plotName(), header.variables()));
        }

        @Override
        public void point(double[] values) throws IOException {
            inner.point(values);
        }

        @Override
        public void endPlot() throws IOException {
            inner.endPlot();
        }

        @Override
        public void commit() {
            throw new IllegalStateException("the runner never commits");
        }

        @Override
        public void close() {}
    }

    /** Sends every plot to the output and to an observer's tap. */
    private static final class TeeSink implements WaveformSink {
        private final WaveformSink a;
        private final WaveformSink b;

        TeeSink(WaveformSink a, WaveformSink b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void beginPlot(PlotHeader header) throws IOException {
            a.beginPlot(header);
            b.beginPlot(header);
        }

        @Override
        public void point(double[] values) throws IOException {
            a.point(values);
            b.point(values);
        }

        @Override
        public void endPlot() throws IOException {
            a.endPlot();
            b.endPlot();
        }

        @Override
        public void commit() {
            throw new IllegalStateException("the runner never commits");
        }

        @Override
        public void close() {}
    }
}
