package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    /** Every plot CsvWriter writes (one file each) reads back bit for bit, with its plot name inferred. */
    @Test
    void readsBackEveryPlotOfAMemspiceRunExactly() throws IOException {
        Path f = dir.resolve("run.csv");
        List<SamplePlots.Plot> plots = SamplePlots.all();
        try (CsvWriter w = new CsvWriter(f)) {
            SamplePlots.write(w, plots);
            w.commit();
        }
        List<RawPlot> read = CsvReader.readRun(f);
        assertEquals(plots.size(), read.size(), "run.csv and its numbered siblings");
        for (int k = 0; k < plots.size(); k++) {
            SamplePlots.Plot e = plots.get(k);
            RawPlot a = read.get(k);
            assertEquals(e.header().plotName(), a.plotName(), "plot " + k);
            assertEquals(e.header().variables(), a.variables(), "names and types from the names");
            assertEquals(CsvWriter.plotFile(f, k).getFileName().toString(), a.title());
            assertEquals(e.rows().size(), a.pointCount());
            for (int p = 0; p < e.rows().size(); p++) {
                for (int v = 0; v < e.rows().get(p).length; v++) {
                    SamplePlots.assertBits(e.rows().get(p)[v], a.columns()[v][p], "plot " + k + " row " + p);
                }
            }
        }
    }

    @Test
    void rfc4180QuotingBomLineEndsAndBlanks() throws IOException {
        // BOM, a quoted name with a comma, one with a doubled quote and one with a line break; LF and CRLF mixed;
        // blanks around numbers; C's nan/inf; a blank last line
        String text = "\uFEFFtime, \"v(a,b)\",\"x\"\"q\",\"two\nlines\"\n0, 1.5 ,nan,-inf\r\n1e-9,-2,3,inf\n\n";
        Path f = dir.resolve("q.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        RawPlot p = CsvReader.read(f);
        assertEquals(List.of("time", "v(a,b)", "x\"q", "two\nlines"), p.variables().stream().map(Variable::name)
                .toList());
        assertEquals("Transient Analysis", p.plotName());
        assertEquals(VariableType.VOLTAGE, p.variables().get(1).type());
        assertArrayEquals(new double[] {0, 1e-9}, p.columns()[0]);
        assertArrayEquals(new double[] {1.5, -2}, p.columns()[1]);
        assertTrue(Double.isNaN(p.columns()[2][0]));
        assertEquals(Double.NEGATIVE_INFINITY, p.columns()[3][0]);
        assertEquals(Double.POSITIVE_INFINITY, p.columns()[3][1]);
    }

    @Test
    void plotKindFromTheColumns() throws IOException {
        assertEquals("Operating Point", plot("v(in),v(out)\n1,2\n").plotName());
        assertEquals("DC transfer characteristic", plot("v(v-sweep),v(out)\n1,2\n").plotName(),
                "a one-point sweep is still a sweep");
        assertEquals("DC transfer characteristic", plot("vin,v(out)\n1,2\n2,3\n").plotName());
        assertEquals("Transient Analysis", plot("TIME,v(out)\n0,2\n").plotName());
    }

    @Test
    void errorsNameTheFileLineAndWhatWasExpected() throws IOException {
        assertMessage("v(a),v(b)\n1,2\n3\n", "bad.csv:3: expected 2 values (one per header column), got 1");
        assertMessage("v(a),v(b)\n1,2\n3,abc\n", "bad.csv:3: expected a number in column 'v(b)', got 'abc'");
        assertMessage("v(a),\"v(b)\n1,2\n", "bad.csv:1: a quoted field is not closed before the end of the file");
        assertMessage("v(a),,v(c)\n1,2,3\n", "bad.csv:1: column 2 has no name");
        assertMessage("", "bad.csv: empty file; expected a header row of vector names");
        assertMessage("\"v(a)\"x,v(b)\n", "bad.csv:1: unexpected 'x' after a quoted field");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'v', '(', (byte) 0xE9, ')', '\n', '1', '\n'});
        IOException e = assertThrows(IOException.class, () -> CsvReader.read(latin1));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    private RawPlot plot(String text) throws IOException {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return CsvReader.read(f);
    }

    private void assertMessage(String text, String expected) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> CsvReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ":") && e.getMessage().contains(expected.substring(8)),
                "expected '" + expected + "', got '" + e.getMessage() + "'");
    }
}
