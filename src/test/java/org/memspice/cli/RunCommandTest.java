package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.output.RawPlot;
import org.memspice.output.RawReader;

/** The {@code run} command end to end: exit codes, messages, and that a failed run leaves no file behind. */
class RunCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path deck(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void successfulRunWritesRawAndSummary() throws Exception {
        Path deck = deck("div.cir", "divider\nV1 in 0 10\nR1 in out 1k\nR2 out 0 3k\n.op\n.tran 1u 10u\n.end\n");
        CliRun r = run("run", deck.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Newton iteration"), r.out());
        assertTrue(r.out().contains("accepted"), r.out());
        List<RawPlot> plots = RawReader.read(dir.resolve("div.raw"));
        assertEquals(List.of("Operating Point", "Transient Analysis"), plots.stream().map(RawPlot::plotName).toList());
        assertEquals(7.5, plots.get(0).column("v(out)")[0], 1e-12);
    }

    @Test
    void csvFormatAndExplicitOutput() throws Exception {
        Path deck = deck("div.cir", "divider\nV1 in 0 10\nR1 in out 1k\nR2 out 0 3k\n.dc V1 0 10 5\n.end\n");
        Path csv = dir.resolve("sweep.csv");
        CliRun r = run("run", deck.toString(), "-o", csv.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("v(v-sweep),"), lines.get(0));
    }

    @Test
    void netlistErrorsAreAllReportedWithLocationAndCaret() throws Exception {
        Path deck = deck("bad.cir", """
                bad deck
                V1 in 0 10
                R1 in out k10
                R2 out 0 3k
                Q1 a b c
                C1 out 0
                .tran 1u
                .op
                .end
                """);
        Path target = dir.resolve("bad.raw");
        Files.writeString(target, "previous results");
        CliRun r = run("run", deck.toString());
        assertEquals(2, r.exit());
        String err = r.err();
        assertTrue(err.contains("bad.cir:3:11: error:") && err.contains("'k10'"), err);
        assertTrue(err.contains("R1 in out k10\n          ^"), "caret under the bad value:\n" + err);
        assertTrue(err.contains("bad.cir:5:1: error: unknown element 'Q1'"), err);
        assertTrue(err.contains("bad.cir:6:") && err.contains("capacitance"), err);
        assertTrue(err.contains("bad.cir:7:") && err.contains("tstop"), err);
        assertFalse(err.contains("Exception"), err);
        assertEquals("previous results", Files.readString(target), "an earlier result must survive a failed run");
    }

    @Test
    void simulationFailureExitsThreeAndLeavesNoFile() throws Exception {
        // v(a) = 1 x v(a) determines nothing: the matrix is singular however Newton is helped
        Path deck = deck("sing.cir", "singular\nE1 a 0 a 0 1\nR1 a 0 1k\n.op\n.end\n");
        CliRun r = run("run", deck.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("singular"), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("sing.cir"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void topologyProblemsAreNamedBeforeSolving() throws Exception {
        Path deck = deck("topo.cir", """
                topology
                V1 a 0 1
                V2 a 0 2
                R1 a b 1k
                C1 b c 1n
                C2 c 0 1n
                .op
                .end
                """);
        CliRun r = run("run", deck.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("loop of voltage sources/inductors") && r.err().contains("v2")
                && r.err().contains("v1"), r.err());
        assertTrue(r.err().contains("no DC path to ground from node c"), r.err());
    }

    @Test
    void missingFileAndBadOptionsAreUsageErrors() {
        CliRun missing = run("run", dir.resolve("nope.cir").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
        CliRun badFormat = run("run", "x.cir", "--format", "wav");
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("expected raw, raw-ascii, csv or vcd"), badFormat.err());
        CliRun help = run("run", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--format"), help.out());
    }

    @Test
    void currentControlledSourcesMustSenseABranchCurrent() throws Exception {
        Path deck = deck("cccs.cir", "cccs\nV1 a 0 1\nR1 a 0 1k\nF1 f 0 Vx 2\nR2 f 0 1k\nH1 h 0 R1 2\nR3 h 0 1k\n.op\n.end\n");
        CliRun r = run("run", deck.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cccs.cir:4:1: error: F1: no device 'vx'"), r.err());
        assertTrue(r.err().contains("cccs.cir:6:1: error: H1: 'r1' has no branch current"), r.err());
    }
}
