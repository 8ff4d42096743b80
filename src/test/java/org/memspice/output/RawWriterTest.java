package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawWriterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T20:55:01Z"), ZoneOffset.UTC);
    private static final PlotHeader TINY = new PlotHeader("tiny", "Transient Analysis",
            List.of(new Variable("time", VariableType.TIME), new Variable("v(out)", VariableType.VOLTAGE)));
    private static final String TINY_HEADER = """
            Title: tiny
            Date: Mon Nov  2 20:55:01  2026
            Plotname: Transient Analysis
            Flags: real
            No. Variables: 2
            No. Points: %-10d
            Variables:
            \t0\ttime\ttime
            \t1\tv(out)\tvoltage
            """.formatted(2);

    @TempDir
    Path dir;

    @Test
    void binaryHeaderAndLittleEndianPointMajorData() throws IOException {
        Path f = dir.resolve("tiny.raw");
        try (RawWriter w = new RawWriter(f, true, CLOCK)) {
            w.beginPlot(TINY);
            w.point(new double[] {0.0, 1.0});
            w.point(new double[] {1e-9, -0.5});
            w.endPlot();
            w.commit();
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes((TINY_HEADER + "Binary:\n").getBytes(StandardCharsets.US_ASCII));
        ByteBuffer data = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        data.putDouble(0.0).putDouble(1.0).putDouble(1e-9).putDouble(-0.5);
        expected.writeBytes(data.array());
        byte[] actual = Files.readAllBytes(f);
        assertEquals(new String(expected.toByteArray(), StandardCharsets.ISO_8859_1),
                new String(actual, StandardCharsets.ISO_8859_1));
        // 1.0 little-endian: 00 00 00 00 00 00 f0 3f, right after the header and the first double
        int ones = expected.size() - 32 + 8;
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xf0, 0x3f}, Arrays.copyOfRange(actual, ones, ones + 8));
    }

    @Test
    void asciiValuesIndexTabValueThenTabValueLines() throws IOException {
        Path f = dir.resolve("tiny.txt");
        try (RawWriter w = new RawWriter(f, false, CLOCK)) {
            w.beginPlot(TINY);
            w.point(new double[] {0.0, 1.0 / 3});
            w.point(new double[] {1e-9, -0.0});
            w.commit(); // ends the open plot
        }
        assertEquals(TINY_HEADER + "Values:\n0\t0e+00\n\t3.333333333333333e-01\n1\t1e-09\n\t-0e+00\n",
                Files.readString(f, StandardCharsets.US_ASCII));
    }

    @Test
    void pointCountPatchedPerPlotAndNeverCommandLines() throws IOException {
        Path f = dir.resolve("multi.raw");
        try (RawWriter w = new RawWriter(f)) {
            SamplePlots.write(w, SamplePlots.all());
            w.beginPlot(TINY); // an empty plot is still a valid plot
            w.endPlot();
            w.commit();
        }
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        List<String> counts = text.lines().filter(l -> l.startsWith("No. Points:")).toList();
        assertEquals(List.of(1, 7, 3, 60, 0).stream().map(n -> String.format("No. Points: %-10d", n)).toList(), counts);
        assertFalse(text.contains("Command:") || text.contains("Option:"));
    }

    @Test
    void streamsPointsLargerThanItsBuffer() throws IOException {
        int nvars = 256 * 256 + 1;
        Path f = dir.resolve("crossbar.raw");
        double[] row = new double[nvars];
        try (RawWriter w = new RawWriter(f)) {
            w.beginPlot(new PlotHeader("crossbar", "Transient Analysis", crossbarVariables(nvars)));
            for (int p = 0; p < 5; p++) {
                for (int v = 0; v < nvars; v++) {
                    row[v] = p * 1e6 + v;
                }
                w.point(row);
            }
            w.commit();
        }
        RawPlot plot = RawReader.read(f).get(0);
        assertEquals(5, plot.pointCount());
        for (int p = 0; p < 5; p++) {
            for (int v = 0; v < nvars; v += 997) {
                assertEquals(p * 1e6 + v, plot.columns()[v][p]);
            }
            assertEquals(p * 1e6 + nvars - 1, plot.columns()[nvars - 1][p]);
        }
    }

    @Test
    void rejectsNamesWithSpacesAndWrongPointWidth() throws IOException {
        try (RawWriter w = new RawWriter(dir.resolve("bad.raw"))) {
            assertThrows(IllegalArgumentException.class, () -> w.beginPlot(new PlotHeader("t", "Operating Point",
                    List.of(new Variable("v(a b)", VariableType.VOLTAGE)))));
            w.beginPlot(TINY);
            assertThrows(IllegalArgumentException.class, () -> w.point(new double[3]));
            assertThrows(IllegalStateException.class, () -> w.beginPlot(TINY));
        }
        assertFalse(Files.exists(dir.resolve("bad.raw")));
    }

    @Test
    void newlinesInTitleDoNotStartNewHeaderLines() throws IOException {
        Path f = dir.resolve("title.raw");
        try (RawWriter w = new RawWriter(f)) {
            w.beginPlot(new PlotHeader("a\nCommand: quit", "Operating Point",
                    List.of(new Variable("v(a)", VariableType.VOLTAGE))));
            w.point(new double[] {1});
            w.commit();
        }
        assertEquals("a Command: quit", RawReader.read(f).get(0).title());
    }

    private static List<Variable> crossbarVariables(int n) {
        Variable[] vars = new Variable[n];
        vars[0] = new Variable("time", VariableType.TIME);
        for (int i = 1; i < n; i++) {
            vars[i] = new Variable("x(ym" + i + ")", VariableType.NOTYPE);
        }
        return List.of(vars);
    }
}
