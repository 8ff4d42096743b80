package org.memspice.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.SimulationPlan;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.output.WaveformSink;
import org.memspice.testing.MemorySink;
import org.memspice.testing.SimPlot;

/** Every step elaborated and simulated into one sink; titles; the per-step hook. */
class StepRunnerTest {

    private static final String DIVIDER = """
            divider
            .param r=1k
            V1 in 0 10
            R1 in out 1k
            R2 out 0 {r}
            .step param r list 1k 2k 4k
            .op
            .end
            """;

    @Test
    void aListGivesOnePlotPerStepWithTheExactDivision() throws Exception {
        List<SimPlot> plots = Steps.run(DIVIDER);
        assertEquals(3, plots.size());
        // v(out) = 10·r/(1k + r): 5, 20/3, 8
        assertEquals(5.0, plots.get(0).value("v(out)"), 1e-12);
        assertEquals(20.0 / 3, plots.get(1).value("v(out)"), 1e-12);
        assertEquals(8.0, plots.get(2).value("v(out)"), 1e-12);
        assertEquals(List.of("divider (step r=1k)", "divider (step r=2k)", "divider (step r=4k)"),
                plots.stream().map(p -> p.header().title()).toList());
        assertTrue(plots.stream().allMatch(p -> p.header().plotName().equals("Operating Point")));
    }

    @Test
    void withoutStepsTheTitleAndPlotsAreAsBefore() throws Exception {
        List<SimPlot> plots = Steps.run(DIVIDER.replace(".step param r list 1k 2k 4k\n", ""));
        assertEquals(1, plots.size());
        assertEquals("divider", plots.get(0).header().title());
        assertEquals(5.0, plots.get(0).value("v(out)"), 1e-12);
    }

    @Test
    void nestedStepsRunTheProductInnermostFirstOverEveryAnalysis() throws Exception {
        List<SimPlot> plots = Steps.run("""
                nested
                .param r=1k v=1
                V1 in 0 {v}
                R1 in out 1k
                R2 out 0 {r}
                .step param r list 1k 3k
                .step param v list 2 4
                .op
                .dc V1 0 1 1
                .end
                """);
        assertEquals(8, plots.size()); // 4 steps × (op, dc)
        double[] expected = {2 * 0.5, 2 * 0.75, 4 * 0.5, 4 * 0.75}; // v·r/(1k + r)
        for (int k = 0; k < 4; k++) {
            SimPlot op = plots.get(2 * k);
            SimPlot dc = plots.get(2 * k + 1);
            assertEquals("Operating Point", op.header().plotName());
            assertEquals("DC transfer characteristic", dc.header().plotName());
            assertEquals(expected[k], op.value("v(out)"), 1e-12);
            assertEquals(expected[k] / (k < 2 ? 2 : 4), dc.vector("v(out)")[1], 1e-12); // at V1 = 1
        }
        assertEquals("nested (step r=3k, v=4)", plots.get(6).header().title());
    }

    @Test
    void temperatureStepsReachTheResistorTemperatureLaw() throws Exception {
        // R2(T) = 1k·(1 + 2m·(T − 27)): 1k at 27 °C, 1.2k at 127 °C, 0.8k at −73 °C
        List<SimPlot> plots = Steps.run("""
                tc
                V1 in 0 10
                R1 in out 1k
                R2 out 0 1k tc1=2m
                .temp 50
                .step temp list 27 127 -73
                .op
                .end
                """);
        assertEquals(3, plots.size());
        assertEquals(5.0, plots.get(0).value("v(out)"), 1e-12);
        assertEquals(10 * 1.2 / 2.2, plots.get(1).value("v(out)"), 1e-12);
        assertEquals(10 * 0.8 / 1.8, plots.get(2).value("v(out)"), 1e-12);
        assertEquals("tc (step temp=-73)", plots.get(2).header().title());
    }

    @Test
    void temperStepsWithTheTemperature() throws Exception {
        List<SimPlot> plots = Steps.run("t\nI1 0 a 1\nR1 a 0 {100 + temper}\n.step temp 0 50 25\n.op\n.end\n");
        assertEquals(List.of(100.0, 125.0, 150.0), plots.stream().map(p -> p.value("v(a)")).toList());
    }

    @Test
    void observersSeeEveryStepItsPlanAndItsPlots() throws Exception {
        StepRunner runner = StepRunner.prepare(NetlistParser.read(DIVIDER, "s.cir"));
        List<String> seen = new ArrayList<>();
        MemorySink tapped = new MemorySink();
        MemorySink output = new MemorySink();
        runner.run(output, new StepRunner.StepObserver() {
            @Override
            public WaveformSink tap(StepPoint point, SimulationPlan plan) {
                if (point.number() == 1) {
                    assertSame(runner.firstPlan(), plan);
                }
                return point.number() == 2 ? tapped : null;
            }

            @Override
            public void stepFinished(StepRunner.StepResult result) {
                seen.add(result.point().number() + ":" + result.point().parameters() + ":"
                        + result.statistics().size());
            }
        });
        assertEquals(List.of("1:{r=1000.0}:1", "2:{r=2000.0}:1", "3:{r=4000.0}:1"), seen);
        assertEquals(1, tapped.plots().size());
        assertEquals(20.0 / 3, tapped.plots().get(0).value("v(out)"), 1e-12);
        assertEquals(3, output.plots().size());
    }

    @Test
    void aStepThatBreaksTheDeckNamesTheStep() throws Exception {
        StepRunner runner = StepRunner.prepare(NetlistParser.read(
                "t\n.param r=1k\nI1 0 a 1\nR1 a 0 {r} tc1={1/(r-2k)}\n.step param r list 1k 2k\n.op\n.end\n", "s.cir"));
        NetlistException e = assertThrows(NetlistException.class, () -> runner.run(new MemorySink(),
                new StepRunner.StepObserver() {}));
        assertTrue(e.getMessage().contains("s.cir:4:") && e.getMessage().contains("(at step r=2k)"),
                e.getMessage());
    }
}
