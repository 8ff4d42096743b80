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
import org.memspice.analysis.Simulator;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.measure.MeasureRecorder;
import org.memspice.measure.MeasureResult;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.netlist.parse.SpiceNumber;
import org.memspice.testing.MemorySink;
import org.memspice.testing.SimPlot;

/**
 * The deck library in {@code netlists/features/}: each deck shows one language feature and states its
 * hand-computed results in comment lines
 *
 * <pre>*EXPECT op|dc|tran VECTOR [at=SCALE] = VALUE [rel=TOLERANCE]
 * *EXPECT meas NAME = VALUE [rel=TOLERANCE]</pre>
 *
 * which this test checks (default tolerance 1e-9 relative, 1e-12 absolute). A transient value between time points
 * is interpolated by a cubic through the four nearest points. Every deck must state at least one expectation.
 */
class FeatureDecksTest {
    static final Path DECKS = Path.of("netlists", "features");
    private static final Pattern EXPECT = Pattern.compile(
            "^\\*EXPECT\\s+(op|dc|tran|meas)\\s+(\\S+)\\s+(?:at=(\\S+)\\s+)?=\\s*(\\S+)(?:\\s+rel=(\\S+))?\\s*$",
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
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.read(deck));
        MeasureRecorder measures = new MeasureRecorder(plan.measurements());
        MemorySink sink = new MemorySink();
        new Simulator(plan).run(sink, measures);
        List<SimPlot> plots = sink.plots();
        List<String> failures = new ArrayList<>();
        for (Matcher m : expectations) {
            if (m.group(1).equalsIgnoreCase("meas")) {
                MeasureResult r = measures.results().stream().filter(x -> x.name().equalsIgnoreCase(m.group(2)))
                        .findFirst().orElseThrow(() -> new AssertionError(deck + ": no .meas " + m.group(2)));
                double expected = number(m.group(4));
                double rel = m.group(5) == null ? 1e-9 : number(m.group(5));
                if (r.failed() || !(Math.abs(r.value() - expected) <= rel * Math.abs(expected) + 1e-15)) {
                    failures.add(m.group() + ": got " + (r.failed() ? "failed: " + r.failure()
                            : String.format(Locale.ROOT, "%.15g (relative error %.2e)", r.value(),
                            Math.abs(r.value() - expected) / Math.abs(expected))));
                }
                continue;
            }
            String plotName = PLOTS.get(m.group(1).toLowerCase(Locale.ROOT));
            SimPlot plot = plots.stream().filter(p -> p.header().plotName().equals(plotName)).findFirst()
                    .orElseThrow(() -> new AssertionError(deck + ": no " + plotName + " plot"));
            String vector = m.group(2).toLowerCase(Locale.ROOT);
            double expected = number(m.group(4));
            double rel = m.group(5) == null ? 1e-9 : number(m.group(5));
            double actual;
            if (m.group(3) == null) {
                if (plot.points() != 1) {
                    fail(deck + ": " + m.group() + " needs at=SCALE: the plot has " + plot.points() + " points");
                }
                actual = plot.value(vector);
            } else {
                double at = number(m.group(3));
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

    private static double number(String text) {
        return SpiceNumber.tryParse(text).orElseThrow(() -> new AssertionError("not a number: " + text));
    }
}
