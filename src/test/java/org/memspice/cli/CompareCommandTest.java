package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.output.CsvWriter;
import org.memspice.output.PlotHeader;
import org.memspice.output.RawPlot;
import org.memspice.output.RawReader;
import org.memspice.testing.JsonValue;

/**
 * {@code memspice compare}: a memspice run of a deck against ngspice's run of the same deck (the goldens in
 * netlists/ngspice), a deliberately perturbed file, the JSON report, *COMP lines, and bad input.
 */
class CompareCommandTest {
    static final Path NGSPICE = Path.of("netlists", "ngspice");

    @TempDir
    Path dir;

    private Path runMemspice(String deck, String format) {
        Path out = dir.resolve(deck + (format.equals("raw") ? ".raw" : "." + format));
        CliRun r = CliRun.of("run", "-q", NGSPICE.resolve(deck + ".cir").toString(), "-o", out.toString(),
                "--format", format);
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    private static String golden(String deck) {
        return NGSPICE.resolve(deck + ".ngspice.raw").toString();
    }

    /**
     * memspice's raw files against ngspice's with the default tolerances: an operating point, DC sweeps written
     * before an OP by ngspice whatever the deck's order, and transients on different time grids; then the same
     * transient written by memspice as CSV.
     */
    @Test
    void memspiceRunsAgreeWithNgspiceRunsOfTheSameDeck() {
        for (String deck : List.of("op_network", "ctrl_op_dc", "tran_sin")) {
            Path ours = runMemspice(deck, "raw");
            CliRun r = CliRun.of("compare", golden(deck), ours.toString());
            assertEquals(0, r.exit(), deck + ":\n" + r.out() + r.err());
            assertTrue(r.out().contains("PASS: "), r.out());
        }
        Path csv = runMemspice("tran_rc", "csv");
        CliRun r = CliRun.of("compare", golden("tran_rc"), csv.toString(), "--all");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("ok   v(out) voltage norm"), r.out());
        // the same run as VCD: times rounded to the file's tick, values at round-trip precision
        Path vcd = runMemspice("tran_rc", "vcd");
        CliRun v = CliRun.of("compare", csv.toString(), vcd.toString(), "--strict");
        assertEquals(0, v.exit(), v.out() + v.err());
    }

    /**
     * In the controlled-source transient memspice and ngspice agree on the ammeter current i(vsense) to a norm of
     * 0.05 at reltol 1e-7: a *COMP line asking for 1e-10 fails it, and only it. The report names the worst signal,
     * its time and both values.
     */
    @Test
    void compLinesTightenOneSignal() throws IOException {
        Path ours = runMemspice("ctrl_tran", "raw");
        CliRun loose = CliRun.of("compare", golden("ctrl_tran"), ours.toString());
        assertEquals(0, loose.exit(), loose.out());
        Path deck = dir.resolve("tight.cir");
        Files.writeString(deck, "tight tolerances\n*COMP i(vsense) reltol=1e-10 abstol=1e-18\n");
        CliRun r = CliRun.of("compare", golden("ctrl_tran"), ours.toString(), "--netlist", deck.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        Matcher m = Pattern.compile("FAIL: 1 of 11 signals exceed their tolerance; worst i\\(vsense\\) in plot 1 "
                + "\\(Transient Analysis\\): norm (\\S+) at time=(\\S+): expected (\\S+), got (\\S+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Double.parseDouble(m.group(1)) > 1, m.group(1));
        double t = Double.parseDouble(m.group(2));
        assertTrue(t > 0 && t <= 1.5e-6, "inside the transient: " + t);
        assertTrue(r.out().contains("  FAIL i(vsense) current norm"), r.out());
        assertEquals(1, r.out().split("  FAIL ", -1).length - 1, "one failing signal line: " + r.out());
    }

    /**
     * A copy of a memspice transient with v(out) scaled by 1.01 from 3 µs on, written as CSV: 1 % over 2/5 of the
     * span is a norm of 0.01/(1e-3 + 1e-6/|v|)·√0.4 ≈ 6 for this signal of about 1 V, so it fails; the other
     * signals are untouched. The JSON report says so too, with numbers a JSON parser reads.
     */
    @Test
    void perturbedSignalFailsWithItsWorstPointAndJson() throws IOException {
        Path ours = runMemspice("tran_rc", "raw");
        RawPlot p = RawReader.read(ours).get(0);
        int out = p.indexOf("v(out)");
        Path bad = dir.resolve("bad.csv");
        try (CsvWriter w = new CsvWriter(bad)) {
            w.beginPlot(new PlotHeader(p.title(), p.plotName(), p.variables()));
            double[] row = new double[p.variables().size()];
            for (int k = 0; k < p.pointCount(); k++) {
                for (int v = 0; v < row.length; v++) {
                    row[v] = p.columns()[v][k];
                }
                if (row[0] >= 3e-6) {
                    row[out] *= 1.01;
                }
                w.point(row);
            }
            w.commit();
        }
        CliRun r = CliRun.of("compare", ours.toString(), bad.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL: 1 of 3 signals exceed their tolerance; worst v(out)"), r.out());

        CliRun j = CliRun.of("compare", ours.toString(), bad.toString(), "--json");
        assertEquals(1, j.exit());
        Map<String, Object> report = JsonValue.object(JsonValue.parse(j.out()));
        assertEquals(Boolean.FALSE, report.get("pass"));
        assertEquals(1.0, report.get("failed"));
        Map<String, Object> worst = JsonValue.object(report.get("worst"));
        assertEquals("v(out)", worst.get("signal"));
        double norm = (Double) worst.get("norm");
        assertTrue(norm > 4 && norm < 8, "about 0.01/1e-3·√0.4 = 6.3: " + norm);
        double at = (Double) worst.get("at");
        assertTrue(at >= 3e-6, "the worst point is inside the scaled part: " + at);
        assertEquals((Double) worst.get("expected") * 1.01, (Double) worst.get("got"), 1e-12);
        List<Object> plots = JsonValue.array(report.get("plots"));
        assertEquals(1, plots.size());
        List<Object> signals = JsonValue.array(JsonValue.object(plots.get(0)).get("signals"));
        assertEquals(3, signals.size());
        long failing = signals.stream().filter(s -> JsonValue.object(s).get("pass").equals(Boolean.FALSE)).count();
        assertEquals(1, failing);
    }

    /** ngspice does not write the diode's internal node: listed, fatal only with --strict. */
    @Test
    void signalsInOneFileOnly() {
        Path ours = runMemspice("diode_dc", "raw");
        CliRun loose = CliRun.of("compare", golden("diode_dc"), ours.toString());
        assertEquals(0, loose.exit(), loose.out() + loose.err());
        assertTrue(loose.out().contains("only in the test: v(d1#internal) v(d3#internal)"), loose.out());
        CliRun strict = CliRun.of("compare", golden("diode_dc"), ours.toString(), "--strict");
        assertEquals(1, strict.exit(), strict.out());
        assertTrue(strict.out().contains("2 signals in one file only (--strict)"), strict.out());
    }

    @Test
    void badInputExitsTwoWithAClearMessage() throws IOException {
        String ref = golden("op_divider");
        assertBad(CliRun.of("compare", ref, dir.resolve("missing.raw").toString()), "missing.raw: error: no such file");
        assertBad(CliRun.of("compare", ref, ref, "--frobnicate"), "Unknown option: '--frobnicate'");
        assertBad(CliRun.of("compare", ref, ref, "--reltol", "-1"), "expected a non-negative number, got '-1'");
        assertBad(CliRun.of("compare", ref), "Missing required parameter: 'TEST'");
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "v(x),v(y)\n1,2\n", StandardCharsets.UTF_8);
        assertBad(CliRun.of("compare", ref, other.toString()), "memspice compare: error: no signals in common: "
                + ref + " has [v(in), v(out), i(v1)], " + other + " has [v(x), v(y)]");
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "v(in),v(out)\n1,2\n3\n", StandardCharsets.UTF_8);
        assertBad(CliRun.of("compare", ref, broken.toString()), broken + ":3: error: expected 2 values");
        Path vcd = dir.resolve("w.vcd");
        Files.writeString(vcd, "$timescale 1 fs $end\n$var real 64 ! v(a) $end\n#0\nr1 ?\n");
        assertBad(CliRun.of("compare", ref, vcd.toString()), vcd + ":3: error: expected a declaration");
        Path deck = dir.resolve("d.cir");
        Files.writeString(deck, "t\n*COMP v(out) reltol=abc\n");
        CliRun r = CliRun.of("compare", ref, ref, "--netlist", deck.toString());
        assertBad(r, deck + ":2:21: error: expected a non-negative number for reltol, got 'abc'");
        assertTrue(r.err().contains("*COMP v(out) reltol=abc\n                    ^"), "caret under the value: " + r.err());
    }

    private static void assertBad(CliRun r, String message) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(message), "expected '" + message + "' in:\n" + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace:\n" + r.err());
    }
}
