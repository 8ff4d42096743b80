package org.memspice.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which values a .step card gives, in which order; every bad card located. */
class StepPlanTest {

    private static List<Double> values(String card) throws Exception {
        StepPlan plan = Steps.plan("t\n.param r=1 n=4\n" + card + "\nR1 a 0 1\nI1 0 a 1\n.op\n.end\n");
        assertEquals(1, plan.axes().size());
        return plan.axes().get(0).values();
    }

    @Test
    void listAndExpressions() throws Exception {
        assertEquals(List.of(1e3, 2e3, 4e3), values(".step param r list 1k 2k 4k"));
        assertEquals(List.of(4.0, 8.0), values(".step param r list {n} {2*n}"));
        assertEquals(List.of(1e3, 2e3), values(".step param R LIST 1k 2k")); // case-insensitive
    }

    @Test
    void linearPointsAreStartPlusKIncrementsWithTheEndPointKept() throws Exception {
        List<Double> v = values(".step param r 1 10 0.1");
        assertEquals(91, v.size());
        assertEquals(1.0, v.get(0), 0);
        assertEquals(1 + 45 * 0.1, v.get(45), 0); // k·incr, not accumulated sums
        assertEquals(10.0, v.get(90), 0);         // the end point is stop itself
        // 0.3/0.1 = 2.9999999999999996 in doubles: the tolerance keeps the end point, 3·0.1 = 0.30000000000000004
        // becomes stop itself
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3), values(".step param r 0 0.3 0.1"));
        assertEquals(List.of(1e3, 2e3, 3e3), values(".step param r 1k 3k 1k"));
        assertEquals(List.of(1e3, 2e3, 3e3), values(".step lin param r 1k 3k 1k"));
        assertEquals(List.of(1e3, 2e3, 3e3), values(".step param r lin 1k 3k 1k"));
        assertEquals(List.of(3.0, 2.0, 1.0), values(".step param r 3 1 -1"));
        assertEquals(List.of(0.0, 0.4, 0.8), values(".step param r 0 1 0.4")); // stop not reached: 1.2 > 1
        assertEquals(List.of(5.0), values(".step param r 5 5 0"));
        assertEquals(List.of(-55.0, 35.0, 125.0), values(".step temp -55 125 90"));
    }

    @Test
    void decadeAndOctavePoints() throws Exception {
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0), values(".step dec param r 1 1k 1"));
        assertEquals(List.of(1.0, 2.0, 4.0, 8.0), values(".step oct param r 1 8 1"));
        assertEquals(List.of(1.0, 2.0, 4.0, 8.0), values(".step param r oct 1 10 1")); // 16 is past stop
        List<Double> twoPerDecade = values(".step param r dec 1 100 2");
        assertEquals(5, twoPerDecade.size());
        double[] expected = {1, Math.sqrt(10), 10, 10 * Math.sqrt(10), 100};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], twoPerDecade.get(k), 1e-12 * expected[k]);
        }
        assertEquals(100.0, twoPerDecade.get(4), 0);
        List<Double> tenPerDecade = values(".step dec param r 1k 1meg 10");
        assertEquals(31, tenPerDecade.size());
        assertEquals(1e6, tenPerDecade.get(30), 0);
        List<Double> threePerOctave = values(".step oct param r 1 4 3");
        assertEquals(7, threePerOctave.size());
        assertEquals(Math.cbrt(2), threePerOctave.get(1), 1e-15);
    }

    @Test
    void nestedCardsGiveTheCartesianProductFirstCardInnermost() throws Exception {
        StepPlan plan = Steps.plan("t\n.param a=0 b=0\n.step param a list 1 2 3\n.step param b list 10 20\n"
                + "R1 x 0 1\nI1 0 x 1\n.op\n.end\n");
        assertEquals(6, plan.size());
        List<String> order = new ArrayList<>();
        for (StepPoint p : plan.points()) {
            order.add(p.parameters().get("a").intValue() + "/" + p.parameters().get("b").intValue());
        }
        assertEquals(List.of("1/10", "2/10", "3/10", "1/20", "2/20", "3/20"), order);
        assertEquals("a=2, b=20", plan.point(5).label());
        assertEquals(5, plan.point(5).run()); // without .mc, every step draws its own values
    }

    @Test
    void mcRunsAndTheirRandomStreams() throws Exception {
        StepPlan plan = Steps.plan("t\n.param a=0\n.step param a list 1 2\n.mc 3\n.options seed=7\n"
                + "R1 x 0 1\nI1 0 x 1\n.op\n.end\n");
        assertEquals(6, plan.size());
        assertEquals(7, plan.seed());
        assertTrue(plan.monteCarlo());
        // with .mc, the run number (not the step number) picks the draws: same parts at every a
        assertEquals(List.of(1, 1, 2, 2, 3, 3), plan.points().stream().map(StepPoint::run).toList());
        assertEquals("a=1, run 2 of 3", plan.point(3).label());
        assertEquals(1, Steps.plan("t\nR1 x 0 1\n.op\n.end\n").size());
        assertEquals(org.memspice.circuit.RandomDraws.DEFAULT_SEED, Steps.plan("t\nR1 x 0 1\n.op\n.end\n").seed());
    }

    @Test
    void labelsUseScaleSuffixes() {
        assertEquals("1k", StepPoint.format(1000));
        assertEquals("2.2meg", StepPoint.format(2.2e6));
        assertEquals("10n", StepPoint.format(1e-8));
        assertEquals("-55", StepPoint.format(-55));
        assertEquals("500m", StepPoint.format(0.5));
        assertEquals("0", StepPoint.format(0));
    }

    private static final String DECK = "t\n.param r=1k rload=2k\nV1 a 0 1\nR1 a 0 {r}\n.op\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ".step param rr list 1 2|6:13|.step param rr: no global .param named 'rr' to step; did you mean 'r'?",
            ".step param r 1k 2k 0|6:21|.step param r: increment 0 does not lead from 1k to 2k",
            ".step param r 1k 2k -1|6:21|.step param r: increment -1 does not lead from 1k to 2k",
            ".step dec param r 0 1k 10|6:19|a dec sweep needs a positive start, got 0",
            ".step oct param r 1 10 0.5|6:24|points per octave must be a positive integer",
            ".step param r 1 1meg 1|6:22|1000000 steps; at most 10000 are allowed",
            ".step param r 1k 2k|6:20|.step param r: expected start stop incr; incr is missing",
            ".step param r 1k 2k 1k 4k|6:24|found '4k' after incr",
            ".step param r list|6:19|.step param r list: expected at least one value",
            ".step param|6:12|.step param: expected a parameter name after param",
            ".step|6:6|.step: expected [lin|dec|oct] param NAME start stop incr",
            ".step v1 1 2 0.1|6:7|.step: cannot step 'v1'; step a global parameter",
            ".step param r list 1k x|6:23|.step param r: each listed value must be a number, found 'x'",
            ".step dec param r lin 1 2 1|6:19|.step param r: the sweep is already dec",
            ".mc 0|6:5|.mc: the number of runs must be a positive integer, got 0",
            ".mc|6:4|.mc: expected the number of Monte Carlo runs"})
    void badCardsAreLocated(String card, String at, String message) {
        String errors = Steps.errors(DECK + card + "\n.end\n");
        assertTrue(errors.contains("s.cir:" + at + ": error: "), errors);
        assertTrue(errors.contains(message), errors);
        assertTrue(errors.contains(card.trim() + "\n"), "quotes the card:\n" + errors);
    }

    @Test
    void tooManyNestedStepsAndDuplicatesAreRefused() {
        String errors = Steps.errors(DECK + ".step param r 1 200 1\n.step param rload 1 200 1\n.end\n");
        assertTrue(errors.contains("s.cir:7:1: error: this card makes 40000 steps in all; at most 10000"), errors);
        errors = Steps.errors(DECK + ".step param r list 1 2\n.step param R list 3\n.end\n");
        assertTrue(errors.contains("s.cir:7:1: error: .step R: already stepped by an earlier card"), errors);
        errors = Steps.errors(DECK + ".subckt s a\n.step param r list 1\n.ends\n.end\n");
        assertTrue(errors.contains("s.cir:7:1: error: this card cannot be inside .subckt s"), errors);
    }

    @Test
    void stepErrorsAndOtherErrorsAreReportedTogether() {
        String errors = Steps.errors("t\n.param r=1k\nR1 a 0 k10\n.step param q list 1\n.op\n.end\n");
        assertTrue(errors.contains("s.cir:3:8: error: expected a number, got 'k10'"), errors);
        assertTrue(errors.contains("s.cir:4:13: error: .step param q: no global .param named 'q'"), errors);
    }
}
