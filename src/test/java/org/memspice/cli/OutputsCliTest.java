package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.output.RawPlot;
import org.memspice.output.RawReader;

/** {@code memspice run} with several outputs: formats, .options output=, and all files replaced together. */
class OutputsCliTest {
    @TempDir
    Path dir;

    private static final String RC = """
            rc
            V1 in 0 PULSE(0 1 10n 1n 1n 200n 400n)
            R1 in out 1k
            C1 out 0 100p
            .op
            .tran 5n 600n
            .meas tran vend FIND v(out) AT=600n
            .end
            """;

    private Path deck(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void severalOutputsHoldTheSameNumbers() throws Exception {
        Path deck = deck("rc.cir", RC);
        Path raw = dir.resolve("rc.raw");
        Path ascii = dir.resolve("ascii.raw");
        Path csv = dir.resolve("rc.csv");
        CliRun r = CliRun.of("run", deck.toString(), "-o", raw.toString(), "-o", csv.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("output    " + raw + " (raw)") && r.out().contains("output    " + csv + " (csv)"),
                r.out());
        CliRun a = CliRun.of("run", deck.toString(), "-o", ascii.toString(), "--format", "raw-ascii", "-q");
        assertEquals(0, a.exit(), a.err());
        assertEquals("", a.out() + a.err(), "--quiet prints nothing on success");
        assertTrue(Files.readString(ascii, StandardCharsets.ISO_8859_1).contains("\nValues:\n"));

        List<RawPlot> binary = RawReader.read(raw);
        List<RawPlot> text = RawReader.read(ascii);
        assertEquals(2, binary.size());
        for (int p = 0; p < binary.size(); p++) {
            Path csvFile = p == 0 ? csv : dir.resolve("rc-" + (p + 1) + ".csv");
            List<String> lines = Files.readAllLines(csvFile);
            RawPlot plot = binary.get(p);
            assertEquals(String.join(",", plot.variables().stream().map(v -> v.name()).toList()), lines.get(0));
            for (int v = 0; v < plot.variables().size(); v++) {
                double[] fromCsv = column(lines, v);
                assertArrayEquals(plot.columns()[v], fromCsv, 0.0, "CSV " + plot.variables().get(v).name());
                assertArrayEquals(plot.columns()[v], text.get(p).columns()[v], 0.0, "ASCII raw");
            }
        }
        assertTrue(Files.readString(dir.resolve("rc.measure")).contains("vend"), "the table beside the first output");
    }

    @Test
    void aVcdAmongTheOutputsHoldsTheTransientsNumbers() throws Exception {
        Path deck = deck("rc.cir", RC);
        Path raw = dir.resolve("rc.raw");
        Path vcd = dir.resolve("rc.vcd");
        CliRun r = CliRun.of("run", deck.toString(), "-o", raw.toString(), "-o", vcd.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("not written: 1 Operating Point plot"), "the VCD writer's notice: " + r.err());
        RawPlot tran = RawReader.read(raw).get(1);
        RawPlot fromVcd = org.memspice.output.VcdReader.read(vcd).get(0);
        // a VCD records changes: every raw point is a VCD time stamp with the same values, or repeats the last one
        double[] t = tran.column("time");
        double[] tv = fromVcd.column("time");
        List<String> names = List.of("v(in)", "v(out)", "i(v1)");
        int j = 0;
        for (int k = 0; k < t.length; k++) {
            boolean stamped = j < tv.length && Math.abs(tv[j] - t[k]) <= 1e-15;
            int row = stamped ? j : j - 1;
            for (String name : names) {
                assertEquals(tran.column(name)[k], fromVcd.column(name)[row], 0.0, name + " at t=" + t[k]);
            }
            if (stamped) {
                j++;
            }
        }
        assertEquals(tv.length, j, "every VCD time stamp is a point of the run");
        assertTrue(j > t.length / 2, j + " of " + t.length + " points changed something");
        // a VCD output of a deck without .tran is refused before anything is simulated or written
        Path opOnly = deck("op.cir", "op\nV1 a 0 1\nR1 a 0 1k\n.op\n.end\n");
        CliRun refused = CliRun.of("run", opOnly.toString(), "-o", dir.resolve("op.raw").toString(), "-o",
                dir.resolve("op.vcd").toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("a VCD file holds transient waveforms"), refused.err());
        assertFalse(Files.exists(dir.resolve("op.raw")));
    }

    @Test
    void theNetlistNamesItsOutputsRelativeToItselfAndTheCommandLineOverrides() throws Exception {
        Path deck = deck("decks/rc.cir", RC.replace(".end", ".options output=res/rc.raw,res/rc.csv filetype=ascii\n.end"));
        Files.createDirectories(dir.resolve("decks/res"));
        CliRun r = CliRun.of("run", deck.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(dir.resolve("decks/res/rc.raw"), StandardCharsets.ISO_8859_1).contains("\nValues:\n"),
                "filetype=ascii writes ASCII raw files");
        assertTrue(Files.exists(dir.resolve("decks/res/rc.csv")));
        assertTrue(Files.exists(dir.resolve("decks/res/rc.measure")));
        assertFalse(Files.exists(dir.resolve("decks/rc.raw")), "no default output beside the netlist");

        Path mine = dir.resolve("mine.raw");
        CliRun o = CliRun.of("run", deck.toString(), "-o", mine.toString(), "--format", "raw");
        assertEquals(0, o.exit(), o.err());
        assertFalse(Files.readString(mine, StandardCharsets.ISO_8859_1).contains("\nValues:\n"),
                "--format raw wins over the netlist's filetype");
        assertEquals(List.of("mine.measure", "mine.raw"), listNonDirectories(dir));
    }

    @Test
    void aFailingOutputReplacesNoFileOfTheRun() throws Exception {
        Path deck = deck("rc.cir", RC);
        Path raw = dir.resolve("rc.raw");
        Path csv = dir.resolve("rc.csv");
        Files.writeString(raw, "previous raw");
        Files.writeString(csv, "previous csv");
        // the measurement table's name is taken by a directory: found only when the files are moved into place,
        // after the raw file and the CSV have been
        Files.createDirectories(dir.resolve("rc.measure/inside"));
        CliRun r = CliRun.of("run", deck.toString(), "-o", raw.toString(), "-o", csv.toString());
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("rc.measure") && r.err().contains("no file of this run was replaced"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("previous raw", Files.readString(raw));
        assertEquals("previous csv", Files.readString(csv));
        assertEquals(List.of("rc.cir", "rc.csv", "rc.raw"), listNonDirectories(dir), "no temporary or backup files");

        // a directory in place of an output is found before simulating
        Files.delete(dir.resolve("rc.measure/inside"));
        Files.delete(dir.resolve("rc.measure"));
        Files.createDirectory(dir.resolve("out.csv"));
        CliRun early = CliRun.of("run", deck.toString(), "-o", raw.toString(), "-o", dir.resolve("out.csv").toString());
        assertEquals(4, early.exit());
        assertTrue(early.err().contains("out.csv: error: cannot write output: it is a directory"), early.err());
        assertEquals("previous raw", Files.readString(raw));
    }

    @Test
    void outputsThatCannotBeToldApartAreBadInput() throws Exception {
        Path deck = deck("rc.cir", RC);
        CliRun twice = CliRun.of("run", deck.toString(), "-o", dir.resolve("a.raw").toString(), "-o",
                dir.resolve("a.raw").toString());
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("a.raw: error: output named twice"), twice.err());
        CliRun unknown = CliRun.of("run", deck.toString(), "-o", dir.resolve("a.raw").toString(), "-o",
                dir.resolve("b.dat").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("b.dat: error: cannot tell the format from the extension"), unknown.err());
        // with --format the unknown extension is settled
        CliRun settled = CliRun.of("run", deck.toString(), "-o", dir.resolve("a.raw").toString(), "-o",
                dir.resolve("b.dat").toString(), "--format", "csv");
        assertEquals(0, settled.exit(), settled.err());
        assertTrue(Files.readString(dir.resolve("b.dat")).startsWith("time,") || Files.readString(dir.resolve("b.dat"))
                .startsWith("v(in),"), "CSV in b.dat");
        assertEquals(2, RawReader.read(dir.resolve("a.raw")).size(), ".raw keeps its format");
    }

    @Test
    void saveAllOnTheCommandLineWritesEverything() throws Exception {
        Path deck = deck("big.cir", """
                big for its limit
                .subckt cell a b
                R1 a m 1k
                R2 m b 1k
                .ends
                V1 in 0 1
                X1 in mid cell
                X2 mid 0 cell
                .options savelimit=3
                .op
                .end
                """);
        CliRun r = CliRun.of("run", deck.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("big.cir: warning: 5 vectors, more than savelimit=3"), r.err());
        assertEquals(List.of("v(in)", "v(mid)", "i(v1)"), names(RawReader.read(dir.resolve("big.raw")).get(0)));
        CliRun all = CliRun.of("run", deck.toString(), "--save-all");
        assertEquals(0, all.exit(), all.err());
        assertFalse(all.err().contains("savelimit"), all.err());
        assertEquals(List.of("v(in)", "v(x1.m)", "v(mid)", "v(x2.m)", "i(v1)"),
                names(RawReader.read(dir.resolve("big.raw")).get(0)));
        CliRun quiet = CliRun.of("run", deck.toString(), "-q");
        assertEquals("", quiet.out() + quiet.err(), "--quiet: no warnings either");
    }

    @Test
    void verboseSaysHowTheStepsWentAndWhereTheTimeWent() throws Exception {
        Path deck = deck("rc.cir", RC);
        CliRun r = CliRun.of("run", deck.toString(), "-v");
        assertEquals(0, r.exit(), r.err());
        java.util.regex.Matcher tran = java.util.regex.Pattern.compile("tran +(\\d+) points.*, (\\d+) accepted / (\\d+)"
                + " rejected steps").matcher(r.out());
        assertTrue(tran.find(), r.out());
        long accepted = Long.parseLong(tran.group(2));
        java.util.regex.Matcher steps = java.util.regex.Pattern.compile("steps +h min (\\S+), mean (\\S+), max (\\S+);"
                + " rejected (\\d+) \\(Newton did not converge\\) \\+ (\\d+) \\(truncation error\\)").matcher(r.out());
        assertTrue(steps.find(), r.out());
        double min = seconds(steps.group(1));
        double mean = seconds(steps.group(2));
        double max = seconds(steps.group(3));
        // the accepted steps cover the whole transient, 0 to 600 ns
        assertEquals(600e-9 / accepted, mean, 0.005 * mean, "mean step = tstop / accepted steps");
        // tmax = tstep = 5 ns, stretched by up to a tenth to land on a breakpoint rather than just short of it
        assertTrue(min <= mean && mean <= max && max <= 1.1 * 5e-9 * 1.0005, min + " " + mean + " " + max);
        assertEquals(Long.parseLong(tran.group(3)), Long.parseLong(steps.group(4)) + Long.parseLong(steps.group(5)),
                "rejections by cause add up");
        java.util.regex.Matcher time = java.util.regex.Pattern.compile("time +device loading (\\d+)%, LU factorisation"
                + " (\\d+)%, LU solves (\\d+)%, output (\\d+)%, other (\\d+)%").matcher(r.out());
        assertTrue(time.find(), r.out());
        int sum = 0;
        for (int g = 1; g <= 5; g++) {
            sum += Integer.parseInt(time.group(g));
        }
        assertTrue(Math.abs(sum - 100) <= 3, "shares of the wall time add up to 100 % (rounded): " + sum);
        CliRun both = CliRun.of("run", deck.toString(), "-v", "-q");
        assertEquals("", both.out() + both.err(), "--quiet wins over --verbose");
    }

    /** {@code 1.45ns} → 1.45e-9. */
    private static double seconds(String text) {
        String number = text.substring(0, text.length() - 1);
        String prefixes = "fpnum";
        char last = number.charAt(number.length() - 1);
        int k = prefixes.indexOf(last);
        return k < 0 ? Double.parseDouble(number)
                : Double.parseDouble(number.substring(0, number.length() - 1)) * Math.pow(1000, k - 5);
    }

    private static List<String> names(RawPlot p) {
        return p.variables().stream().map(v -> v.name()).toList();
    }

    private static double[] column(List<String> lines, int v) {
        double[] out = new double[lines.size() - 1];
        for (int k = 1; k < lines.size(); k++) {
            out[k - 1] = Double.parseDouble(lines.get(k).split(",")[v]);
        }
        return out;
    }

    private static List<String> listNonDirectories(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = new ArrayList<>(s.filter(p -> !Files.isDirectory(p))
                    .map(p -> p.getFileName().toString()).sorted().toList());
            return names;
        }
    }
}
