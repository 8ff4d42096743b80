package org.memspice.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** Every example deck at the top of {@code netlists/} runs and writes finite numbers. */
class ExampleNetlistsTest {

    @TestFactory
    Stream<DynamicTest> examplesRun() throws IOException {
        List<Path> decks;
        try (Stream<Path> s = Files.list(Path.of("netlists"))) {
            decks = s.filter(p -> p.toString().endsWith(".cir")).sorted().toList();
        }
        assertFalse(decks.isEmpty(), "no example decks in netlists/");
        return decks.stream().map(deck -> DynamicTest.dynamicTest(deck.toString(), () -> {
            List<SimPlot> plots = Sim.run(deck);
            assertFalse(plots.isEmpty(), "no analysis ran");
            for (SimPlot p : plots) {
                assertTrue(p.points() > 0, p.header().plotName() + " has no points");
                for (double[] row : p.rows()) {
                    for (double v : row) {
                        assertTrue(Double.isFinite(v), p.header().plotName() + " holds a non-finite value");
                    }
                }
            }
        }));
    }
}
