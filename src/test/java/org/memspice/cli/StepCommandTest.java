package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.output.CsvWriter;
import org.memspice.output.RawPlot;
import org.memspice.output.RawReader;

/** {@code memspice run} on stepped decks: one raw file with a plot per analysis per step, that ngspice loads. */
class StepCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String DECK = """
            divider
            .param r=1k
            V1 in 0 10
            R1 in out 1k
            R2 out 0 {r}
            .step param r list 1k 2k 4k
            .op
            .end
            """;

    @Test
    void oneRawFileHoldsEveryStepAndNgspiceLoadsIt() throws Exception {
        Path deck = dir.resolve("div.cir");
        Files.writeString(deck, DECK);
        CliRun r = run("run", deck.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("steps     3 steps (r: 3; first card innermost)"), r.out());
        assertTrue(r.out().contains("op        3 points"), r.out());
        assertFalse(r.out().contains("random"), "no draws, no seed line:\n" + r.out());
        List<RawPlot> plots = RawReader.read(dir.resolve("div.raw"));
        assertEquals(3, plots.size());
        double[] expected = {5, 20.0 / 3, 8};
        String[] values = {"1k", "2k", "4k"};
        for (int k = 0; k < 3; k++) {
            assertEquals("Operating Point", plots.get(k).plotName());
            assertEquals("divider (step r=" + values[k] + ")", plots.get(k).title());
            assertEquals(expected[k], plots.get(k).column("v(out)")[0], 1e-12);
        }

        Path ngspice = ngspice();
        Files.writeString(dir.resolve("check.cir"), "* load steps\n.control\nload div.raw\nsetplot\n"
                + "setplot op1\nprint v(out)\nsetplot op2\nprint v(out)\nsetplot op3\nprint v(out)\n.endc\n.end\n");
        Process p = new ProcessBuilder(ngspice.toString(), "-b", "check.cir").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("ng.log").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ngspice timed out");
        String log = Files.readString(dir.resolve("ng.log"));
        assertFalse(log.contains("rror"), log);
        for (int k = 0; k < 3; k++) {
            assertTrue(log.contains("op" + (k + 1) + "\tdivider (step r=" + values[k] + ") (Operating Point)"), log);
        }
        Matcher m = Pattern.compile("v\\(out\\) = (\\S+)").matcher(log);
        for (int k = 0; k < 3; k++) {
            assertTrue(m.find(), log);
            assertEquals(expected[k], Double.parseDouble(m.group(1)), 1e-6 * expected[k]); // printed to 7 digits
        }
    }

    @Test
    void csvWritesOneFilePerStep() throws Exception {
        Path deck = dir.resolve("div.cir");
        Files.writeString(deck, DECK);
        Path csv = dir.resolve("div.csv");
        CliRun r = run("run", deck.toString(), "-o", csv.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Path.of("div-3.csv"), CsvWriter.plotFile(csv, 2).getFileName());
        List<String> third = Files.readAllLines(CsvWriter.plotFile(csv, 2));
        assertEquals("v(in),v(out),i(v1)", third.get(0));
        assertEquals("1e+01,8e+00,-2e-03", third.get(1)); // r = 4k: 8 V, 2 mA drawn from V1
        assertTrue(Files.exists(CsvWriter.plotFile(csv, 1)));
        assertFalse(Files.exists(CsvWriter.plotFile(csv, 3)));
    }

    @Test
    void monteCarloRunsPrintTheSeedAndBadCardsAreLocated() throws Exception {
        Path deck = dir.resolve("mc.cir");
        Files.writeString(deck, "mc\n.param rg={agauss(1k, 100, 3)}\nI1 0 a 1m\nR1 a 0 {rg}\n.mc 4\n.op\n.end\n");
        CliRun r = run("run", deck.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("random    seed 1, 4 values drawn"), r.out());
        List<RawPlot> plots = RawReader.read(dir.resolve("mc.raw"));
        assertEquals(List.of("mc (run 1 of 4)", "mc (run 2 of 4)", "mc (run 3 of 4)", "mc (run 4 of 4)"),
                plots.stream().map(RawPlot::title).toList());

        Path bad = dir.resolve("bad.cir");
        Files.writeString(bad, "bad\n.param r=1k\nR1 a 0 {r}\nI1 0 a 1\n.step param rr 1 2 1\n.op\n.end\n");
        CliRun e = run("run", bad.toString());
        assertEquals(2, e.exit());
        assertTrue(e.err().contains("bad.cir:5:13: error: .step param rr: no global .param named 'rr' to step;"
                + " did you mean 'r'?"), e.err());
        assertTrue(e.err().contains(".step param rr 1 2 1\n            ^"), e.err());
    }

    private static Path ngspice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "ngspice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String message = "ngspice not found on PATH (installed by .ci/run)";
        if (System.getenv("CI") == null) {
            Assumptions.abort(message);
        }
        throw new AssertionError(message);
    }
}
