package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaveformFilesTest {
    @TempDir
    Path dir;

    /** The same plots written as binary raw, ASCII raw and CSV read back the same, whatever the file is called. */
    @Test
    void sniffsTheFormatFromTheContentNotTheName() throws IOException {
        List<SamplePlots.Plot> plots = SamplePlots.all();
        Path binary = dir.resolve("b.dat");
        Path ascii = dir.resolve("a.csv"); // a raw file despite its name
        Path csv = dir.resolve("c.raw"); // a CSV file despite its name
        try (RawWriter w = new RawWriter(binary, true)) {
            SamplePlots.write(w, plots);
            w.commit();
        }
        try (RawWriter w = new RawWriter(ascii, false)) {
            SamplePlots.write(w, plots);
            w.commit();
        }
        try (CsvWriter w = new CsvWriter(csv)) {
            SamplePlots.write(w, plots);
            w.commit();
        }
        assertEquals(WaveformFiles.Kind.RAW, WaveformFiles.sniff(binary));
        assertEquals(WaveformFiles.Kind.RAW, WaveformFiles.sniff(ascii));
        assertEquals(WaveformFiles.Kind.CSV, WaveformFiles.sniff(csv));
        SamplePlots.assertSame(plots, WaveformFiles.read(binary));
        SamplePlots.assertSame(plots, WaveformFiles.read(ascii));
        List<RawPlot> fromCsv = WaveformFiles.read(csv);
        assertEquals(plots.size(), fromCsv.size(), "c.raw, c-2.raw, …: the CSV run's plot files");
        for (int k = 0; k < plots.size(); k++) {
            assertEquals(plots.get(k).header().variables(), fromCsv.get(k).variables());
        }
    }

    /**
     * The ngspice raw files in netlists/ngspice read with the plots, variables and point counts their header
     * lines state (counted here from the text, independently of the reader). Files of 1 MB and more are left to
     * NgspiceGoldenTest, which reads every one, to keep this test quick.
     */
    @Test
    void readsEveryNgspiceGolden() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("netlists", "ngspice"))) {
            files = s.filter(p -> p.toString().endsWith(".ngspice.raw") && p.toFile().length() < 1_000_000)
                    .sorted().toList();
        }
        assertTrue(files.size() >= 20, "expected the ngspice goldens, found " + files.size());
        Pattern header = Pattern.compile("^No\\. (Variables|Points): (\\d+)", Pattern.MULTILINE);
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<Integer> counts = new ArrayList<>();
            Matcher m = header.matcher(text);
            while (m.find()) {
                counts.add(Integer.parseInt(m.group(2)));
            }
            List<RawPlot> plots = WaveformFiles.read(f);
            assertEquals(counts.size() / 2, plots.size(), f + ": plots");
            for (int k = 0; k < plots.size(); k++) {
                assertEquals(counts.get(2 * k), plots.get(k).variables().size(), f + ": variables of plot " + k);
                assertEquals(counts.get(2 * k + 1), plots.get(k).pointCount(), f + ": points of plot " + k);
            }
        }
    }

    /** A VCD file and its .step siblings (out-2.vcd) read as transients, VCD by its $ keywords. */
    @Test
    void readsVcdRuns() throws IOException {
        double[] t = {0, 1e-9, 2.5e-9};
        for (int k = 0; k < 2; k++) {
            try (VcdWriter w = new VcdWriter(CsvWriter.plotFile(dir.resolve("w.vcd"), k), notice -> { })) {
                w.beginPlot(new PlotHeader("vcd", "Transient Analysis", List.of(new Variable("time", VariableType.TIME),
                        new Variable("v(x1.n3)", VariableType.VOLTAGE))));
                for (double time : t) {
                    w.point(new double[] {time, (k + 1) * time * 1e9});
                }
                w.commit();
            }
        }
        Path vcd = dir.resolve("w.vcd");
        assertEquals(WaveformFiles.Kind.VCD, WaveformFiles.sniff(vcd));
        List<RawPlot> plots = WaveformFiles.read(vcd);
        assertEquals(2, plots.size(), "w.vcd and w-2.vcd");
        for (int k = 0; k < 2; k++) {
            RawPlot p = plots.get(k);
            assertEquals("Transient Analysis", p.plotName());
            assertEquals(3, p.pointCount());
            assertEquals(2.5e-9, p.column("time")[2], 1e-24);
            assertEquals((k + 1) * 2.5, p.column("v(x1.n3)")[2], 0.0);
        }
    }

    @Test
    void unknownFilesGiveClearErrors() throws IOException {
        assertMessage(new byte[0], "empty file");
        assertMessage(new byte[] {'\n', ' ', '\n'}, "empty file");
        assertMessage(new byte[] {1, 2, 0, 4, 5}, "a binary file of unknown format");
        assertMessage("Title: x".getBytes(StandardCharsets.UTF_16LE), "UTF-16 raw file");
    }

    private void assertMessage(byte[] content, String expected) throws IOException {
        Path f = dir.resolve("x.bin");
        Files.write(f, content);
        IOException e = assertThrows(IOException.class, () -> WaveformFiles.read(f));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in '" + e.getMessage() + "'");
    }
}
