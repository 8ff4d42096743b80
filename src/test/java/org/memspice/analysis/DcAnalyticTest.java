package org.memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** Operating points and DC sweeps against closed forms and an independent dense nodal solve. */
class DcAnalyticTest {

    private static void assertRelative(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.abs(expected), what);
    }

    @Test
    void r2rLadderHalvesAtEveryNode() throws Exception {
        int stages = 30;
        StringBuilder deck = new StringBuilder("r-2r ladder\nV1 n0 0 DC 1\n");
        for (int k = 0; k < stages; k++) {
            deck.append("Rs").append(k).append(" n").append(k).append(" n").append(k + 1).append(" 1k\n");
            deck.append("Rp").append(k).append(" n").append(k + 1).append(" 0 2k\n");
        }
        deck.append("Rt n").append(stages).append(" 0 2k\n.op\n.end\n");
        SimPlot op = Sim.single(deck.toString());
        for (int k = 0; k <= stages; k++) {
            assertRelative(Math.pow(0.5, k), op.value("v(n" + k + ")"), 1e-12, "v(n" + k + ")");
        }
        // looking right from n0 the ladder is 1k in series with 1k: the source delivers 0.5 mA
        assertRelative(-1.0 / 2000, op.value("i(v1)"), 1e-12, "i(v1), SPICE sign: into the + terminal");
    }

    @Test
    void unbalancedBridgeMatchesDenseNodalSolve() throws Exception {
        double rs = 50, r1 = 1000, r2 = 2200, r3 = 3300, r4 = 470, r5 = 10000, vs = 10;
        SimPlot op = Sim.single("""
                wheatstone bridge
                V1 s 0 10
                Rs s a 50
                R1 a b 1k
                R2 a c 2.2k
                R3 b 0 3.3k
                R4 c 0 470
                R5 b c 10k
                .op
                .end
                """);
        // nodal equations in (va, vb, vc) with the source as a Norton equivalent
        double[][] g = {
                {1 / rs + 1 / r1 + 1 / r2, -1 / r1, -1 / r2},
                {-1 / r1, 1 / r1 + 1 / r3 + 1 / r5, -1 / r5},
                {-1 / r2, -1 / r5, 1 / r2 + 1 / r4 + 1 / r5}};
        RealVector v = new LUDecomposition(new Array2DRowRealMatrix(g))
                .getSolver().solve(new ArrayRealVector(new double[] {vs / rs, 0, 0}));
        assertRelative(v.getEntry(0), op.value("v(a)"), 1e-12, "v(a)");
        assertRelative(v.getEntry(1), op.value("v(b)"), 1e-12, "v(b)");
        assertRelative(v.getEntry(2), op.value("v(c)"), 1e-12, "v(c)");
        assertRelative(-(vs - v.getEntry(0)) / rs, op.value("i(v1)"), 1e-12, "i(v1)");
    }

    @Test
    void controlledSourcesFollowTheirLaws() throws Exception {
        SimPlot op = Sim.single("""
                controlled sources
                V1 in 0 2
                R1 in 0 1k
                E1 e 0 in 0 3
                Re e 0 1k
                G1 0 g in 0 1m
                Rg g 0 500
                F1 0 f V1 4
                Rf f 0 100
                H1 h 0 V1 2k
                Rh h 0 1k
                .op
                .end
                """);
        assertRelative(6.0, op.value("v(e)"), 1e-12, "E: 3 x 2 V");
        // G: 1 mS x 2 V = 2 mA flows from 0 through G1 into g, then through 500 ohm
        assertRelative(1.0, op.value("v(g)"), 1e-12, "G: 2 mA into 500 ohm");
        double iv1 = op.value("i(v1)");
        assertRelative(-2e-3, iv1, 1e-12, "i(v1)");
        // F: 4 x i(v1) flows from 0 through F1 into f, then through 100 ohm back to ground
        assertRelative(4 * iv1 * 100, op.value("v(f)"), 1e-12, "F: 4 x i(v1) into 100 ohm");
        assertRelative(2000 * iv1, op.value("v(h)"), 1e-12, "H: 2k x i(v1)");
    }

    @Test
    void nestedDcSweepRunsInnerSourceFastest() throws Exception {
        SimPlot dc = Sim.single("""
                nested sweep
                V1 a 0 0
                V2 b 0 0
                R1 a m 1k
                R2 b m 1k
                R3 m 0 1k
                .dc V1 0 1 0.5 V2 0 2 1
                .end
                """);
        assertEquals(9, dc.points());
        assertArrayEquals(new double[] {0, 0.5, 1, 0, 0.5, 1, 0, 0.5, 1}, dc.vector("v(v-sweep)"), 1e-15);
        double[] vm = dc.vector("v(m)");
        for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 3; k++) {
                double va = 0.5 * k;
                double vb = j;
                assertEquals((va + vb) / 3, vm[3 * j + k], 1e-12 * (va + vb) / 3 + 1e-18,
                        "v(m) at V1=" + va + " V2=" + vb);
            }
        }
    }

    @Test
    void currentSourceSweepHasCurrentScale() throws Exception {
        SimPlot dc = Sim.single("""
                i sweep
                I1 0 a 0
                R1 a 0 2k
                .dc I1 -1m 1m 0.5m
                .end
                """);
        assertEquals(5, dc.points());
        double[] v = dc.vector("v(a)");
        double[] i = dc.vector("i(i-sweep)");
        for (int k = 0; k < 5; k++) {
            assertRelative(2000 * i[k], v[k], 1e-12, "Ohm's law at point " + k);
        }
    }

    @Test
    void resistorTemperatureCoefficientsFollowTheQuadraticLaw() throws Exception {
        SimPlot op = Sim.single("""
                tc
                V1 a 0 1
                R1 a 0 1k tc1=2m tc2=1u
                .options temp=127 tnom=27
                .op
                .end
                """);
        // R(T) = R (1 + tc1 dT + tc2 dT^2), dT = 100 K
        assertRelative(-1.0 / (1000 * (1 + 2e-3 * 100 + 1e-6 * 100 * 100)), op.value("i(v1)"), 1e-12, "i(v1)");
    }

    @Test
    void icSetsTransientInitialConditionsOnlyNotTheOperatingPoint() throws Exception {
        var plots = Sim.run("""
                op with ic
                V1 in 0 5
                R1 in b 1k
                R2 b 0 1k
                C1 b 0 1n
                .ic v(b)=3
                .op
                .tran 1n 2n 0 1n
                .end
                """);
        assertEquals(2.5, plots.get(0).value("v(b)"), 1e-12, ".op ignores .ic, as in ngspice");
        assertEquals(3.0, plots.get(1).vector("v(b)")[0], 1e-6, "the transient starts from the held value");
    }

    @Test
    void dotTempSetsTheCircuitTemperature() throws Exception {
        SimPlot op = Sim.single("tc\nV1 a 0 1\nR1 a 0 1k tc1=2m\n.temp 77\n.op\n.end\n");
        assertRelative(-1.0 / (1000 * (1 + 2e-3 * 50)), op.value("i(v1)"), 1e-12, "R at 77 C with tnom 27 C");
    }
}
