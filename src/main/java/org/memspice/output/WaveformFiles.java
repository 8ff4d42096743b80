package org.memspice.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads any waveform file memspice's tools accept, whatever wrote it, by looking at its first bytes rather than its
 * extension: a SPICE3 raw file (binary or ASCII, memspice's or ngspice's) starts with {@code Title:} or
 * {@code Plotname:}; a VCD file with a {@code $} keyword ({@code $date}, {@code $timescale}, {@code $scope} …);
 * anything else is read as CSV.
 */
public final class WaveformFiles {
    /** How much of the file the sniffer looks at. */
    private static final int SNIFF_BYTES = 4096;

    public enum Kind { RAW, VCD, CSV }

    private WaveformFiles() {}

    /**
     * Every plot in {@code file}. CSV and VCD files hold one plot each, so for them the plots memspice writes beside
     * the first one in a {@code .step} run ({@code out-2.csv}, {@code out-3.vcd}, … as {@link CsvWriter#plotFile}
     * names them) are read too, as long as they exist.
     */
    public static List<RawPlot> read(Path file) throws IOException {
        return switch (sniff(file)) {
            case RAW -> RawReader.read(file);
            case CSV -> readCsv(file);
            case VCD -> readRun(file);
        };
    }

    /** A file that is neither raw nor VCD is read as CSV; if that fails too, say what else it could have been. */
    private static List<RawPlot> readCsv(Path file) throws IOException {
        try {
            return CsvReader.readRun(file);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + " (read as CSV: the file starts neither like a SPICE raw file,"
                    + " 'Title:', nor like a VCD, '$')", e);
        }
    }

    private static List<RawPlot> readRun(Path vcd) throws IOException {
        List<RawPlot> plots = new ArrayList<>(VcdReader.read(vcd));
        for (int k = 1; Files.isRegularFile(CsvWriter.plotFile(vcd, k)); k++) {
            plots.addAll(VcdReader.read(CsvWriter.plotFile(vcd, k)));
        }
        return plots;
    }

    /** The format of {@code file} judged from its first bytes. */
    public static Kind sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == 'T'
                && head[1] == 0))) {
            throw new IOException("a UTF-16 raw file (as LTspice writes); convert it to a SPICE3 raw or CSV file");
        }
        int start = 0;
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            start = 3;
        }
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        if (start == head.length) {
            throw new IOException("empty file; expected a raw, VCD or CSV waveform file");
        }
        String text = new String(head, start, Math.min(head.length - start, 16), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (text.startsWith("title:") || text.startsWith("plotname:")) {
            return Kind.RAW;
        }
        if (text.startsWith("$")) {
            return Kind.VCD;
        }
        for (byte b : head) {
            if (b == 0) {
                throw new IOException("a binary file of unknown format; expected a raw, VCD or CSV waveform file");
            }
        }
        return Kind.CSV;
    }
}
