package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.sweep.StepRunner;

/**
 * Runs decks into a raw file and a VCD file at once, then checks every VCD twice against the raw file's values:
 * read back directly (bit for bit), and after GTKWave's {@code vcd2fst} and {@code fst2vcd} (which print reals
 * with 16 significant digits). Expected values are recomputed here from the raw plot: the tick of each point by
 * exact decimal rounding, the last point of each tick, the values as a bus or a real shows them.
 */
class VcdGtkwaveRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void rcTransient() throws Exception {
        Run run = run("""
                rc transient
                V1 in 0 PULSE(0 1 1n 1n 1n 20n 50n)
                R1 in out 1k
                C1 out 0 5p
                .tran 0.5n 60n
                .end
                """);
        assertEquals(1, run.vcds.size());
        roundTrip(run.transients.get(0), run.vcds.get(0));
    }

    @Test
    void subcircuitHierarchyBecomesNestedScopes() throws Exception {
        Run run = run("""
                nested subcircuits
                .subckt stage a b
                R1 a n1 1k
                C1 n1 0 1p
                Vs n1 b 0
                .ends
                .subckt pair in out
                X1 in mid stage
                X2 mid out stage
                .ends
                V1 in 0 PULSE(0 1 0 1n 1n 5n 10n)
                Xp in out pair
                Rl out 0 10k
                .tran 0.1n 10n
                .end
                """);
        RawPlot raw = run.transients.get(0);
        assertTrue(raw.indexOf("v(xp.x1.n1)") > 0 && raw.indexOf("i(v.xp.x2.vs)") > 0, raw.variables().toString());
        Set<String> declared = declarations(Files.readString(run.vcds.get(0)));
        for (String expected : List.of("top/v(in)", "top/i(v1)", "top.xp/v(mid)", "top.xp.x1/v(n1)",
                "top.xp.x1/i(v.vs)", "top.xp.x2/v(n1)", "top.xp.x2/i(v.vs)")) {
            assertTrue(declared.contains(expected), expected + " not among " + declared);
        }
        roundTrip(raw, run.vcds.get(0));
    }

    @Test
    void adcCodesAreBuses() throws Exception {
        Run run = run("""
                adc codes
                .model a4 adc (bits=4 vmin=0 vmax=1.6 arch=flash tcomp=1n period=5n)
                V1 in 0 PWL(0 -0.1 100n 1.7)
                YADC c1 in 0 a4 out=rec
                .tran 1n 100n
                .end
                """);
        RawPlot raw = run.transients.get(0);
        String text = Files.readString(run.vcds.get(0));
        assertTrue(Pattern.compile("(?m)^\\$var wire 4 \\S+ x\\(yc1\\) \\[3:0\\] \\$end$").matcher(text).find(), text);
        assertTrue(Pattern.compile("(?m)^\\$var real 64 \\S+ v\\(rec\\) \\$end$").matcher(text).find(), text);
        // the ramp runs through every code, clipped at both ends
        Set<Double> codes = new HashSet<>();
        for (double c : raw.column("x(yc1)")) {
            codes.add(c);
        }
        assertEquals(16, codes.size(), codes.toString());
        RawPlot read = VcdReader.read(run.vcds.get(0)).get(0);
        assertEquals(4, read.variables().get(read.indexOf("x(yc1)")).bits());
        roundTrip(raw, run.vcds.get(0));
    }

    @Test
    void femtosecondStepsGetAFemtosecondUnit() throws Exception {
        Run run = run("""
                femtosecond steps
                V1 in 0 PULSE(0 1 0 1f 1f 5f 20f)
                R1 in out 1
                C1 out 0 10f
                .tran 1f 40f 0 1f
                .end
                """);
        assertEquals("1 fs", timescale(run.vcds.get(0)).text());
        // steps below 1 fs after the breakpoints: those points merge into the next tick's (and are reported)
        assertTrue(run.notices.stream().anyMatch(n -> n.contains("within one time unit (1 fs)")), run.notices.toString());
        roundTrip(run.transients.get(0), run.vcds.get(0));
    }

    @Test
    void longTimesGetACoarserUnit() throws Exception {
        Run run = run("""
                slow rc
                V1 in 0 PULSE(0 1 10 1 1 200 400)
                R1 in out 1meg
                C1 out 0 100u
                .tran 1 1000
                .end
                """);
        VcdTimescale unit = timescale(run.vcds.get(0));
        assertTrue(unit.exponent() >= -6, unit.text());
        assertTrue(run.notices.isEmpty(), run.notices.toString());
        roundTrip(run.transients.get(0), run.vcds.get(0));
    }

    @Test
    void steppedDeckWritesOneFilePerTransientAndSkipsOperatingPoints() throws Exception {
        Run run = run("""
                stepped rc
                .param r=1k
                V1 in 0 PULSE(0 1 1n 1n 1n 20n 50n)
                R1 in out {r}
                C1 out 0 5p
                .step param r list 1k 2k 4k
                .op
                .tran 0.5n 30n
                .end
                """);
        assertEquals(List.of("out.vcd", "out-2.vcd", "out-3.vcd"),
                run.vcds.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(3, run.transients.size());
        assertTrue(run.notices.stream().anyMatch(n -> n.contains("not written: 3 Operating Point plots")),
                run.notices.toString());
        for (int k = 0; k < 3; k++) {
            roundTrip(run.transients.get(k), run.vcds.get(k));
        }
        // the steps differ, so each file really holds its own step
        double[] first = VcdReader.read(run.vcds.get(0)).get(0).column("v(out)");
        double[] last = VcdReader.read(run.vcds.get(2)).get(0).column("v(out)");
        assertFalse(java.util.Arrays.equals(first, last));
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Run(List<RawPlot> transients, List<Path> vcds, List<String> notices) {}

    /** Runs the deck as the CLI does into out.raw and out.vcd at once. */
    private Run run(String deck) throws Exception {
        Path cir = dir.resolve("deck.cir");
        Files.writeString(cir, deck);
        Path raw = dir.resolve("out.raw");
        Path vcd = dir.resolve("out.vcd");
        List<String> notices = new ArrayList<>();
        try (RawWriter r = new RawWriter(raw); VcdWriter v = new VcdWriter(vcd, notices::add)) {
            StepRunner.prepare(NetlistParser.read(cir)).run(new Tee(r, v), new StepRunner.StepObserver() {});
            r.commit();
            v.commit();
        }
        List<RawPlot> transients = RawReader.read(raw).stream()
                .filter(p -> p.variables().get(0).type() == VariableType.TIME).toList();
        List<Path> vcds = new ArrayList<>();
        for (int k = 0; Files.exists(CsvWriter.plotFile(vcd, k)); k++) {
            vcds.add(CsvWriter.plotFile(vcd, k));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "scratch or temporary files left behind");
        }
        return new Run(transients, vcds, notices);
    }

    /** The VCD read directly must equal the raw values exactly; after vcd2fst/fst2vcd, to 16 digits. */
    private void roundTrip(RawPlot raw, Path vcd) throws Exception {
        VcdTimescale unit = timescale(vcd);
        assertEquals(expectedExponent(raw), unit.exponent(), "time unit " + unit.text());
        Expected expected = expect(raw, unit);
        check(VcdReader.read(vcd).get(0), raw, expected, unit, false, vcd + " read directly");

        Path fst = dir.resolve("rt.fst");
        Files.deleteIfExists(fst);
        exec(tool("vcd2fst"), vcd.toString(), fst.toString());
        String dumped = exec(tool("fst2vcd"), fst.toString());
        RawPlot viaFst = VcdReader.read(new StringReader(dumped), "fst2vcd output").get(0);
        check(viaFst, raw, expected, unit, true, vcd + " through vcd2fst/fst2vcd");
    }

    /** The last raw point of each tick, and the ticks the file must show (value changes, the first, the last). */
    private record Expected(TreeMap<Long, Integer> lastPointOfTick, List<Long> shownTicks) {}

    private static Expected expect(RawPlot raw, VcdTimescale unit) {
        TreeMap<Long, Integer> last = new TreeMap<>();
        for (int p = 0; p < raw.pointCount(); p++) {
            last.put(exactTick(raw.columns()[0][p], unit), p);
        }
        List<Long> shown = new ArrayList<>();
        Integer previous = null;
        for (Map.Entry<Long, Integer> e : last.entrySet()) {
            boolean changed = previous == null || e.getKey().equals(last.lastKey());
            for (int v = 1; v < raw.variables().size() && !changed; v++) {
                int bits = codeBits(raw, v);
                long a = Double.doubleToLongBits(shownValue(raw.columns()[v][previous], bits));
                long b = Double.doubleToLongBits(shownValue(raw.columns()[v][e.getValue()], bits));
                changed = a != b;
            }
            if (changed) {
                shown.add(e.getKey());
            }
            previous = e.getValue();
        }
        return new Expected(last, shown);
    }

    private static void check(RawPlot read, RawPlot raw, Expected expected, VcdTimescale unit, boolean sixteenDigits,
                              String what) {
        List<String> rawNames = raw.variables().stream().map(Variable::name).toList();
        List<String> readNames = read.variables().stream().map(Variable::name).toList();
        assertEquals(new HashSet<>(rawNames), new HashSet<>(readNames), what + ": vector names");
        assertEquals(rawNames.size(), readNames.size(), what + ": vector count");
        List<Long> ticks = new ArrayList<>();
        for (double t : read.columns()[0]) {
            long k = Math.round(t * Math.pow(10, -unit.exponent()));
            assertEquals(unit.seconds(k), t, what + ": time " + t + " is no whole tick");
            ticks.add(k);
        }
        assertEquals(expected.shownTicks(), ticks, what + ": time stamps");
        int compared = 0;
        for (int p = 0; p < read.pointCount(); p++) {
            int rawPoint = expected.lastPointOfTick().get(ticks.get(p));
            for (int v = 1; v < raw.variables().size(); v++) {
                int bits = codeBits(raw, v);
                double want = shownValue(raw.columns()[v][rawPoint], bits);
                if (sixteenDigits && bits == 0) {
                    want = sixteenDigits(want);
                }
                double got = read.column(rawNames.get(v))[p];
                if (Double.doubleToLongBits(want) != Double.doubleToLongBits(got)) {
                    fail(what + ": " + rawNames.get(v) + " at tick " + ticks.get(p) + " is " + got + ", wrote " + want);
                }
                compared++;
            }
        }
        assertTrue(compared > 0, what + ": nothing compared");
    }

    /** ADC codes are named x(yNAME) and declared by the device, here recognised by name for independence. */
    private static int codeBits(RawPlot raw, int v) {
        String name = raw.variables().get(v).name();
        return name.equals("x(yc1)") ? 4 : 0;
    }

    /** A real as is; a code as the nearest whole number, NaN (x bits) outside 0 … 2^bits − 1. */
    private static double shownValue(double value, int bits) {
        if (bits == 0) {
            return value;
        }
        double r = Math.rint(value) + 0.0;
        return r >= 0 && r < (1L << bits) && !Double.isNaN(value) ? r : Double.NaN;
    }

    /** What C's printf("%.16g") prints, parsed back (glibc rounds the exact binary value, ties to even). */
    private static double sixteenDigits(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(16, RoundingMode.HALF_EVEN)).doubleValue();
    }

    private static long exactTick(double t, VcdTimescale unit) {
        return new BigDecimal(t).movePointLeft(unit.exponent()).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The finest power of ten at or below a thousandth of the smallest step, from 1 fs up (the documented rule). */
    private static int expectedExponent(RawPlot raw) {
        double[] t = raw.columns()[0];
        double smallest = Double.POSITIVE_INFINITY;
        for (int p = 1; p < t.length; p++) {
            if (t[p] > t[p - 1]) {
                smallest = Math.min(smallest, t[p] - t[p - 1]);
            }
        }
        BigDecimal limit = new BigDecimal(smallest).divide(BigDecimal.valueOf(1000));
        int e = -15;
        while (e < 2 && BigDecimal.ONE.scaleByPowerOfTen(e + 1).compareTo(limit) <= 0) {
            e++;
        }
        return e;
    }

    private static VcdTimescale timescale(Path vcd) throws IOException {
        Matcher m = Pattern.compile("\\$timescale (\\d+) (\\w+) \\$end").matcher(Files.readString(vcd));
        assertTrue(m.find(), "no $timescale in " + vcd);
        return VcdTimescale.parse(m.group(1), m.group(2));
    }

    /** "scope.path/leaf" for every $var, from the file's text. */
    private static Set<String> declarations(String vcd) {
        Set<String> out = new HashSet<>();
        List<String> scopes = new ArrayList<>();
        for (String line : vcd.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("$scope")) {
                scopes.add(f[2]);
            } else if (f[0].equals("$upscope")) {
                scopes.remove(scopes.size() - 1);
            } else if (f[0].equals("$var")) {
                out.add(String.join(".", scopes) + "/" + f[4]);
            }
        }
        return out;
    }

    /** GTKWave's tools; the tests fail, not skip, without them: CI installs the Debian package. */
    static Path tool(String name) {
        for (String d : (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin")
                .split(File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        fail(name + " not found: install GTKWave (Debian/Ubuntu: apt-get install gtkwave; .ci/run does) to run the"
                + " VCD round-trip tests");
        return null;
    }

    private String exec(Path tool, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool.toString());
        cmd.addAll(List.of(args));
        Path out = dir.resolve("tool.out");
        Path err = dir.resolve("tool.err");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", cmd) + " timed out");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + errors);
        return text;
    }

    /** Sends every call to two sinks. */
    private record Tee(WaveformSink a, WaveformSink b) implements WaveformSink {
        @Override
        public void beginPlot(PlotHeader header) throws IOException {
            a.beginPlot(header);
            b.beginPlot(header);
        }

        @Override
        public void point(double[] values) throws IOException {
            a.point(values);
            b.point(values);
        }

        @Override
        public void endPlot() throws IOException {
            a.endPlot();
            b.endPlot();
        }

        @Override
        public void commit() {}

        @Override
        public void close() {}
    }
}
