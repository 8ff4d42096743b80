package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memspice bless DECK…}: what it prints, and its exit codes. */
class BlessCommandTest {
    @TempDir
    Path dir;

    @Test
    void blessesEveryDeckAndSaysWhatChanged() throws Exception {
        Path a = dir.resolve("a.cir");
        Path b = dir.resolve("b.cir");
        Files.writeString(a, "divider\nV1 in 0 10\nR1 in out 1k\nR2 out 0 1k\n.op\n.end\n");
        Files.writeString(b, "rc\nV1 in 0 PULSE(0 1 0 1n 1n 1u 2u)\nR1 in out 1k\nC1 out 0 1n\n.tran 10n 2u\n.end\n");
        CliRun first = CliRun.of("bless", a.toString(), b.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals(a + ": golden written (new)\n" + b + ": golden written (new)\n", first.out());
        assertTrue(Files.exists(dir.resolve("a.golden.raw")) && Files.exists(dir.resolve("b.golden.raw")));

        Files.writeString(a, "divider\nV1 in 0 10\nR1 in out 1k\nR2 out 0 3k\n.op\n.end\n");
        CliRun second = CliRun.of("bless", a.toString(), b.toString());
        assertEquals(0, second.exit(), second.err());
        String[] lines = second.out().split("\n");
        // v(out) was 10/2 and is 10·3/4 V; i(v1) was −10/2k and is −10/4k A
        assertTrue(lines[0].startsWith(a + ": golden updated; against the old golden: FAIL: 2 of 3 signals exceed"
                + " their tolerance; worst i(v1) in plot 1 (Operating Point)"), second.out());
        assertTrue(lines[0].contains("expected -0.005, got -0.0025"), lines[0]);
        assertTrue(second.out().contains("FAIL v(out) voltage norm 333.289: expected 5, got 7.5"), second.out());
        assertTrue(second.out().contains(b + ": golden unchanged"), second.out());
    }

    @Test
    void badDecksExitTwoAndTheOthersAreStillBlessed() throws Exception {
        Path good = dir.resolve("good.cir");
        Path bad = dir.resolve("bad.cir");
        Files.writeString(good, "divider\nV1 in 0 10\nR1 in out 1k\nR2 out 0 1k\n.op\n.end\n");
        Files.writeString(bad, "bad\nV1 in 0 10\nR1 in out k1\n.op\n.end\n");
        CliRun r = CliRun.of("bless", bad.toString(), dir.resolve("none.cir").toString(), good.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(bad + ":3:11: error: "), r.err());
        assertTrue(r.err().contains(bad + ": golden not written"), r.err());
        assertTrue(r.err().contains("none.cir: error: no such file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(good + ": golden written (new)\n", r.out());
        assertFalse(Files.exists(dir.resolve("bad.golden.raw")));
    }
}
