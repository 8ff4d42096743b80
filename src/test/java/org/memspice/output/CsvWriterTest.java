package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void quotesNamesAndWritesRfc4180() throws IOException {
        Path f = dir.resolve("out.csv");
        try (CsvWriter w = new CsvWriter(f)) {
            w.beginPlot(new PlotHeader("t", "Transient Analysis", List.of(new Variable("time", VariableType.TIME),
                    new Variable("v(a,b)", VariableType.VOLTAGE), new Variable("x\"q", VariableType.NOTYPE),
                    new Variable("v(ü)", VariableType.VOLTAGE))));
            w.point(new double[] {0, 1.0 / 3, -0.0, 1e-300});
            w.commit();
        }
        byte[] bytes = Files.readAllBytes(f);
        assertFalse(bytes[0] == (byte) 0xEF, "no BOM");
        assertEquals("time,\"v(a,b)\",\"x\"\"q\",v(ü)\r\n0e+00,3.333333333333333e-01,-0e+00,1e-300\r\n",
                new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void everyValueRoundTripsAndEachPlotGetsItsOwnFile() throws IOException {
        Path f = dir.resolve("sweep.csv");
        List<SamplePlots.Plot> plots = SamplePlots.all();
        try (CsvWriter w = new CsvWriter(f)) {
            SamplePlots.write(w, plots);
            w.commit();
        }
        for (int k = 0; k < plots.size(); k++) {
            Path file = CsvWriter.plotFile(f, k);
            assertEquals(k == 0 ? "sweep.csv" : "sweep-" + (k + 1) + ".csv", file.getFileName().toString());
            List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
            SamplePlots.Plot plot = plots.get(k);
            assertEquals(plot.header().variables().stream().map(Variable::name).toList(), rows.get(0));
            assertEquals(plot.rows().size() + 1, rows.size());
            for (int p = 0; p < plot.rows().size(); p++) {
                for (int v = 0; v < plot.rows().get(p).length; v++) {
                    SamplePlots.assertBits(plot.rows().get(p)[v], Double.parseDouble(rows.get(p + 1).get(v)),
                            "plot " + k + " row " + p + " col " + v);
                }
            }
        }
        assertFalse(Files.exists(CsvWriter.plotFile(f, plots.size())));
    }

    @Test
    void plotFileNamesWithoutExtension() {
        assertEquals(dir.resolve("out-3"), CsvWriter.plotFile(dir.resolve("out"), 2));
    }

    /** A minimal RFC 4180 parser: quoted fields with doubled quotes, CRLF records. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
