package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memspice run} with {@code .meas}: results on stdout and in a {@code .measure} table beside the output. */
class MeasureFileCliTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String DECK = """
            divider
            V1 in 0 0
            R1 in out 1k
            R2 out 0 3k
            .dc V1 0 10 1
            .meas dc vout FIND v(out) AT=4
            .meas dc toohigh WHEN v(out)=20
            .meas dc twice PARAM='2*vout'
            .end
            """;

    @Test
    void measureFileBesideOutputWithFailure() throws Exception {
        Path deck = dir.resolve("div.cir");
        Files.writeString(deck, DECK);
        Path out = dir.resolve("sub");
        Files.createDirectories(out);
        CliRun r = run("run", deck.toString(), "-o", out.resolve("res.raw").toString());
        assertEquals(0, r.exit(), r.err()); // a failed measurement does not fail the run
        assertTrue(r.out().contains("vout    = 3.000000000e+00"), r.out());
        assertTrue(r.out().contains("toohigh = failed: WHEN: v(out) never crosses through 20.0000"), r.out());
        assertTrue(r.err().contains("div.cir:7:1: warning: .meas toohigh failed"), r.err());
        Path table = out.resolve("res.measure");
        assertTrue(Files.exists(table));
        List<String> lines = Files.readAllLines(table);
        assertEquals("# memspice measurements: " + deck, lines.get(0));
        List<String> data = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("run\tvout\ttoohigh\ttwice",
                "1\t3.0000000000000000e+00\tfailed\t6.0000000000000000e+00"), data);
        assertTrue(lines.contains("# failed\t1\ttoohigh\tWHEN: v(out) never crosses through 20.0000"), lines.toString());
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
    }

    @Test
    void quietPrintsNothingButStillWritesTheTable() throws Exception {
        Path deck = dir.resolve("q.cir");
        Files.writeString(deck, DECK);
        CliRun r = run("run", deck.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertTrue(Files.readString(dir.resolve("q.measure")).contains("\n1\t3.0"));
    }

    @Test
    void noMeasureFileWithoutMeasurements() throws Exception {
        Path deck = dir.resolve("plain.cir");
        Files.writeString(deck, "divider\nV1 in 0 1\nR1 in 0 1k\n.op\n.end\n");
        assertEquals(0, run("run", deck.toString()).exit());
        assertFalse(Files.exists(dir.resolve("plain.measure")));
    }

    @Test
    void aSweepWritesOneRowPerStepWithTheStepValues() throws Exception {
        Path deck = dir.resolve("steps.cir");
        Files.writeString(deck, """
                stepped divider
                .param r=1k
                V1 in 0 1
                R1 in out 1k
                R2 out 0 {r}
                .step param r list 1k 3k
                .step temp list 27 127
                .op
                .dc V1 0 2 1
                .meas dc vout FIND v(out) AT=2
                .end
                """);
        CliRun r = run("run", deck.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String table = Files.readString(dir.resolve("steps.measure"));
        // r is the first card: innermost; v(out) at 2 V = 2 r / (1k + r)
        assertTrue(table.contains("\nrun\tr\ttemp\tvout\n"
                + "1\t1.0000000000000000e+03\t2.7000000000000000e+01\t1.0000000000000000e+00\n"
                + "2\t3.0000000000000000e+03\t2.7000000000000000e+01\t1.5000000000000000e+00\n"
                + "3\t1.0000000000000000e+03\t1.2700000000000000e+02\t1.0000000000000000e+00\n"
                + "4\t3.0000000000000000e+03\t1.2700000000000000e+02\t1.5000000000000000e+00\n"), table);
    }
}
