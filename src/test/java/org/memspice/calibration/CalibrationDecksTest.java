package org.memspice.calibration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memspice.measure.MeasureResult;
import org.memspice.netlist.parse.SpiceNumber;
import org.memspice.testing.DeckRun;

/**
 * Every calibration deck in {@code netlists/calibration/} against the pass bands of the physics reference
 * (tables A1–A12, C1–C7). A deck states its targets in comment lines
 *
 * <pre>*TARGET ID MEAS LO HI [of=first|mean|min|max|cv|spread] [text…]</pre>
 *
 * where MEAS names one of its {@code .meas} results and LO…HI is the pass band (SPICE numbers). Over the steps of
 * a {@code .step}/{@code .mc} deck the result is aggregated by {@code of}: the first step (default), the mean,
 * min, max, the coefficient of variation σ/mean ({@code cv}) or max − min ({@code spread}). The table of target,
 * band and measured value is printed and written to {@code target/calibration-results.md}.
 */
class CalibrationDecksTest {
    static final Path DECKS = Path.of("netlists", "calibration");
    private static final Pattern TARGET = Pattern.compile(
            "^\\*TARGET\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+of=(first|mean|min|max|cv|spread))?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> TABLE = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> calibrationDecksMeetTheirPassBands() throws IOException {
        List<Path> decks;
        try (Stream<Path> s = Files.list(DECKS)) {
            decks = s.filter(p -> p.toString().endsWith(".cir")).sorted().toList();
        }
        assertFalse(decks.isEmpty(), "no calibration decks in " + DECKS);
        return decks.stream().map(deck -> DynamicTest.dynamicTest(deck.toString(), () -> check(deck)));
    }

    private static void check(Path deck) throws Exception {
        List<Matcher> targets = new ArrayList<>();
        for (String line : Files.readAllLines(deck)) {
            if (line.regionMatches(true, 0, "*TARGET", 0, 7)) {
                Matcher m = TARGET.matcher(line.strip());
                assertTrue(m.matches(), deck + ": unreadable target '" + line + "'");
                targets.add(m);
            }
        }
        assertFalse(targets.isEmpty(), deck + " states no *TARGET");
        DeckRun run = DeckRun.of(deck);
        List<String> failures = new ArrayList<>();
        for (Matcher m : targets) {
            double lo = number(m.group(3));
            double hi = number(m.group(4));
            String of = m.group(5) == null ? "first" : m.group(5).toLowerCase(Locale.ROOT);
            List<MeasureResult> results = run.measure(m.group(2));
            String failed = results.stream().filter(MeasureResult::failed).map(MeasureResult::failure).findFirst()
                    .orElse(null);
            double value = failed != null ? Double.NaN : aggregate(of, results);
            boolean pass = value >= lo && value <= hi;
            String row = String.format(Locale.ROOT, "| %s | %s | %s | %.5g … %.5g | %s | %s |", m.group(1),
                    m.group(6).isBlank() ? m.group(2) : m.group(6), deck.getFileName(), lo, hi,
                    failed != null ? "failed: " + failed : String.format(Locale.ROOT, "%.5g", value),
                    pass ? "pass" : "FAIL");
            TABLE.put(m.group(1) + " " + m.group(2), row);
            System.out.println("calibration " + row);
            if (!pass) {
                failures.add(row);
            }
        }
        if (!failures.isEmpty()) {
            fail(deck + ":\n  " + String.join("\n  ", failures));
        }
    }

    static double aggregate(String of, List<MeasureResult> results) {
        double[] v = results.stream().mapToDouble(MeasureResult::value).toArray();
        double mean = java.util.Arrays.stream(v).average().orElse(Double.NaN);
        switch (of) {
            case "mean":
                return mean;
            case "min":
                return java.util.Arrays.stream(v).min().orElse(Double.NaN);
            case "max":
                return java.util.Arrays.stream(v).max().orElse(Double.NaN);
            case "spread":
                return java.util.Arrays.stream(v).max().orElse(Double.NaN)
                        - java.util.Arrays.stream(v).min().orElse(Double.NaN);
            case "cv": {
                double ss = 0;
                for (double x : v) {
                    ss += (x - mean) * (x - mean);
                }
                return Math.sqrt(ss / (v.length - 1)) / Math.abs(mean);
            }
            default:
                return v[0];
        }
    }

    @AfterAll
    static void writeTable() throws IOException {
        if (TABLE.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("| target | quantity | deck | pass band | measured | |\n|---|---|---|---|---|---|\n");
        TABLE.values().forEach(r -> sb.append(r).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "calibration-results.md"), sb.toString());
    }

    private static double number(String text) {
        return SpiceNumber.tryParse(text).orElseThrow(() -> new AssertionError("not a number: " + text));
    }
}
