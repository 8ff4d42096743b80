package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads our raw files into ngspice and compares every value ngspice prints back, bit for bit. ngspice exits 0 even
 * on garbage, so the numbers and its error messages are the test, not its exit code.
 */
class NgspiceRoundTripTest {
    private static final Pattern PLOT_LINE = Pattern.compile("^\\s*(?:Current\\s+)?(\\w+)\\t.*\\((.+)\\)\\s*$");

    @TempDir
    Path dir;

    @Test
    void binaryRawLoadsIntoNgspiceExactly() throws Exception {
        roundTrip(true);
    }

    @Test
    void asciiRawLoadsIntoNgspiceExactly() throws Exception {
        roundTrip(false);
    }

    /** ngspice's naming, which our writer follows: OP has no scale, DC sweeps v(v-sweep), branch currents i(v1). */
    @Test
    void readsRawFileWrittenByNgspice() throws Exception {
        Path ngspice = ngspice();
        Files.writeString(dir.resolve("deck.cir"), """
                conventions
                v1 in 0 dc 1 pulse(0 1 0 1n 1n 5n 10n)
                r1 in out 1k
                r2 out 0 2k
                .op
                .dc v1 0 1 0.5
                .tran 1n 3n
                .end
                """);
        Process p = new ProcessBuilder(ngspice.toString(), "-b", "-r", "ng.raw", "deck.cir")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("ng.log").toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ngspice timed out");
        // batch mode runs .dc before .op, whatever the deck's order
        Map<String, RawPlot> plots = new HashMap<>();
        for (RawPlot plot : RawReader.read(dir.resolve("ng.raw"))) {
            plots.put(plot.plotName(), plot);
        }
        assertEquals(Set.of("Operating Point", "DC transfer characteristic", "Transient Analysis"), plots.keySet());
        RawPlot op = plots.get("Operating Point");
        RawPlot dc = plots.get("DC transfer characteristic");
        RawPlot tran = plots.get("Transient Analysis");
        assertEquals(List.of("v(in)", "v(out)", "i(v1)"), names(op));
        assertEquals(List.of("v(v-sweep)", "v(in)", "v(out)", "i(v1)"), names(dc));
        assertEquals(List.of("time", "v(in)", "v(out)", "i(v1)"), names(tran));
        assertEquals(List.of(VariableType.TIME, VariableType.VOLTAGE, VariableType.VOLTAGE, VariableType.CURRENT),
                tran.variables().stream().map(Variable::type).toList());
        assertEquals(2.0 / 3, op.column("v(out)")[0], 1e-12);
        assertEquals(3, dc.pointCount());
    }

    private static List<String> names(RawPlot plot) {
        return plot.variables().stream().map(Variable::name).toList();
    }

    private void roundTrip(boolean binary) throws Exception {
        Path ngspice = ngspice();
        List<SamplePlots.Plot> plots = SamplePlots.all();
        try (RawWriter w = new RawWriter(dir.resolve("our.raw"), binary)) {
            SamplePlots.write(w, plots);
            w.commit();
        }

        // First pass: learn the names ngspice gives the loaded plots (op1, dc1, dc2, tran1 ...).
        String listing = run(ngspice, "load our.raw\nsetplot\n");
        List<String> names = new ArrayList<>();
        List<String> plotNames = new ArrayList<>();
        boolean inList = false;
        for (String line : listing.lines().toList()) {
            if (line.startsWith("List of plots available")) {
                inList = true;
            } else if (inList) {
                Matcher m = PLOT_LINE.matcher(line);
                if (m.matches() && !m.group(1).equals("const")) {
                    names.add(0, m.group(1)); // newest first in the listing
                    plotNames.add(0, m.group(2));
                }
            }
        }
        assertEquals(plots.stream().map(p -> p.header().plotName()).toList(), plotNames, listing);

        // Second pass: dump every plot with wrdata at 18 significant digits, enough to recover each double.
        StringBuilder control = new StringBuilder("load our.raw\nset wr_singlescale\nset wr_vecnames\nset numdgt=17\n");
        for (int k = 0; k < names.size(); k++) {
            control.append("setplot ").append(names.get(k)).append("\nwrdata plot").append(k).append(".txt all\n");
        }
        run(ngspice, control.toString());

        for (int k = 0; k < plots.size(); k++) {
            SamplePlots.Plot plot = plots.get(k);
            List<String[]> lines = Files.readAllLines(dir.resolve("plot" + k + ".txt"), StandardCharsets.UTF_8)
                    .stream().filter(l -> !l.isBlank()).map(l -> l.trim().split("\\s+")).toList();
            String[] header = lines.get(0);
            assertEquals(plot.rows().size(), lines.size() - 1, "points in plot " + k);
            Map<String, Integer> column = new HashMap<>();
            for (int c = header.length - 1; c >= 0; c--) {
                column.put(header[c], c);
            }
            List<Variable> vars = plot.header().variables();
            assertEquals(vars.get(0).name(), header[0], "scale of plot " + k);
            assertEquals(vars.size() + 1, header.length, "columns of plot " + k + ": " + String.join(" ", header));
            for (int v = 0; v < vars.size(); v++) {
                Integer c = column.get(vars.get(v).name());
                assertTrue(c != null, "ngspice lost " + vars.get(v).name() + " in plot " + k);
                for (int p = 0; p < plot.rows().size(); p++) {
                    SamplePlots.assertBits(plot.rows().get(p)[v], Double.parseDouble(lines.get(p + 1)[c]),
                            (binary ? "binary" : "ascii") + " plot " + k + " " + vars.get(v).name() + " point " + p);
                }
            }
        }
    }

    /** Runs a .control block in batch mode and returns stdout+stderr, failing on any error ngspice reports. */
    private String run(Path ngspice, String control) throws Exception {
        Path deck = dir.resolve("check.cir");
        Files.writeString(deck, "* memspice raw round trip\n.control\n" + control + ".endc\n.end\n");
        Path log = dir.resolve("ngspice.log");
        Process p = new ProcessBuilder(ngspice.toString(), "-b", deck.getFileName().toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("ngspice timed out");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(out.contains("Error") || out.contains("rror:"), "ngspice reported an error:\n" + out);
        return out;
    }

    private static Path ngspice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "ngspice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String message = "ngspice not found on PATH; the raw-file round trip needs ngspice (installed by .ci/run)";
        if (System.getenv("CI") == null) {
            Assumptions.abort(message);
        }
        return fail(message);
    }
}
