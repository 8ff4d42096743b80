package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawReaderTest {
    @TempDir
    Path dir;

    @Test
    void binaryAndAsciiRoundTripEveryBit() throws IOException {
        for (boolean binary : new boolean[] {true, false}) {
            Path f = dir.resolve(binary ? "b.raw" : "a.raw");
            List<SamplePlots.Plot> plots = SamplePlots.all();
            try (RawWriter w = new RawWriter(f, binary)) {
                SamplePlots.write(w, plots);
                w.commit();
            }
            SamplePlots.assertSame(plots, RawReader.read(f));
        }
    }

    @Test
    void nonFiniteValuesRoundTripInAscii() throws IOException {
        Path f = dir.resolve("nan.raw");
        PlotHeader h = new PlotHeader("t", "Operating Point", List.of(new Variable("v(a)", VariableType.VOLTAGE),
                new Variable("v(b)", VariableType.VOLTAGE), new Variable("v(c)", VariableType.VOLTAGE)));
        try (RawWriter w = new RawWriter(f, false)) {
            w.beginPlot(h);
            w.point(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            w.commit();
        }
        double[][] c = RawReader.read(f).get(0).columns();
        assertTrue(Double.isNaN(c[0][0]));
        assertEquals(Double.POSITIVE_INFINITY, c[1][0]);
        assertEquals(Double.NEGATIVE_INFINITY, c[2][0]);
    }

    @Test
    void readsNgspiceAsciiLayout() throws IOException {
        // ngspice's own writer: leading space before the index, %.15e, a blank line after each point
        String raw = """
                Title: test op
                Date: Sun Nov 22 20:55:03  2026
                Plotname: Operating Point
                Flags: real
                No. Variables: 3
                No. Points: 1
                Variables:
                \t0\tv(in)\tvoltage
                \t1\tv(out)\tvoltage
                \t2\ti(v1)\tcurrent
                Values:
                 0\t1.000000000000000e+00
                \t6.666666666666666e-01
                \t-3.333333333333334e-04

                """;
        RawPlot p = RawReader.read(new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))).get(0);
        assertEquals("Operating Point", p.plotName());
        assertEquals(List.of("v(in)", "v(out)", "i(v1)"), p.variables().stream().map(Variable::name).toList());
        assertEquals(VariableType.CURRENT, p.variables().get(2).type());
        assertEquals(-3.333333333333334e-04, p.column("i(v1)")[0]);
    }

    @Test
    void truncatedOrMalformedFilesFail() throws IOException {
        Path f = dir.resolve("t.raw");
        try (RawWriter w = new RawWriter(f)) {
            SamplePlots.write(w, SamplePlots.all());
            w.commit();
        }
        byte[] all = Files.readAllBytes(f);
        Path cut = dir.resolve("cut.raw");
        Files.write(cut, Arrays.copyOf(all, all.length - 3));
        assertThrows(EOFException.class, () -> RawReader.read(cut));

        Path strange = dir.resolve("strange.raw");
        Files.writeString(strange, "Title: x\nBogus: y\n");
        assertThrows(IOException.class, () -> RawReader.read(strange));
    }
}
