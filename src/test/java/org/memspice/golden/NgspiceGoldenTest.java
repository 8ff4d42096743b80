package org.memspice.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memspice.compare.Interpolation;
import org.memspice.output.RawPlot;
import org.memspice.output.RawReader;
import org.memspice.output.Variable;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/**
 * Every deck in {@code netlists/ngspice/} against the ngspice-39 result committed beside it (provenance and the
 * command in that folder's README). Operating points and DC sweeps are compared point by point; transients at
 * every ngspice time point, with memspice's solution interpolated there by a cubic through its four nearest
 * points inside one smooth segment. A value passes within 1e-6 of the signal's largest magnitude, or 1e-12
 * absolute (pointwise relative error is meaningless at a zero crossing).
 */
class NgspiceGoldenTest {
    static final double RELATIVE = 1e-6;
    static final double ABSOLUTE = 1e-12;
    static final Path DECKS = Path.of("netlists", "ngspice");
    /** Worst error relative to the signal's peak over the deck being checked, printed for the record. */
    private static final double[] worstRelative = new double[1];

    @TestFactory
    Stream<DynamicTest> decksAgreeWithNgspice() throws IOException {
        List<Path> decks;
        try (Stream<Path> s = Files.list(DECKS)) {
            decks = s.filter(p -> p.toString().endsWith(".cir")).sorted().toList();
        }
        assertFalse(decks.size() < 12, "expected at least 12 golden decks, found " + decks.size());
        return decks.stream().map(deck -> DynamicTest.dynamicTest(deck.toString(), () -> check(deck)));
    }

    private static void check(Path deck) throws Exception {
        Path golden = deck.resolveSibling(deck.getFileName().toString().replace(".cir", ".ngspice.raw"));
        List<RawPlot> reference = RawReader.read(golden);
        List<SimPlot> ours = Sim.run(deck);
        assertEquals(reference.size(), ours.size(), "number of plots");
        List<String> failures = new ArrayList<>();
        for (RawPlot ref : reference) {
            SimPlot test = ours.stream().filter(p -> p.header().plotName().equals(ref.plotName())).findFirst()
                    .orElseThrow(() -> new AssertionError("memspice wrote no plot '" + ref.plotName() + "'"));
            comparePlot(ref, test, failures);
        }
        System.out.printf(Locale.ROOT, "golden %-28s worst |memspice - ngspice| / peak = %.2e%n",
                deck.getFileName(), worstRelative[0]);
        worstRelative[0] = 0;
        if (!failures.isEmpty()) {
            fail(deck + ":\n  " + String.join("\n  ", failures));
        }
    }

    private static void comparePlot(RawPlot ref, SimPlot test, List<String> failures) {
        boolean isTransient = ref.plotName().equals("Transient Analysis");
        double[] refScale = ref.columns()[0];
        if (!isTransient) {
            assertEquals(ref.pointCount(), test.points(), ref.plotName() + ": number of points");
        }
        double[] testTime = isTransient ? test.vector("time") : null;
        for (Variable v : ref.variables()) {
            if (isTransient && v.name().equals("time")) {
                continue;
            }
            double[] expected = ref.column(v.name());
            double[] actual = test.vector(v.name());
            double peak = 0;
            for (double e : expected) {
                peak = Math.max(peak, Math.abs(e));
            }
            double tolerance = RELATIVE * peak + ABSOLUTE;
            double worst = 0;
            int worstAt = -1;
            double worstValue = 0;
            for (int k = 0; k < expected.length; k++) {
                if (isTransient && refScale[k] < testTime[0]) {
                    continue; // with uic neither simulator writes t = 0; nothing of ours to interpolate before our first step
                }
                double a = isTransient ? Interpolation.at(testTime, actual, refScale[k]) : actual[k];
                double err = Math.abs(a - expected[k]);
                if (err > worst) {
                    worst = err;
                    worstAt = k;
                    worstValue = a;
                }
            }
            if (peak > 0) {
                worstRelative[0] = Math.max(worstRelative[0], worst / peak);
            }
            if (worst > tolerance) {
                failures.add(String.format(Locale.ROOT,
                        "%s %s: |memspice − ngspice| = %.3g > %.3g at %s=%.9g (ngspice %.12g, memspice %.12g)",
                        ref.plotName(), v.name(), worst, tolerance, ref.variables().get(0).name(),
                        refScale[worstAt], ref.columns()[ref.indexOf(v.name())][worstAt], worstValue));
            }
        }
    }
}
