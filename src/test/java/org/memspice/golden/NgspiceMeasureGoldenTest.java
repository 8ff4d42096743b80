package org.memspice.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memspice.analysis.Simulator;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.measure.MeasureRecorder;
import org.memspice.measure.MeasureResult;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.MemorySink;

/**
 * Every deck in {@code netlists/ngspice/} with a {@code <deck>.ngspice.measure} golden (the {@code .meas} results
 * ngspice-39 printed; see regen-goldens.sh): memspice's result of each name must match ngspice's within
 * 2e-6 relative. Why that tolerance: ngspice prints TRIG/TARG, FIND, AVG, MIN, MAX and PP with 7 digits
 * (rounding up to 5e-7 relative), both simulators' waveforms agree to about 1e-6 of the peak (NgspiceGoldenTest),
 * and crossings, FIND values and sampled extremes are linear interpolations or samples of those waveforms on two
 * different time grids. The decks keep FROM/TO off the sample points and away from results that are small
 * differences of large areas, where the grid alone would decide the last digits.
 */
class NgspiceMeasureGoldenTest {
    static final double RELATIVE = 2e-6;
    static final Path DECKS = Path.of("netlists", "ngspice");

    @TestFactory
    Stream<DynamicTest> measurementsAgreeWithNgspice() throws IOException {
        List<Path> goldens;
        try (Stream<Path> s = Files.list(DECKS)) {
            goldens = s.filter(p -> p.toString().endsWith(".ngspice.measure")).sorted().toList();
        }
        assertFalse(goldens.size() < 3, "expected at least 3 measure goldens, found " + goldens.size());
        return goldens.stream().map(g -> DynamicTest.dynamicTest(g.toString(), () -> check(g)));
    }

    private static void check(Path golden) throws Exception {
        Path deck = golden.resolveSibling(golden.getFileName().toString().replace(".ngspice.measure", ".cir"));
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(golden)) {
            String[] f = line.trim().split("\\s+");
            expected.put(f[0].toLowerCase(Locale.ROOT), Double.parseDouble(f[1]));
        }
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.read(deck));
        MeasureRecorder recorder = new MeasureRecorder(plan.measurements());
        new Simulator(plan).run(new MemorySink(), recorder);
        Map<String, MeasureResult> ours = new LinkedHashMap<>();
        recorder.results().forEach(r -> ours.put(r.name().toLowerCase(Locale.ROOT), r));
        List<String> failures = new ArrayList<>();
        double worst = 0;
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            MeasureResult r = ours.get(e.getKey());
            assertTrue(r != null, "memspice has no measurement " + e.getKey());
            if (r.failed()) {
                failures.add(e.getKey() + " failed: " + r.failure());
                continue;
            }
            double err = Math.abs(r.value() - e.getValue()) / Math.abs(e.getValue());
            worst = Math.max(worst, err);
            System.out.printf(Locale.ROOT, "measure %-28s %-10s ngspice %.15e memspice %.15e rel %.1e%n",
                    deck.getFileName(), e.getKey(), e.getValue(), r.value(), err);
            if (err > RELATIVE) {
                failures.add(String.format(Locale.ROOT, "%s: ngspice %.15g, memspice %.15g (relative %.2e > %.0e)",
                        e.getKey(), e.getValue(), r.value(), err, RELATIVE));
            }
        }
        System.out.printf(Locale.ROOT, "measure %-28s worst relative deviation %.2e%n", deck.getFileName(), worst);
        if (!failures.isEmpty()) {
            fail(deck + ":\n  " + String.join("\n  ", failures));
        }
    }
}
