package org.memspice.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.memspice.testing.DeckRun;
import org.memspice.testing.SimPlot;

/** Helpers shared by the example-deck tests: run a deck with every unknown written, read vectors at a time. */
final class ExampleDecks {
    static final Path EXAMPLES = Path.of("netlists/examples");

    private ExampleDecks() {}

    /**
     * Runs {@code deck} as the CLI does, from a copy in {@code dir} that has {@code extraCard} (one more .print, say)
     * inserted before its {@code .end}, beside copies of the files it reads ({@code siblings}); {@code .include} and
     * {@code .lib} of ../../models/ are pointed at the repository's models. Nothing else of the deck changes.
     */
    static DeckRun runWithPrint(String deck, Path dir, String extraCard, String... siblings) throws Exception {
        List<String> out = new ArrayList<>();
        String models = Path.of("models").toAbsolutePath() + "/";
        boolean added = false;
        for (String line : Files.readAllLines(EXAMPLES.resolve(deck))) {
            if (!added && line.strip().toLowerCase(Locale.ROOT).equals(".end")) {
                out.add(extraCard);
                added = true;
            }
            out.add(line.replace("../../models/", models));
        }
        if (!added) {
            throw new AssertionError(deck + " has no .end line");
        }
        for (String s : siblings) {
            Files.copy(EXAMPLES.resolve(s), dir.resolve(s));
        }
        Path copy = dir.resolve(deck);
        Files.write(copy, out);
        return DeckRun.of(copy);
    }

    /** The value of a transient vector at time t, linearly interpolated between the points around it. */
    static double at(SimPlot p, String vector, double t) {
        double[] time = p.vector("time");
        double[] v = p.vector(vector);
        int k = 0;
        while (k + 2 < time.length && time[k + 1] <= t) {
            k++;
        }
        if (t >= time[time.length - 1]) {
            return v[v.length - 1];
        }
        double w = (t - time[k]) / (time[k + 1] - time[k]);
        return v[k] + w * (v[k + 1] - v[k]);
    }

    /** The last point of a transient vector. */
    static double last(SimPlot p, String vector) {
        double[] v = p.vector(vector);
        return v[v.length - 1];
    }

    static void assertAllFinite(List<SimPlot> plots) throws IOException {
        for (SimPlot p : plots) {
            for (double[] row : p.rows()) {
                for (int c = 0; c < row.length; c++) {
                    if (!Double.isFinite(row[c])) {
                        throw new AssertionError(p.header().plotName() + ": " + p.names().get(c) + " is " + row[c]);
                    }
                }
            }
        }
    }
}
