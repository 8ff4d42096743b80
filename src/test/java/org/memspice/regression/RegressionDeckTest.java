package org.memspice.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.compare.ComparisonReport;
import org.memspice.measure.MeasureFile;
import org.memspice.output.RawPlot;
import org.memspice.output.RawReader;

/** Goldens written by bless, checked against later runs, and what a failing check reports. */
class RegressionDeckTest {
    @TempDir
    Path dir;

    private static final String DECK = """
            rc step
            V1 in 0 PULSE(0 1 0 1n 1n 10u 20u)
            R1 in out %s
            C1 out 0 1n
            .tran 20n 5u
            .meas tran t50 WHEN v(out)=0.5
            *COMP v(out) reltol=1e-3
            .end
            """;

    @Test
    void blessThenCheckThenChange() throws Exception {
        Path deck = dir.resolve("rc.cir");
        Files.writeString(deck, DECK.formatted("1k"));
        RegressionDeck rd = new RegressionDeck(deck);
        assertThrows(NoSuchFileException.class, rd::check, "no golden yet");
        RegressionDeck.Blessed first = rd.bless();
        assertTrue(first.created());
        assertEquals(dir.resolve("rc.golden.raw"), rd.golden());
        byte[] raw = Files.readAllBytes(rd.golden());
        List<RawPlot> plots = RawReader.read(rd.golden());
        assertEquals("Transient Analysis", plots.get(0).plotName());
        assertTrue(new String(raw, 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Date: Thu Jan  1 00:00:00  1970"), "a fixed date, so unchanged goldens keep every byte");
        // t50 = R·C·ln 2 (+ the 1 ns edge's half), an independent check that the measurement golden holds it
        MeasureFile.Table table = MeasureFile.read(rd.goldenMeasures());
        assertEquals(List.of("t50"), table.columns());
        assertEquals(1e-6 * Math.log(2) + 0.5e-9, table.rows().get(0)[0], 2e-9);

        ComparisonReport same = rd.check();
        assertTrue(same.pass(), same.text(true));
        assertEquals(2, same.plots().size(), "the waveforms and the measurements");
        assertEquals("Measurements", same.plots().get(1).plotName());

        RegressionDeck.Blessed again = rd.bless();
        assertTrue(again.unchanged(), again.describe());
        assertArrayEquals(raw, Files.readAllBytes(rd.golden()));

        // R1 1.01k: v(out) and t50 move by about 1 %, beyond reltol 1e-3
        Files.writeString(deck, DECK.formatted("1.01k"));
        ComparisonReport changed = rd.check();
        assertFalse(changed.pass());
        String summary = changed.summary();
        assertTrue(summary.startsWith("FAIL: "), summary);
        assertTrue(summary.contains("worst ") && summary.contains(" at ") && summary.contains("expected ")
                && summary.contains(", got ") && summary.contains("norm "), summary);
        String text = changed.text(false);
        assertTrue(text.contains("FAIL v(out) voltage norm"), text);
        assertTrue(text.contains("FAIL meas(t50)"), text);
        assertFalse(text.contains("FAIL v(in)"), "v(in) does not depend on R1:\n" + text);

        RegressionDeck.Blessed updated = rd.bless();
        assertFalse(updated.unchanged() || updated.created());
        assertTrue(updated.describe().startsWith(deck + ": golden updated; against the old golden: FAIL: "),
                updated.describe());
        assertTrue(rd.check().pass());
    }

    /** A deck that no longer parses leaves its golden as it was. */
    @Test
    void aFailedBlessKeepsTheOldGolden() throws Exception {
        Path deck = dir.resolve("rc.cir");
        Files.writeString(deck, DECK.formatted("1k"));
        RegressionDeck rd = new RegressionDeck(deck);
        rd.bless();
        byte[] raw = Files.readAllBytes(rd.golden());
        Files.writeString(deck, DECK.formatted("k1"));
        assertThrows(org.memspice.netlist.NetlistException.class, rd::bless);
        assertArrayEquals(raw, Files.readAllBytes(rd.golden()));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "deck, golden raw, golden measure; no temporary file left");
        }
    }
}
