package org.memspice.golden;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memspice.compare.Interpolation;
import org.memspice.measure.MeasureResult;
import org.memspice.netlist.parse.SpiceNumber;
import org.memspice.testing.DeckRun;
import org.memspice.testing.SimPlot;

/**
 * The deck library in {@code netlists/features/}: each deck shows one language feature and states its
 * hand-computed results in comment lines
 *
 * <pre>*EXPECT op|dc|tran VECTOR [step=K] [at=SCALE] = VALUE [rel=TOLERANCE]
 * *EXPECT meas NAME [step=K|step=mean] = VALUE [rel=TOLERANCE]</pre>
 *
 * {@code step=K} picks the K-th step of a {@code .step}/{@code .mc} deck (default the first); {@code step=mean}
 * averages a measurement over all steps (Monte Carlo decks).
 * which this test checks (default tolerance 1e-9 relative, 1e-12 absolute). A transient value between time points
 * is interpolated by a cubic through the four nearest points. Every deck must state at least one expectation.
 */
class FeatureDecksTest {
    static final Path DECKS = Path.of("netlists", "features");
    private static final Pattern EXPECT = Pattern.compile(
            "^\\*EXPECT\\s+(op|dc|tran|meas)\\s+(\\S+)\\s+(?:step=(\\S+)\\s+)?(?:at=(\\S+)\\s+)?=\\s*(\\S+)"
                    + "(?:\\s+rel=(\\S+))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> PLOTS = Map.of("op", "Operating Point",
            "dc", "DC transfer characteristic", "tran", "Transient Analysis");

    @TestFactory
    Stream<DynamicTest> featureDecksGiveTheirStatedResults() throws IOException {
        List<Path> decks;
        try (Stream<Path> s = Files.list(DECKS)) {
            decks = s.filter(p -> p.toString().endsWith(".cir")).sorted().toList();
        }
        assertFalse(decks.size() < 5, "expected at least 5 feature decks, found " + decks.size());
        return decks.stream().map(deck -> DynamicTest.dynamicTest(deck.toString(), () -> check(deck)));
    }

    private static void check(Path deck) throws Exception {
        List<String> lines = Files.readAllLines(deck);
        List<Matcher> expectations = new ArrayList<>();
        for (String line : lines) {
            if (line.regionMatches(true, 0, "*EXPECT", 0, 7)) {
                Matcher m = EXPECT.matcher(line.strip());
                assertTrue(m.matches(), deck + ": unreadable expectation '" + line + "'");
                expectations.add(m);
            }
        }
        assertFalse(expectations.isEmpty(), deck + " states no *EXPECT result");
        DeckRun run = DeckRun.of(deck);
        List<SimPlot> plots = run.plots();
        List<String> failures = new ArrayList<>();
        for (Matcher m : expectations) {
            String step = m.group(3);
            double expected = number(m.group(5));
            double rel = m.group(6) == null ? 1e-9 : number(m.group(6));
            if (m.group(1).equalsIgnoreCase("meas")) {
                List<MeasureResult> all = run.measure(m.group(2));
                List<MeasureResult> which = step == null ? all.subList(0, 1)
                        : step.equals("mean") ? all : all.subList(stepIndex(step), stepIndex(step) + 1);
                double sum = 0;
                String failed = null;
                for (MeasureResult r : which) {
                    failed = r.failed() ? r.failure() : failed;
                    sum += r.value();
                }
                double value = sum / which.size();
                if (failed != null || !(Math.abs(value - expected) <= rel * Math.abs(expected) + 1e-15)) {
                    failures.add(m.group() + ": got " + (failed != null ? "failed: " + failed
                            : String.format(Locale.ROOT, "%.15g (relative error %.2e)", value,
                            Math.abs(value - expected) / Math.abs(expected))));
                }
                continue;
            }
            String plotName = PLOTS.get(m.group(1).toLowerCase(Locale.ROOT));
            List<SimPlot> named = plots.stream().filter(p -> p.header().plotName().equals(plotName)).toList();
            int index = step == null ? 0 : stepIndex(step);
            if (index >= named.size()) {
                fail(deck + ": " + m.group() + ": there are " + named.size() + " " + plotName + " plots");
            }
            SimPlot plot = named.get(index);
            String vector = m.group(2).toLowerCase(Locale.ROOT);
            double actual;
            if (m.group(4) == null) {
                if (plot.points() != 1) {
                    fail(deck + ": " + m.group() + " needs at=SCALE: the plot has " + plot.points() + " points");
                }
                actual = plot.value(vector);
            } else {
                double at = number(m.group(4));
                double[] scale = plot.rows().stream().mapToDouble(r -> r[0]).toArray();
                actual = Interpolation.at(scale, plot.vector(vector), at);
            }
            if (!(Math.abs(actual - expected) <= rel * Math.abs(expected) + 1e-12)) {
                failures.add(String.format(Locale.ROOT, "%s: got %.15g (relative error %.2e)", m.group(),
                        actual, Math.abs(actual - expected) / Math.abs(expected)));
            }
        }
        if (!failures.isEmpty()) {
            fail(deck + ":\n  " + String.join("\n  ", failures));
        }
    }

    private static int stepIndex(String step) {
        return Integer.parseInt(step) - 1;
    }

    private static double number(String text) {
        return SpiceNumber.tryParse(text).orElseThrow(() -> new AssertionError("not a number: " + text));
    }
}
