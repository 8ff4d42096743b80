package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.memspice.output.VcdReader;

/** {@code memspice run --format vcd} and {@code -o out.vcd}: format choice, plots VCD cannot hold, errors. */
class VcdCliTest {
    private static final String ADC_DECK = """
            adc into vcd
            .model a3 adc (bits=3 vmin=0 vmax=0.8 period=10n tcomp=1n)
            V1 in 0 PWL(0 0 80n 0.8)
            YADC c1 in 0 a3
            .print tran v(in) x(yc1) x(yc1,code)
            .tran 1n 80n
            .end
            """;

    @TempDir
    Path dir;

    private Path deck(String text) throws Exception {
        Path p = dir.resolve("deck.cir");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aVcdNameChoosesTheFormatAndCodesAreBuses() throws Exception {
        Path deck = deck(ADC_DECK);
        Path vcd = dir.resolve("waves.vcd");
        CliRun r = CliRun.of("run", deck.toString(), "-o", vcd.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(vcd)"), r.out());
        String text = Files.readString(vcd);
        assertTrue(text.contains(" x(yc1) [2:0] $end") && text.contains(" x(yc1,code) [2:0] $end"), text);
        assertTrue(text.contains("$var real 64 ! v(in) $end"), text);

        // the same run as a raw file holds the same codes as numbers
        Path raw = dir.resolve("waves.raw");
        assertEquals(0, CliRun.of("run", deck.toString(), "-o", raw.toString()).exit());
        RawPlot fromRaw = RawReader.read(raw).get(0);
        RawPlot fromVcd = VcdReader.read(vcd).get(0);
        assertArrayEquals(lastPerDistinctTime(fromRaw, "x(yc1)"), lastPerDistinctTime(fromVcd, "x(yc1)"));
    }

    /** Code values at each change, which tick rounding cannot move. */
    private static double[] lastPerDistinctTime(RawPlot p, String name) {
        double[] v = p.column(name);
        return java.util.stream.IntStream.range(0, v.length).filter(k -> k == 0 || v[k] != v[k - 1])
                .mapToDouble(k -> v[k]).toArray();
    }

    @Test
    void formatVcdDefaultsToTheNetlistsNameWithVcd() throws Exception {
        Path deck = deck(ADC_DECK);
        CliRun r = CliRun.of("run", deck.toString(), "--format", "vcd", "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(dir.resolve("deck.vcd")).startsWith("$date "));
    }

    @Test
    void withoutTransientItIsAnErrorBeforeSimulating() throws Exception {
        Path deck = deck("divider\nV1 in 0 1\nR1 in out 1k\nR2 out 0 1k\n.op\n.dc V1 0 1 0.5\n.end\n");
        Path vcd = dir.resolve("deck.vcd");
        Files.writeString(vcd, "previous");
        CliRun r = CliRun.of("run", deck.toString(), "--format", "vcd");
        assertEquals(Main.NETLIST_ERROR, r.exit());
        assertEquals(deck + ": error: a VCD file holds transient waveforms and the netlist has no .tran; use --format"
                + " raw or csv for .op and .dc results\n", r.err());
        assertEquals("previous", Files.readString(vcd));
        assertEquals(List.of("deck.cir", "deck.vcd"), files());
    }

    @Test
    void operatingPointsBesideATransientAreReportedNotWritten() throws Exception {
        Path deck = deck("rc\nV1 in 0 PULSE(0 1 1n 1n 1n 5n 10n)\nR1 in out 1k\nC1 out 0 1p\n.op\n.tran 0.1n 10n\n.end\n");
        CliRun r = CliRun.of("run", deck.toString(), "--format", "vcd");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("deck.vcd: warning: a VCD file holds time-domain waveforms only; not written: 1"
                + " Operating Point plot"), r.err());
        assertEquals(List.of("time", "v(in)", "v(out)", "i(v1)"), VcdReader.read(dir.resolve("deck.vcd")).get(0)
                .variables().stream().map(v -> v.name()).toList());
        CliRun quiet = CliRun.of("run", deck.toString(), "--format", "vcd", "-q");
        assertEquals("", quiet.err());
    }

    @Test
    void unknownFormatListsVcd() throws Exception {
        CliRun r = CliRun.of("run", deck(ADC_DECK).toString(), "--format", "fst");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("expected raw, raw-ascii, csv or vcd, got 'fst'"), r.err());
    }

    @Test
    void anUnwritablePlaceFailsBeforeTheRun() throws Exception {
        Path deck = deck(ADC_DECK);
        CliRun r = CliRun.of("run", deck.toString(), "-o", dir.resolve("no/such/dir/out.vcd").toString());
        assertEquals(Main.OUTPUT_ERROR, r.exit());
        assertTrue(r.err().contains("error: cannot write output"), r.err());
        assertFalse(r.out().contains("tran "), "no simulation before the output is known writable: " + r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private List<String> files() throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
