package org.memspice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.memspice.compare.CompLines;
import org.memspice.compare.CompRule;
import org.memspice.compare.CompareException;
import org.memspice.compare.ComparisonReport;
import org.memspice.compare.SignalKind;
import org.memspice.compare.Tolerances;
import org.memspice.compare.WaveformComparison;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.SpiceNumber;
import org.memspice.output.RawPlot;
import org.memspice.output.WaveformFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code memspice compare REF TEST}: signal-by-signal comparison of two waveform files within tolerances. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two waveform files (raw, CSV; memspice's, ngspice's) signal by signal.",
            "Transients: the reference is interpolated onto the test's time points and each signal passes when "
                    + "sqrt(integral(((ref-test)/(reltol*|ref|+abstol))^2 dt)/T) < 1.",
            "Operating points and DC sweeps: point by point, equal, both within the clip level (default: abstol) "
                    + "of zero, or |a-b| < reltol*0.5(|a|+|b|+|a-b|) + abstol."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every signal within its tolerance", "1:a tolerance exceeded (or, with --strict, a signal "
                + "or plot in one file only)", "2:bad input (unreadable file, unknown option, nothing in common)"})
final class CompareCommand implements Callable<Integer> {
    /** Exit code when the files differ beyond the tolerances. */
    static final int DIFFERENT = 1;

    @Parameters(index = "0", paramLabel = "REF", description = "Reference waveform file (e.g. a golden).")
    Path reference;

    @Parameters(index = "1", paramLabel = "TEST", description = "Waveform file to check against the reference.")
    Path test;

    @Option(names = "--reltol", converter = ToleranceConverter.class,
            paramLabel = "R", description = "Relative tolerance of every signal (default 1e-3).")
    Double reltol;

    @Option(names = "--abstol", converter = ToleranceConverter.class,
            paramLabel = "A", description = "Absolute tolerance of every signal, in its unit.")
    Double abstol;

    @Option(names = "--vabstol", converter = ToleranceConverter.class,
            paramLabel = "V", description = "Absolute tolerance of voltages (default 1e-6 V).")
    Double vabstol;

    @Option(names = "--iabstol", converter = ToleranceConverter.class,
            paramLabel = "I", description = "Absolute tolerance of currents (default 1e-12 A).")
    Double iabstol;

    @Option(names = "--xabstol", converter = ToleranceConverter.class,
            paramLabel = "X",
            description = "Absolute tolerance of states and other signals (default 1e-6 of each one's peak).")
    Double xabstol;

    @Option(names = "--netlist", paramLabel = "DECK",
            description = "Read per-signal '*COMP signal reltol= abstol= clip=' lines from this netlist.")
    Path netlist;

    @Option(names = "--strict", description = "Also fail when a signal or plot is in one file only.")
    boolean strict;

    @Option(names = "--json", description = "Print the report as JSON (for CI) instead of text.")
    boolean json;

    @Option(names = {"-a", "--all"}, description = "List every signal, not only the failing ones.")
    boolean all;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Tolerances as numbers with SPICE suffixes ({@code 1u}, {@code 10n}), non-negative. */
    static final class ToleranceConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            var v = SpiceNumber.tryParse(value);
            if (v.isEmpty() || !(v.getAsDouble() >= 0) || Double.isInfinite(v.getAsDouble())) {
                throw new CommandLine.TypeConversionException("expected a non-negative number, got '" + value + "'");
            }
            return v.getAsDouble();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CompRule> rules = List.of();
        if (netlist != null) {
            try {
                rules = CompLines.read(netlist);
            } catch (NoSuchFileException e) {
                err.println(netlist + ": error: no such file");
                return Main.NETLIST_ERROR;
            } catch (IOException e) {
                err.println(netlist + ": error: cannot read: " + e.getMessage());
                return Main.NETLIST_ERROR;
            } catch (NetlistException e) {
                for (Diagnostic d : e.diagnostics()) {
                    err.println(d.render());
                }
                return Main.NETLIST_ERROR;
            }
        }
        Tolerances tolerances = Tolerances.builder().reltol(reltol).abstol(abstol)
                .abstol(SignalKind.VOLTAGE, vabstol).abstol(SignalKind.CURRENT, iabstol)
                .abstol(SignalKind.STATE, xabstol).rules(rules).build();
        List<RawPlot> refPlots = read(reference, err);
        List<RawPlot> testPlots = refPlots == null ? null : read(test, err);
        if (testPlots == null) {
            return Main.NETLIST_ERROR;
        }
        ComparisonReport report;
        try {
            report = WaveformComparison.compare(reference.toString(), refPlots, test.toString(), testPlots,
                    tolerances, strict);
        } catch (CompareException e) {
            err.println("memspice compare: error: " + e.getMessage());
            return Main.NETLIST_ERROR;
        }
        out.print(json ? report.json() + "\n" : report.text(all));
        out.flush();
        return report.pass() ? Main.OK : DIFFERENT;
    }

    /** The plots of {@code file}, or null after printing why they cannot be read. */
    private static List<RawPlot> read(Path file, PrintWriter err) {
        try {
            return WaveformFiles.read(file);
        } catch (NoSuchFileException e) {
            err.println(file + ": error: no such file");
        } catch (IOException e) {
            err.println(located(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return null;
    }

    /** {@code file:line: error: message} whether or not the reader's message already starts with the location. */
    static String located(Path file, String message) {
        String name = file.toString();
        if (!message.startsWith(name + ":")) {
            return name + ": error: " + message;
        }
        int at = name.length();
        while (at < message.length() && message.charAt(at) == ':' && at + 1 < message.length()
                && Character.isDigit(message.charAt(at + 1))) {
            at++;
            while (at < message.length() && Character.isDigit(message.charAt(at))) {
                at++;
            }
        }
        String rest = message.substring(at).replaceFirst("^:\\s*", "");
        return message.substring(0, at) + ": error: " + rest;
    }
}
