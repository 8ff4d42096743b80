package org.memspice.regression;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.memspice.analysis.SimulationException;
import org.memspice.analysis.SolutionObserver;
import org.memspice.circuit.SimulationPlan;
import org.memspice.compare.CompLines;
import org.memspice.compare.CompareException;
import org.memspice.compare.ComparisonReport;
import org.memspice.compare.Tolerances;
import org.memspice.compare.WaveformComparison;
import org.memspice.measure.MeasureFile;
import org.memspice.measure.MeasureRecorder;
import org.memspice.measure.MeasureResult;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.output.RawPlot;
import org.memspice.output.RawPlotSink;
import org.memspice.output.RawReader;
import org.memspice.output.RawWriter;
import org.memspice.output.Variable;
import org.memspice.output.VariableType;
import org.memspice.sweep.StepPoint;
import org.memspice.sweep.StepRunner;

/**
 * A regression deck and its goldens beside it: {@code deck.cir} → {@code deck.golden.raw}, the waveforms of a
 * memspice run as a binary raw file, and, when the deck has {@code .meas} cards, {@code deck.golden.measure}, its
 * measurement table. A check runs the deck in this JVM as {@code memspice run} does and compares every plot, and
 * the measurements as one more plot ({@code Measurements}: one point per run, a column {@code meas(NAME)} per
 * column of the table), with the deck's {@code *COMP} tolerances; signals or plots in one side only fail it.
 * Goldens carry a fixed date, so blessing an unchanged deck changes no byte of them.
 */
public final class RegressionDeck {
    public static final String GOLDEN_SUFFIX = ".golden.raw";
    public static final String MEASURE_SUFFIX = ".golden.measure";
    static final String MEASUREMENTS = "Measurements";
    private static final Clock FIXED_DATE = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    private final Path deck;

    public RegressionDeck(Path deck) {
        this.deck = deck;
    }

    public Path deck() {
        return deck;
    }

    public Path golden() {
        return beside(GOLDEN_SUFFIX);
    }

    public Path goldenMeasures() {
        return beside(MEASURE_SUFFIX);
    }

    private Path beside(String suffix) {
        String name = deck.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return deck.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }

    /** What one run of the deck produced: its plots and its measurement table (null without {@code .meas}). */
    public record Run(List<RawPlot> plots, MeasureFile.Table measures, List<String> stepColumns,
                      List<double[]> stepValues, List<List<MeasureResult>> results) {}

    /** Runs every step of the deck into memory. */
    public Run run() throws IOException, NetlistException, SimulationException {
        StepRunner runner = StepRunner.prepare(NetlistParser.read(deck));
        if (runner.firstPlan().analyses().isEmpty()) {
            throw new SimulationException("no analysis (.op, .dc, .tran) to run");
        }
        RawPlotSink sink = new RawPlotSink();
        List<MeasureRecorder> recorders = new ArrayList<>();
        List<double[]> stepValues = new ArrayList<>();
        List<List<String>> stepColumns = new ArrayList<>();
        runner.run(sink, new StepRunner.StepObserver() {
            @Override
            public SolutionObserver solutions(StepPoint point, SimulationPlan plan) {
                if (plan.measurements().isEmpty()) {
                    return SolutionObserver.NONE;
                }
                MeasureRecorder recorder = new MeasureRecorder(plan.measurements());
                recorders.add(recorder);
                stepValues.add(point.values());
                stepColumns.add(point.columnNames());
                return recorder;
            }
        });
        if (recorders.isEmpty()) {
            return new Run(sink.plots(), null, List.of(), List.of(), List.of());
        }
        boolean stepped = runner.steps().stepped();
        List<String> columns = stepped ? stepColumns.get(0) : List.of();
        List<double[]> values = stepped ? stepValues : List.of();
        List<List<MeasureResult>> results = recorders.stream().map(MeasureRecorder::results).toList();
        List<String> names = new ArrayList<>(columns);
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            double[] row = new double[columns.size() + results.get(r).size()];
            for (int c = 0; c < columns.size(); c++) {
                row[c] = values.get(r)[c];
            }
            for (int m = 0; m < results.get(r).size(); m++) {
                MeasureResult mr = results.get(r).get(m);
                row[columns.size() + m] = mr.failed() ? Double.NaN : mr.value();
                if (r == 0) {
                    names.add(mr.name());
                }
            }
            rows.add(row);
        }
        return new Run(sink.plots(), new MeasureFile.Table(names, rows), columns, values, results);
    }

    /** The deck's {@code *COMP} tolerances. */
    public Tolerances tolerances() throws IOException, NetlistException {
        return Tolerances.builder().rules(CompLines.read(deck)).build();
    }

    /** Runs the deck and compares it with its goldens. */
    public ComparisonReport check() throws IOException, NetlistException, SimulationException, CompareException {
        Tolerances tolerances = tolerances();
        if (!Files.exists(golden())) {
            throw new NoSuchFileException(golden() + " (no golden yet: run 'memspice bless " + deck + "')");
        }
        List<RawPlot> expected = goldenPlots();
        Run run = run();
        return WaveformComparison.compare(golden().toString(), expected, "the run of " + deck,
                withMeasures(run.plots(), run.measures()), tolerances, true);
    }

    /** The goldens' plots, the measurement table as the last one. */
    List<RawPlot> goldenPlots() throws IOException {
        List<RawPlot> plots = RawReader.read(golden());
        MeasureFile.Table table = Files.exists(goldenMeasures()) ? MeasureFile.read(goldenMeasures()) : null;
        return withMeasures(plots, table);
    }

    static List<RawPlot> withMeasures(List<RawPlot> plots, MeasureFile.Table table) {
        if (table == null) {
            return plots;
        }
        List<RawPlot> all = new ArrayList<>(plots);
        int n = table.columns().size();
        List<Variable> vars = new ArrayList<>(n + 1);
        double[][] columns = new double[n + 1][table.rows().size()];
        vars.add(new Variable("run", VariableType.NOTYPE));
        for (String c : table.columns()) {
            vars.add(new Variable("meas(" + c + ")", VariableType.NOTYPE));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            columns[0][r] = r + 1;
            for (int c = 0; c < n; c++) {
                columns[c + 1][r] = table.rows().get(r)[c];
            }
        }
        all.add(new RawPlot(MEASUREMENTS.toLowerCase(), null, MEASUREMENTS, vars, columns));
        return all;
    }

    /** What blessing changed. {@code before} is null for a new golden. */
    public record Blessed(Path deck, boolean created, boolean unchanged, ComparisonReport before, String problem) {
        /** One line: new, unchanged, or how the new golden differs from the old one. */
        public String describe() {
            if (problem != null) {
                return deck + ": golden written; the old one could not be compared: " + problem;
            }
            if (created) {
                return deck + ": golden written (new)";
            }
            if (unchanged) {
                return deck + ": golden unchanged";
            }
            return deck + ": golden updated; against the old golden: " + before.summary()
                    + (before.pass() ? " (changes within the deck's tolerances)" : "");
        }
    }

    /**
     * Runs the deck and writes its goldens (each atomically: a failed run leaves the old ones), then reports what
     * changed against the old goldens with the deck's tolerances.
     */
    public Blessed bless() throws IOException, NetlistException, SimulationException {
        Tolerances tolerances = tolerances();
        Run run = run();
        boolean existed = Files.exists(golden());
        byte[] oldRaw = existed ? Files.readAllBytes(golden()) : null;
        byte[] oldMeasures = Files.exists(goldenMeasures()) ? Files.readAllBytes(goldenMeasures()) : null;
        List<RawPlot> oldPlots = null;
        String problem = null;
        if (existed) {
            try {
                oldPlots = goldenPlots();
            } catch (IOException e) {
                problem = e.getMessage();
            }
        }
        try (RawWriter w = new RawWriter(golden(), true, FIXED_DATE)) {
            RawPlotSink.replay(run.plots(), w);
            w.commit();
        }
        if (run.measures() != null) {
            MeasureFile.write(goldenMeasures(), deck.getFileName().toString(), run.stepColumns(), run.stepValues(),
                    run.results());
        } else {
            Files.deleteIfExists(goldenMeasures());
        }
        if (!existed) {
            return new Blessed(deck, true, false, null, null);
        }
        boolean sameRaw = Arrays.equals(oldRaw, Files.readAllBytes(golden()));
        byte[] newMeasures = Files.exists(goldenMeasures()) ? Files.readAllBytes(goldenMeasures()) : null;
        if (sameRaw && Arrays.equals(oldMeasures, newMeasures)) {
            return new Blessed(deck, false, true, null, null);
        }
        if (problem != null) {
            return new Blessed(deck, false, false, null, problem);
        }
        try {
            ComparisonReport before = WaveformComparison.compare("the old golden", oldPlots, "the new golden",
                    withMeasures(run.plots(), run.measures()), tolerances, true);
            return new Blessed(deck, false, false, before, null);
        } catch (CompareException e) {
            return new Blessed(deck, false, false, null, e.getMessage());
        }
    }
}
