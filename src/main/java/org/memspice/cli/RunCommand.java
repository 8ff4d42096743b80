package org.memspice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.memspice.analysis.AnalysisProfile;
import org.memspice.analysis.AnalysisStatistics;
import org.memspice.analysis.SimulationException;
import org.memspice.analysis.SolutionObserver;
import org.memspice.analysis.TransientProgress;
import org.memspice.circuit.AnalysisRequest;
import org.memspice.circuit.SimulationPlan;
import org.memspice.device.wv.ProgramReport;
import org.memspice.measure.MeasureFile;
import org.memspice.measure.MeasureRecorder;
import org.memspice.measure.MeasureResult;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Statement;
import org.memspice.output.AtomicFileOutput;
import org.memspice.output.FanOutSink;
import org.memspice.output.WaveformFormat;
import org.memspice.output.WaveformSink;
import org.memspice.output.WaveformSinks;
import org.memspice.sweep.StepAxis;
import org.memspice.sweep.StepPlan;
import org.memspice.sweep.StepPoint;
import org.memspice.sweep.StepRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code memspice run NETLIST}: parse, elaborate, simulate every analysis, write the waveforms. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate a netlist and write its waveforms.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:netlist error (file:line:col on stderr)",
                "3:simulation failure (no convergence, time step too small)", "4:output could not be written"})
final class RunCommand implements Callable<Integer> {

    enum Format {
        raw(WaveformFormat.RAW), raw_ascii(WaveformFormat.RAW_ASCII), csv(WaveformFormat.CSV), vcd(WaveformFormat.VCD);

        final WaveformFormat format;

        Format(WaveformFormat format) {
            this.format = format;
        }
    }

    @Parameters(index = "0", paramLabel = "NETLIST", description = "SPICE netlist to simulate.")
    Path netlistPath;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Waveform file; repeat it to write several at once, each in the format its extension"
                    + " names (.raw, .csv, .vcd). Default: the netlist's .options output=, else its name with .raw"
                    + " (.csv, .vcd with --format csv, vcd).")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "raw (binary, default), raw-ascii, csv or vcd (transient plots only): the format of a"
                    + " single output and of files whose extension names none; raw-ascii also writes every .raw"
                    + " output as ASCII.")
    Format format;

    @Option(names = "--save-all", description = "Write every vector however large the circuit (.options saveall).")
    boolean saveAll;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no summary, no warnings.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print, per analysis, time-step statistics, Newton"
            + " iterations per point and where the time went (device loading, LU, output), and the set-up times.")
    boolean verbose;

    enum ProgressMode { auto, always, never }

    @Option(names = "--progress", paramLabel = "WHEN", description = "auto (default: when stderr is a terminal and"
            + " not --quiet), always or never: a transient's progress on one line of stderr, redrawn in place.")
    ProgressMode progress = ProgressMode.auto;

    @CommandLine.ParentCommand
    Main parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toLowerCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected raw, raw-ascii, csv or vcd, got '" + value + "'");
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        StepRunner runner;
        SimulationPlan plan;
        long parsed;
        long elaborated;
        try {
            Netlist netlist = NetlistParser.read(netlistPath);
            if (saveAll) {
                netlist = withOption(netlist, "saveall");
            }
            parsed = System.nanoTime();
            runner = StepRunner.prepare(netlist);
            plan = runner.firstPlan();
            elaborated = System.nanoTime();
        } catch (NoSuchFileException e) {
            err.println(netlistPath + ": error: no such file");
            return Main.NETLIST_ERROR;
        } catch (IOException e) {
            err.println(netlistPath + ": error: cannot read: " + e.getMessage());
            return Main.NETLIST_ERROR;
        } catch (NetlistException e) {
            return reportNetlistErrors(err, e);
        }
        if (!quiet) {
            for (Diagnostic w : plan.warnings()) {
                err.println(w.renderWarning());
            }
        }
        if (plan.analyses().isEmpty()) {
            if (!quiet) {
                err.println(netlistPath + ": warning: no analysis (.op, .dc, .tran) requested; nothing to simulate");
            }
            return Main.OK;
        }
        List<OutputTargets.Target> targets;
        try {
            targets = OutputTargets.resolve(outputs, format == null ? null : format.format, plan.outputOptions(),
                    netlistPath);
            OutputTargets.checkDirectories(targets);
        } catch (OutputTargets.BadOutput e) {
            err.println(e.getMessage());
            return e.exitCode;
        }
        if (targets.stream().anyMatch(t -> t.format() == WaveformFormat.VCD)
                && plan.analyses().stream().noneMatch(a -> a instanceof AnalysisRequest.Transient)) {
            err.println(netlistPath + ": error: a VCD file holds transient waveforms and the netlist has no .tran;"
                    + " use --format raw or csv for .op and .dc results");
            return Main.NETLIST_ERROR;
        }
        Path target = targets.get(0).path();
        Path table = MeasureFile.beside(target);
        Path programTable = ProgramReport.beside(target);
        RunTotals totals = new RunTotals();
        boolean showProgress = progress == ProgressMode.always
                || progress == ProgressMode.auto && !quiet && parent != null && parent.stderrTerminal;
        totals.progress = showProgress ? new TerminalProgress(err, System::nanoTime) : null;
        totals.stepCount = runner.steps().size();
        totals.profiling = verbose && !quiet;
        // every file of the run (waveforms, measurements, write-verify report) is replaced together or not at all
        List<WaveformSink> sinks = new ArrayList<>();
        List<AtomicFileOutput> tables = new ArrayList<>();
        try {
            for (OutputTargets.Target t : targets) {
                sinks.add(WaveformSinks.open(t.path(), t.format(), notice -> {
                    if (!quiet) {
                        err.println(notice);
                    }
                }));
            }
            FanOutSink sink = new FanOutSink(sinks);
            try {
                runner.run(sink, totals);
            } catch (SimulationException e) {
                err.println(netlistPath + ": simulation failed: " + e.getMessage());
                return Main.SIMULATION_FAILURE;
            } catch (NetlistException e) { // a later step's values made the deck invalid
                return reportNetlistErrors(err, e);
            }
            if (!totals.measured.isEmpty()) {
                boolean stepped = runner.steps().stepped();
                tables.add(AtomicFileOutput.written(table, MeasureFile.format(netlistPath.toString(),
                        stepped ? totals.stepColumns : List.of(), stepped ? totals.stepValues : List.of(),
                        totals.results())));
            }
            if (!totals.programs.isEmpty()) {
                tables.add(AtomicFileOutput.written(programTable, ProgramReport.file(netlistPath.toString(),
                        totals.programs)));
            }
            sink.commitWith(tables);
        } catch (IOException e) {
            err.println("memspice: error: cannot write output: " + describe(e)
                    + (targets.size() + tables.size() > 1 ? " (no file of this run was replaced)" : ""));
            return Main.OUTPUT_ERROR;
        } finally {
            closeQuietly(sinks, tables);
        }
        if (!quiet) {
            List<List<MeasureResult>> runs = totals.results();
            for (int k = 0; k < runs.size(); k++) {
                for (MeasureResult r : runs.get(k)) {
                    if (r.failed()) { // like ngspice, a failed measurement does not fail the run
                        err.println(r.loc() + ": warning: .meas " + r.name() + " failed"
                                + (runs.size() > 1 ? " at step " + totals.labels.get(k) : "") + ": " + r.failure());
                    }
                }
            }
            printSummary(out, runner.steps(), totals, targets, (System.nanoTime() - start) * 1e-9);
            printMeasurements(out, totals, table);
            printPrograms(out, totals, programTable);
        }
        if (verbose && !quiet) { // --quiet wins: errors only
            out.printf(Locale.ROOT, "  time      parse %.3f s, elaborate %.3f s, matrix set-up and ordering %.3f s%n",
                    (parsed - start) * 1e-9, (elaborated - parsed) * 1e-9, (totals.setUp - elaborated) * 1e-9);
            out.flush();
        }
        return Main.OK;
    }

    private static int reportNetlistErrors(PrintWriter err, NetlistException e) {
        for (Diagnostic d : e.diagnostics()) {
            err.println(d.render());
        }
        err.println(e.diagnostics().size() + " error" + (e.diagnostics().size() == 1 ? "" : "s"));
        return Main.NETLIST_ERROR;
    }

    /** The first step's circuit and solver (shown in the summary) and statistics summed over the steps. */
    private static final class RunTotals implements StepRunner.StepObserver {
        StepRunner.StepResult first;
        final List<AnalysisStatistics> stats = new ArrayList<>();
        long setUp;
        long draws;
        int steps;
        /** Per step with measurements: its recorder, step values and label. */
        final List<MeasureRecorder> measured = new ArrayList<>();
        final List<double[]> stepValues = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        List<String> stepColumns = List.of();
        /** Per step with write-verify controllers: their achieved-versus-target reports. */
        final List<List<ProgramReport>> programs = new ArrayList<>();
        /** The progress line (null: none), the number of steps it counts, and whether to profile (--verbose). */
        TerminalProgress progress;
        int stepCount;
        boolean profiling;

        @Override
        public TransientProgress progress(StepPoint point) {
            if (progress == null) {
                return TransientProgress.NONE;
            }
            String label = point.label();
            progress.prefix(stepCount <= 1 ? "" : label.startsWith("run ") ? label + ": "
                    : "step " + point.number() + "/" + stepCount + " " + label + ": ");
            return progress;
        }

        @Override
        public boolean profiling() {
            return profiling;
        }

        @Override
        public SolutionObserver solutions(StepPoint point, SimulationPlan plan) {
            if (plan.measurements().isEmpty()) {
                return SolutionObserver.NONE;
            }
            MeasureRecorder recorder = new MeasureRecorder(plan.measurements());
            measured.add(recorder);
            stepValues.add(point.values());
            labels.add(point.label());
            stepColumns = point.columnNames();
            return recorder;
        }

        List<List<MeasureResult>> results() {
            return measured.stream().map(MeasureRecorder::results).toList();
        }

        @Override
        public WaveformSink tap(StepPoint point, SimulationPlan plan) {
            if (point.number() == 1) {
                setUp = System.nanoTime(); // the step's solver has just been set up
            }
            return null;
        }

        @Override
        public void stepFinished(StepRunner.StepResult result) {
            if (first == null) {
                first = result;
            }
            steps++;
            draws += result.draws();
            List<ProgramReport> reports = ProgramReport.of(result.plan().circuit());
            if (!reports.isEmpty()) {
                programs.add(reports);
            }
            for (int k = 0; k < result.statistics().size(); k++) {
                AnalysisStatistics s = result.statistics().get(k);
                if (k == stats.size()) {
                    stats.add(s);
                } else {
                    stats.set(k, stats.get(k).plus(s));
                }
            }
        }
    }

    /** Results on the console: every one for a single run, the first steps' of a sweep (the file has them all). */
    private static void printMeasurements(PrintWriter out, RunTotals totals, Path table) {
        List<List<MeasureResult>> runs = totals.results();
        if (runs.isEmpty()) {
            return;
        }
        int shown = Math.min(runs.size(), 5);
        for (int k = 0; k < shown; k++) {
            List<MeasureResult> results = runs.get(k);
            if (runs.size() > 1) {
                out.printf(Locale.ROOT, "  step      %s%n", totals.labels.get(k));
            }
            int width = results.stream().mapToInt(r -> r.name().length()).max().orElse(1);
            for (MeasureResult r : results) {
                out.printf(Locale.ROOT, "  measure   %s%n", MeasureFile.console(r, width));
            }
        }
        if (shown < runs.size()) {
            out.printf(Locale.ROOT, "  …         %d more steps in the table%n", runs.size() - shown);
        }
        out.printf(Locale.ROOT, "  measures  %s%n", table);
        out.flush();
    }

    /**
     * Write-verify reports: the per-cell table of the first step's controllers (up to 64 cells each), every
     * report's summary line, and where the whole table went.
     */
    private static void printPrograms(PrintWriter out, RunTotals totals, Path table) {
        for (int k = 0; k < totals.programs.size(); k++) {
            for (ProgramReport p : totals.programs.get(k)) {
                if (k == 0 && p.cells().size() <= 64) {
                    out.printf(Locale.ROOT, "  program   %s: achieved versus target%n", p.device());
                    out.print(p.table());
                }
                out.printf(Locale.ROOT, "  program   %s%s%n", totals.programs.size() > 1 ? "step " + (k + 1) + ": "
                        : "", p.summary());
            }
        }
        if (!totals.programs.isEmpty()) {
            out.printf(Locale.ROOT, "  programs  %s%n", table);
        }
        out.flush();
    }

    /** An I/O failure as a person reads it: the file, then what went wrong. */
    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + ": no such file or directory";
        } else if (e instanceof java.nio.file.AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** The netlist with one more {@code .options NAME} card (a command-line option that stands for one). */
    private static Netlist withOption(Netlist netlist, String name) {
        SourceLocation commandLine = SourceLocation.wholeFile(netlist.file());
        List<Statement> statements = new ArrayList<>(netlist.statements());
        statements.add(new Statement.OptionsCard(List.of(new Statement.Option(name, null, commandLine)), commandLine));
        return new Netlist(netlist.title(), netlist.file(), statements, netlist.warnings(), netlist.errors(),
                netlist.source());
    }

    /** {@code --verbose}: how an analysis's time steps went and where its time went. */
    private static void printProfile(PrintWriter out, AnalysisStatistics s) {
        AnalysisProfile p = s.profile();
        long attempts = s.acceptedSteps() + s.rejectedSteps();
        if (s.analysis().equals("tran") && s.acceptedSteps() > 0) {
            out.printf(Locale.ROOT, "            steps     h min %s, mean %s, max %s; rejected %d (Newton did not"
                    + " converge) + %d (truncation error)%n", ProgressLine.seconds(p.minStep()),
                    ProgressLine.seconds(p.stepSum() / s.acceptedSteps()), ProgressLine.seconds(p.maxStep()),
                    p.newtonRejections(), p.truncationRejections());
        }
        long per = s.analysis().equals("tran") ? attempts : s.points();
        if (per > 0) {
            out.printf(Locale.ROOT, "            newton    %.2f iterations per %s%n", (double) s.newtonIterations() / per,
                    s.analysis().equals("tran") ? "time step tried" : "point");
        }
        double wall = s.wallSeconds();
        if (wall > 0) {
            double other = Math.max(0, wall - p.loadSeconds() - p.factorSeconds() - p.solveSeconds()
                    - p.outputSeconds());
            out.printf(Locale.ROOT, "            time      device loading %.0f%%, LU factorisation %.0f%%, LU solves"
                    + " %.0f%%, %sother %.0f%%%s%n", 100 * p.loadSeconds() / wall, 100 * p.factorSeconds() / wall,
                    100 * p.solveSeconds() / wall, s.analysis().equals("tran")
                            ? String.format(Locale.ROOT, "output %.0f%%, ", 100 * p.outputSeconds() / wall) : "",
                    100 * other / wall, s.analysis().equals("tran") ? " (step control, breakpoints, devices' step"
                            + " hooks)" : "");
        }
    }

    /** Discards whatever was not committed (temporary files); a failure here must not hide the run's own. */
    private static void closeQuietly(List<WaveformSink> sinks, List<AtomicFileOutput> tables) {
        for (AutoCloseable c : sinks) {
            try {
                c.close();
            } catch (Exception ignored) {
                // a temporary file that cannot be deleted is left behind; the targets are untouched either way
            }
        }
        for (AtomicFileOutput t : tables) {
            try {
                t.close();
            } catch (IOException ignored) {
                // as above
            }
        }
    }

    private void printSummary(PrintWriter out, StepPlan steps, RunTotals totals, List<OutputTargets.Target> targets,
                              double wall) {
        SimulationPlan plan = totals.first.plan();
        var session = totals.first.simulator().session();
        List<AnalysisStatistics> stats = totals.stats;
        out.printf(Locale.ROOT, "memspice: %s%n", plan.circuit().title().isBlank() ? netlistPath : plan.circuit().title());
        if (steps.stepped()) {
            StringBuilder axes = new StringBuilder();
            for (StepAxis a : steps.axes()) {
                axes.append(axes.length() == 0 ? "" : " × ").append(a.kind() == StepAxis.Kind.RUN ? "runs"
                        : a.kind() == StepAxis.Kind.TEMPERATURE ? "temp" : a.name()).append(": ").append(a.size());
            }
            out.printf(Locale.ROOT, "  steps     %d step%s (%s; first card innermost), statistics summed over all"
                    + "%n", totals.steps, totals.steps == 1 ? "" : "s", axes);
        }
        if (totals.draws > 0 || steps.monteCarlo()) {
            out.printf(Locale.ROOT, "  random    seed %d, %d value%s drawn%n", steps.seed(), totals.draws,
                    totals.draws == 1 ? "" : "s");
        }
        out.printf(Locale.ROOT, "  circuit   %d unknowns, %d devices, %d matrix entries, solver %s%n",
                session.size(), plan.circuit().devices().size(), session.system().pattern().nonZeros(),
                session.newton().linearSolver().name());
        for (AnalysisStatistics s : stats) {
            out.printf(Locale.ROOT, "  %-8s  %d point%s, %d Newton iteration%s, %d LU factorisation%s", s.analysis(),
                    s.points(), s.points() == 1 ? "" : "s", s.newtonIterations(), s.newtonIterations() == 1 ? "" : "s",
                    s.factorizations(), s.factorizations() == 1 ? "" : "s");
            if (s.reusedFactorizations() > 0) {
                out.printf(Locale.ROOT, " (%d reused)", s.reusedFactorizations());
            }
            if (s.analysis().equals("tran")) {
                out.printf(Locale.ROOT, ", %d accepted / %d rejected steps", s.acceptedSteps(), s.rejectedSteps());
            }
            out.printf(Locale.ROOT, ", %.3f s%n", s.wallSeconds());
            if (verbose) {
                printProfile(out, s);
            }
        }
        String method = session.operatingPointMethod();
        if (!method.isEmpty() && !method.equals("Newton")) {
            out.printf(Locale.ROOT, "  note      plain Newton failed at the operating point; %s found it%n", method);
        }
        for (OutputTargets.Target t : targets) {
            out.printf(Locale.ROOT, "  output    %s (%s)%n", t.path(), OutputTargets.describe(t.format()));
        }
        out.printf(Locale.ROOT, "  wall time %.3f s%n", wall);
        out.flush();
    }
}
