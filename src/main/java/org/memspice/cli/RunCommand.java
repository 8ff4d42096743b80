package org.memspice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.memspice.analysis.AnalysisStatistics;
import org.memspice.analysis.SimulationException;
import org.memspice.analysis.SolutionObserver;
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
        raw(WaveformFormat.RAW, ".raw"), raw_ascii(WaveformFormat.RAW_ASCII, ".raw"), csv(WaveformFormat.CSV, ".csv"),
        vcd(WaveformFormat.VCD, ".vcd");

        final WaveformFormat format;
        final String extension;

        Format(WaveformFormat format, String extension) {
            this.format = format;
            this.extension = extension;
        }
    }

    @Parameters(index = "0", paramLabel = "NETLIST", description = "SPICE netlist to simulate.")
    Path netlistPath;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Waveform file (default: the netlist's name with .raw, .csv or .vcd); a .vcd name"
                    + " implies --format vcd.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "raw (binary, default), raw-ascii, csv or vcd (transient plots only).")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print where the time went (parse, elaborate, set-up).")
    boolean verbose;

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
        if (format == null) {
            format = output != null && WaveformFormat.byExtension(output) == WaveformFormat.VCD ? Format.vcd : Format.raw;
        }
        StepRunner runner;
        SimulationPlan plan;
        long parsed;
        long elaborated;
        try {
            Netlist netlist = NetlistParser.read(netlistPath);
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
            err.println(netlistPath + ": warning: no analysis (.op, .dc, .tran) requested; nothing to simulate");
            return Main.OK;
        }
        if (format == Format.vcd && plan.analyses().stream().noneMatch(a -> a instanceof AnalysisRequest.Transient)) {
            err.println(netlistPath + ": error: a VCD file holds transient waveforms and the netlist has no .tran;"
                    + " use --format raw or csv for .op and .dc results");
            return Main.NETLIST_ERROR;
        }
        Path target = output != null ? output : defaultOutput();
        RunTotals totals = new RunTotals();
        try (WaveformSink sink = WaveformSinks.open(target, format.format, notice -> {
            if (!quiet) {
                err.println(notice);
            }
        })) {
            try {
                runner.run(sink, totals);
            } catch (SimulationException e) {
                err.println(netlistPath + ": simulation failed: " + e.getMessage());
                return Main.SIMULATION_FAILURE;
            } catch (NetlistException e) { // a later step's values made the deck invalid
                return reportNetlistErrors(err, e);
            }
            sink.commit();
        } catch (IOException e) {
            err.println(target + ": error: cannot write output: " + e.getMessage());
            return Main.OUTPUT_ERROR;
        }
        Path table = MeasureFile.beside(target);
        if (!totals.measured.isEmpty()) {
            try {
                boolean stepped = runner.steps().stepped();
                MeasureFile.write(table, netlistPath.toString(), stepped ? totals.stepColumns : List.of(),
                        stepped ? totals.stepValues : List.of(), totals.results());
            } catch (IOException e) {
                err.println(table + ": error: cannot write measurements: " + e.getMessage());
                return Main.OUTPUT_ERROR;
            }
        }
        Path programTable = ProgramReport.beside(target);
        if (!totals.programs.isEmpty()) {
            try {
                ProgramReport.write(programTable, netlistPath.toString(), totals.programs);
            } catch (IOException e) {
                err.println(programTable + ": error: cannot write the write-verify report: " + e.getMessage());
                return Main.OUTPUT_ERROR;
            }
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
            printSummary(out, runner.steps(), totals, target, (System.nanoTime() - start) * 1e-9);
            printMeasurements(out, totals, table);
            printPrograms(out, totals, programTable);
        }
        if (verbose) {
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
                    AnalysisStatistics t = stats.get(k);
                    stats.set(k, new AnalysisStatistics(t.analysis(), t.points() + s.points(),
                            t.newtonIterations() + s.newtonIterations(), t.factorizations() + s.factorizations(),
                            t.reusedFactorizations() + s.reusedFactorizations(), t.acceptedSteps() + s.acceptedSteps(),
                            t.rejectedSteps() + s.rejectedSteps(), t.wallSeconds() + s.wallSeconds()));
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

    private Path defaultOutput() {
        String name = netlistPath.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path dir = netlistPath.toAbsolutePath().getParent();
        return dir.resolve(base + format.extension);
    }

    private void printSummary(PrintWriter out, StepPlan steps, RunTotals totals, Path target, double wall) {
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
        }
        String method = session.operatingPointMethod();
        if (!method.isEmpty() && !method.equals("Newton")) {
            out.printf(Locale.ROOT, "  note      plain Newton failed at the operating point; %s found it%n", method);
        }
        out.printf(Locale.ROOT, "  output    %s (%s)%n", target, format.name().replace('_', '-'));
        out.printf(Locale.ROOT, "  wall time %.3f s%n", wall);
        out.flush();
    }
}
