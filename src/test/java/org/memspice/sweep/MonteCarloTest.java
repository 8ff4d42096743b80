package org.memspice.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.GlobalParameters;
import org.memspice.circuit.RandomDraws;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.SimPlot;

/** agauss/gauss/aunif/unif: distributions, seeds, per-instance draws, refusal in behavioural sources. */
class MonteCarloTest {
    private static final int N = 2000;

    /** N evaluations of one {expression}, each drawing anew, from run 1 of seed 1. */
    private static double[] samples(String expression) {
        Netlist n = NetlistParser.read("t\n.param x={" + expression + "}\n.end\n", "m.cir");
        Field value = ((Statement.ParamCard) n.statements().get(0)).definitions().get(0).value();
        GlobalParameters g = new GlobalParameters(n, RandomDraws.forRun(1, 1));
        double[] s = new double[N];
        for (int k = 0; k < N; k++) {
            s[k] = g.value(value);
        }
        return s;
    }

    private static double mean(double[] s) {
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return sum / s.length;
    }

    private static double sd(double[] s) {
        double m = mean(s);
        double sum = 0;
        for (double v : s) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / (s.length - 1));
    }

    /**
     * Sample mean within 4 standard errors (σ/√N) and sample standard deviation within 4 of its standard errors
     * (σ/√(2(N−1)) for a normal; for a uniform the sd's error is smaller, so the bound is loose but safe).
     */
    private static void assertDistribution(double[] s, double mean, double sigma) {
        double m = mean(s);
        double sd = sd(s);
        assertEquals(mean, m, 4 * sigma / Math.sqrt(N), "mean");
        assertEquals(sigma, sd, 4 * sigma / Math.sqrt(2.0 * (N - 1)), "standard deviation");
    }

    @Test
    void agaussHasMeanNomAndSigmaAbsvarOverSigma() {
        assertDistribution(samples("agauss(1k, 100, 2)"), 1000, 50); // σ = 100/2
    }

    @Test
    void gaussIsRelative() {
        assertDistribution(samples("gauss(2, 0.3, 3)"), 2, 0.2); // σ = 2·0.3/3
    }

    @Test
    void uniformDrawsStayInTheirRange() {
        double[] a = samples("aunif(5, 1)");
        double[] u = samples("unif(10, 0.2)");
        for (int k = 0; k < N; k++) {
            assertTrue(a[k] >= 4 && a[k] <= 6, "aunif " + a[k]);
            assertTrue(u[k] >= 8 && u[k] <= 12, "unif " + u[k]);
        }
        assertDistribution(a, 5, 1 / Math.sqrt(3));   // U(−1,1) has σ = 1/√3
        assertDistribution(u, 10, 2 / Math.sqrt(3));
    }

    @Test
    void drawsInsideExpressionsAndFunctions() {
        double[] s = samples("2 * agauss(0, 1, 1) + 3");
        assertDistribution(s, 3, 2);
        assertNotEquals(s[0], s[1]); // nothing folded or cached: each evaluation draws
    }

    private static final String DIVIDERS = """
            per-instance
            .param rg={agauss(1k, 100, 1)}
            .subckt load a params: r={agauss(1k, 100, 1)}
            R1 a 0 {r}
            R2 a 0 {rg}
            .ends
            I1 0 a 1
            I2 0 b 1
            R1 a 0 {rg}
            R2 b 0 {rg}
            X1 a load
            X2 b load
            .op
            .end
            """;

    @Test
    void subcircuitDefaultsDrawPerInstanceAndGlobalParametersOncePerRun() throws Exception {
        SimPlot op = Steps.run(DIVIDERS.replace("R1 a 0 {rg}\nR2 b 0 {rg}\n", "")).get(0);
        // each node: 1 A into r ∥ rg; nodes a and b differ only through the instance's own draw of r
        assertNotEquals(op.value("v(a)"), op.value("v(b)"));
        SimPlot global = Steps.run("g\n.param rg={agauss(1k, 100, 1)}\nI1 0 a 1\nI2 0 b 1\nR1 a 0 {rg}\n"
                + "R2 b 0 {rg}\n.op\n.end\n").get(0);
        assertEquals(global.value("v(a)"), global.value("v(b)"), 0); // one draw of rg for the whole run
        assertNotEquals(1000.0, global.value("v(a)"));
    }

    private static final String RC = """
            rc
            .options seed=SEED
            .param rg={agauss(1k, 100, 3)}
            .subckt stage in out c={gauss(1n, 0.1, 3)}
            R1 in out {rg}
            C1 out 0 {c}
            .ends
            V1 in 0 pulse(0 1 0 1n 1n 5u 10u)
            X1 in mid stage
            X2 mid out stage
            .mc RUNS
            .tran 50n 3u
            .end
            """;

    private static List<SimPlot> rc(long seed, int runs) throws Exception {
        return Steps.run(RC.replace("SEED", Long.toString(seed)).replace("RUNS", Integer.toString(runs)));
    }

    @Test
    void theSameSeedGivesBitIdenticalWaveformsAndAnotherSeedDoesNot() throws Exception {
        List<SimPlot> a = rc(42, 3);
        List<SimPlot> b = rc(42, 3);
        List<SimPlot> c = rc(43, 3);
        assertEquals(3, a.size());
        for (int k = 0; k < 3; k++) {
            assertEquals(a.get(k).points(), b.get(k).points());
            for (int row = 0; row < a.get(k).points(); row++) {
                assertArrayEquals(a.get(k).rows().get(row), b.get(k).rows().get(row));
            }
            assertEquals("rc (run " + (k + 1) + " of 3)", a.get(k).header().title());
        }
        double[] va = a.get(0).vector("v(out)");
        double[] vc = c.get(0).vector("v(out)");
        assertNotEquals(va[va.length - 1], vc[vc.length - 1]);
        double[] v2 = a.get(1).vector("v(out)");
        assertNotEquals(va[va.length - 1], v2[v2.length - 1]); // runs differ from one another
    }

    @Test
    void runKDoesNotDependOnTheNumberOfRuns() throws Exception {
        List<SimPlot> three = rc(7, 3);
        List<SimPlot> five = rc(7, 5);
        for (int k = 0; k < 3; k++) {
            for (int row = 0; row < three.get(k).points(); row++) {
                assertArrayEquals(three.get(k).rows().get(row), five.get(k).rows().get(row));
            }
        }
    }

    @Test
    void aDeckWithoutStepsIsRunOneOfItsSeed() throws Exception {
        SimPlot plain = Steps.run("t\n.param rg={agauss(1k, 100, 1)}\nI1 0 a 1\nR1 a 0 {rg}\n.op\n.end\n").get(0);
        SimPlot run1 = Steps.run("t\n.param rg={agauss(1k, 100, 1)}\nI1 0 a 1\nR1 a 0 {rg}\n.mc 2\n.op\n.end\n")
                .get(0);
        SimPlot direct = org.memspice.testing.Sim.single(
                "t\n.param rg={agauss(1k, 100, 1)}\nI1 0 a 1\nR1 a 0 {rg}\n.op\n.end\n");
        assertEquals(plain.value("v(a)"), run1.value("v(a)"), 0);
        assertEquals(plain.value("v(a)"), direct.value("v(a)"), 0);
    }

    @Test
    void drawsAreRefusedInBehaviouralExpressionsWithALocatedMessage() {
        String errors = Steps.errors("t\nV1 a 0 1\nB1 b 0 V={v(a) * agauss(1, 0.1, 1)}\nR1 b 0 1k\n.op\n.end\n");
        assertTrue(errors.contains("s.cir:3:18: error: agauss() draws a new random value at each evaluation"),
                errors);
        assertTrue(errors.contains(".param p={agauss(1, 0.1, 1)}"), errors);
        errors = Steps.errors("t\n.func wobble(x) {x * unif(1, 0.1)}\nV1 a 0 1\nE1 b 0 VALUE={wobble(v(a))}\n"
                + "R1 b 0 1k\n.op\n.end\n");
        assertTrue(errors.contains("s.cir:4:") && errors.contains(".func wobble draws random values"), errors);
        errors = Steps.errors("t\n.options seed={1+1}\nR1 a 0 1\n.op\n.end\n");
        assertTrue(errors.contains("s.cir:2:15: error: seed: expected an integer"), errors);
    }
}
