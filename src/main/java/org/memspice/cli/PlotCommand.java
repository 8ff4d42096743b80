package org.memspice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.memspice.chart.ChartBuilder;
import org.memspice.chart.ChartFile;
import org.memspice.chart.ChartInputException;
import org.memspice.chart.ChartRequest;
import org.memspice.output.RawPlot;
import org.memspice.output.WaveformFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code memspice plot FILE SIGNAL…}: draws waveforms from a result file into a PNG or SVG image, headless. */
@Command(name = "plot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw signals of a waveform file as a PNG or SVG image.",
            "Signals given after FILE share the first panel; each --panel/--log-panel adds one below it.",
            "Examples:",
            "  memspice plot rc.raw 'v(in)' 'v(out)' -o rc.png",
            "  memspice plot rc.raw out --log-panel 'i(v1)' -o rc.svg",
            "  memspice plot iv.raw --xy 'v(a)' 'i(v1)' --logy -o iv.png"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:image written", "2:bad input (unreadable file, unknown signal or plot, bad option)",
            "4:image could not be written"})
final class PlotCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Waveform file (SPICE3 raw, binary or ASCII).")
    Path file;

    @Parameters(index = "1..*", paramLabel = "SIGNAL",
            description = "Signals for the first panel: v(out), i(v1), x(ym1); any case; 'out' means v(out).")
    List<String> signals = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "IMAGE",
            description = "Image to write, .png or .svg (default: FILE's name with .png).")
    Path output;

    /** Panels in command-line order, whichever of the two options added them. */
    private final List<ChartRequest.Panel> extraPanels = new ArrayList<>();

    @Option(names = "--panel", paramLabel = "SIGNALS",
            description = "Add a panel with these signals, comma-separated: --panel v(a),v(b). Repeatable.")
    void panel(String list) {
        extraPanels.add(new ChartRequest.Panel(splitSignals(list), false));
    }

    @Option(names = "--log-panel", paramLabel = "SIGNALS",
            description = "Add a panel with a log y axis (|value|, zeros left out). Repeatable.")
    void logPanel(String list) {
        extraPanels.add(new ChartRequest.Panel(splitSignals(list), true));
    }

    @Option(names = "--xy", arity = "2", paramLabel = "SIGNAL",
            description = "x-y plot: Y against X (an I-V loop: --xy v(a) i(v1)); repeat for more Y against the same X.")
    List<String> xy = new ArrayList<>();

    @Option(names = "--x", paramLabel = "SIGNAL",
            description = "Signal on the x axis of every panel (default: time, or the swept source of a .dc).")
    String x;

    @Option(names = "--logy", description = "Log y axis on every panel (|value|, zeros left out).")
    boolean logY;

    @Option(names = "--logx", description = "Log x axis (|x|, zeros left out).")
    boolean logX;

    @Option(names = "--decades", paramLabel = "N",
            description = "Log axes show at most N decades below the largest value (default: ${DEFAULT-VALUE}).")
    double decades = 12;

    @Option(names = "--plot", paramLabel = "N|TEXT|all",
            description = "Which plot of the file: its number from 1, text of its name or title (tran, r=2k), or 'all'"
                    + " to overlay every plot (the steps of a .step run). Default: the first that holds the signals.")
    String plot;

    @Option(names = "--title", paramLabel = "TEXT", description = "Chart title (default: the circuit title).")
    String title;

    @Option(names = "--width", paramLabel = "PX", description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width = 900;

    @Option(names = "--height", paramLabel = "PX",
            description = "Image height in pixels (default: 520, and 200 more for each further panel).")
    Integer height;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Reads the waveform file in whichever format it is (raw binary/ASCII, CSV, VCD; sniffed from its content). */
    static List<RawPlot> readWaveforms(Path file) throws IOException {
        return WaveformFiles.read(file);
    }

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output != null ? output : defaultOutput();
        ChartFile.Format format = ChartFile.Format.of(target);
        if (format == null) {
            err.println(target + ": error: expected an image name ending in .png or .svg");
            return Main.NETLIST_ERROR;
        }
        ChartRequest request;
        try {
            request = request();
        } catch (ChartInputException e) {
            err.println("memspice plot: error: " + e.getMessage());
            return Main.NETLIST_ERROR;
        }
        List<RawPlot> plots;
        try {
            plots = readWaveforms(file);
        } catch (NoSuchFileException e) {
            err.println(file + ": error: no such file");
            return Main.NETLIST_ERROR;
        } catch (IOException e) {
            err.println(file + ": error: cannot read waveforms: " + e.getMessage());
            return Main.NETLIST_ERROR;
        }
        ChartBuilder.Chart chart;
        try {
            chart = ChartBuilder.build(plots, request, file.getFileName().toString());
        } catch (ChartInputException e) {
            err.println(file + ": error: " + e.getMessage());
            return Main.NETLIST_ERROR;
        }
        for (String note : chart.notes()) {
            err.println(file + ": note: " + note);
        }
        try {
            ChartFile.write(chart.chart(), target, format, request.width(), request.height());
        } catch (IOException e) {
            err.println(target + ": error: cannot write image: " + reason(e));
            return Main.OUTPUT_ERROR;
        }
        out.printf(Locale.ROOT, "memspice plot: %s (%dx%d, %d panel%s, %d curve%s)%n", target, request.width(),
                request.height(), chart.panels(), chart.panels() == 1 ? "" : "s", chart.series(),
                chart.series() == 1 ? "" : "s");
        out.flush();
        return Main.OK;
    }

    private ChartRequest request() throws ChartInputException {
        List<ChartRequest.Panel> panels = new ArrayList<>();
        String xSignal = x;
        List<String> first = new ArrayList<>();
        for (String s : signals) {
            first.addAll(splitSignals(s));
        }
        for (int i = 0; i + 1 < xy.size(); i += 2) {
            String px = xy.get(i).trim();
            if (xSignal != null && !xSignal.equalsIgnoreCase(px)) {
                throw new ChartInputException("every --xy pair and --x must name the same x signal; got '" + xSignal
                        + "' and '" + px + "' (draw different x signals in separate images)");
            }
            xSignal = px;
            first.addAll(splitSignals(xy.get(i + 1)));
        }
        if (!first.isEmpty()) {
            panels.add(new ChartRequest.Panel(first, logY));
        }
        for (ChartRequest.Panel p : extraPanels) {
            if (p.signals().isEmpty()) {
                throw new ChartInputException("--panel and --log-panel need at least one signal");
            }
            panels.add(new ChartRequest.Panel(p.signals(), p.logY() || logY));
        }
        if (panels.isEmpty()) {
            throw new ChartInputException("name the signals to draw, e.g. 'memspice plot " + file
                    + " v(out)' (or --panel, --xy)");
        }
        if (width < 100 || width > 10000) {
            throw new ChartInputException("--width must be between 100 and 10000 pixels, got " + width);
        }
        int h = height != null ? height : Math.min(520 + 200 * (panels.size() - 1), 10000);
        if (h < 100 || h > 10000) {
            throw new ChartInputException("--height must be between 100 and 10000 pixels, got " + h);
        }
        if (!(decades > 0) || Double.isInfinite(decades)) {
            throw new ChartInputException("--decades must be a positive number, got " + decades);
        }
        return new ChartRequest(panels, xSignal, logX, plot, title, decades, width, h);
    }

    /** What went wrong, in words: the JDK's exceptions for missing directories carry only the path. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Splits "v(a),v(b,c),i(v1)" at the commas outside parentheses: v(b,c) is one signal. */
    static List<String> splitSignals(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                String s = list.substring(start, i).trim();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private Path defaultOutput() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".png");
    }
}
