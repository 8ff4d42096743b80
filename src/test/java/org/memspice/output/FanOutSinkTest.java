package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several outputs of one run: the same numbers in every format, and all files replaced together or none. */
class FanOutSinkTest {
    @TempDir
    Path dir;

    @Test
    void everyFormatHoldsTheSameValuesBitForBit() throws IOException {
        List<SamplePlots.Plot> plots = SamplePlots.all();
        Path raw = dir.resolve("out.raw");
        Path ascii = dir.resolve("ascii.raw");
        Path csv = dir.resolve("out.csv");
        try (FanOutSink sink = new FanOutSink(List.of(WaveformSinks.open(raw, WaveformFormat.RAW),
                WaveformSinks.open(ascii, WaveformFormat.RAW_ASCII), WaveformSinks.open(csv, WaveformFormat.CSV)))) {
            SamplePlots.write(sink, plots);
            sink.commit();
        }
        List<RawPlot> binary = RawReader.read(raw);
        List<RawPlot> text = RawReader.read(ascii);
        assertEquals(plots.size(), binary.size());
        for (int p = 0; p < plots.size(); p++) {
            List<double[]> expected = plots.get(p).rows();
            List<String> names = plots.get(p).header().variables().stream().map(Variable::name).toList();
            List<double[]> fromCsv = readCsv(CsvWriter.plotFile(csv.toAbsolutePath(), p), names);
            for (int v = 0; v < names.size(); v++) {
                double[] column = new double[expected.size()];
                for (int k = 0; k < column.length; k++) {
                    column[k] = expected.get(k)[v];
                }
                assertBits(column, binary.get(p).columns()[v], "binary raw " + names.get(v));
                assertBits(column, text.get(p).columns()[v], "ASCII raw " + names.get(v));
                double[] csvColumn = new double[fromCsv.size()];
                for (int k = 0; k < csvColumn.length; k++) {
                    csvColumn[k] = fromCsv.get(k)[v];
                }
                assertBits(column, csvColumn, "CSV " + names.get(v));
            }
        }
        assertNoStrayFiles();
    }

    @Test
    void aFailingSecondOutputLeavesTheFirstOutputsPreviousFileUntouched() throws IOException {
        Path raw = dir.resolve("out.raw");
        Files.writeString(raw, "previous raw");
        Path csv = dir.resolve("out.csv");
        Files.writeString(csv, "previous csv");
        // the third output's target turns out to be a directory: its rename fails after the first two succeeded
        Path blocked = dir.resolve("blocked.raw");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("inside"), "x");
        try (FanOutSink sink = new FanOutSink(List.of(WaveformSinks.open(raw, WaveformFormat.RAW),
                WaveformSinks.open(csv, WaveformFormat.CSV), WaveformSinks.open(blocked, WaveformFormat.RAW)))) {
            SamplePlots.write(sink, SamplePlots.all());
            IOException e = assertThrows(IOException.class, sink::commit);
            assertTrue(e.getMessage().contains("blocked.raw"), e.getMessage());
        }
        assertEquals("previous raw", Files.readString(raw));
        assertEquals("previous csv", Files.readString(csv));
        assertFalse(Files.exists(dir.resolve("out-2.csv")), "a later plot's CSV must be removed again");
        assertTrue(Files.isDirectory(blocked));
        assertNoStrayFiles();
    }

    @Test
    void aSinkThatCommitsItselfFailsBeforeAnyOtherFileIsReplaced() throws IOException {
        Path raw = dir.resolve("out.raw");
        Files.writeString(raw, "previous raw");
        WaveformSink failing = new WaveformSink() {
            @Override
            public void beginPlot(PlotHeader header) {}

            @Override
            public void point(double[] values) {}

            @Override
            public void endPlot() {}

            @Override
            public void commit() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {}
        };
        try (FanOutSink sink = new FanOutSink(List.of(WaveformSinks.open(raw, WaveformFormat.RAW), failing))) {
            SamplePlots.write(sink, SamplePlots.all());
            assertThrows(IOException.class, sink::commit);
        }
        assertEquals("previous raw", Files.readString(raw));
        assertNoStrayFiles();
    }

    @Test
    void commitAllReplacesEveryTargetAndRemovesItsBackups() throws IOException {
        Path a = dir.resolve("a.measure");
        Files.writeString(a, "old a");
        Path b = dir.resolve("b.raw");
        try (AtomicFileOutput fa = AtomicFileOutput.create(a); AtomicFileOutput fb = AtomicFileOutput.create(b)) {
            fa.channel().write(java.nio.ByteBuffer.wrap("new a".getBytes(StandardCharsets.UTF_8)));
            fb.channel().write(java.nio.ByteBuffer.wrap("new b".getBytes(StandardCharsets.UTF_8)));
            AtomicFileOutput.commitAll(List.of(fa, fb));
            assertTrue(fa.isCommitted() && fb.isCommitted());
        }
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertNoStrayFiles();
    }

    @Test
    void aRolledBackNewFileIsRemoved() throws IOException {
        Path fresh = dir.resolve("fresh.raw");
        Path blocked = dir.resolve("blocked");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("inside"), "x");
        try (AtomicFileOutput f1 = AtomicFileOutput.create(fresh); AtomicFileOutput f2 = AtomicFileOutput.create(blocked)) {
            assertThrows(IOException.class, () -> AtomicFileOutput.commitAll(List.of(f1, f2)));
            assertFalse(f1.isCommitted());
        }
        assertFalse(Files.exists(fresh), "a file that did not exist before must not exist after a failed group");
        assertNoStrayFiles();
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        long[] e = new long[expected.length];
        long[] a = new long[actual.length];
        for (int k = 0; k < e.length; k++) {
            e[k] = Double.doubleToRawLongBits(expected[k]);
        }
        for (int k = 0; k < a.length; k++) {
            a[k] = Double.doubleToRawLongBits(actual[k]);
        }
        assertArrayEquals(e, a, what);
    }

    /** A CSV as CsvWriter writes it: the header must be {@code names}, every field a number. */
    private static List<double[]> readCsv(Path file, List<String> names) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(String.join(",", names.stream().map(n -> n.contains(",") ? "\"" + n + "\"" : n).toList()),
                lines.get(0));
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(Stream.of(line.split(",")).mapToDouble(Double::parseDouble).toArray());
        }
        return rows;
    }

    private void assertNoStrayFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> stray = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") || n.endsWith(".bak")).toList();
            assertEquals(List.of(), stray, "temporary or backup files left behind");
        }
    }
}
