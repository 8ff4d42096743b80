package org.memspice.device.memristor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/**
 * TEAM and Yakopcic (Xyce memristor levels 2 and 3) and VTEAM: equations against closed forms, windows keeping
 * the state in range, pinched hysteresis shrinking with frequency, printable and held states, Xyce spellings,
 * located errors. The benchmarks against scipy are the decks netlists/calibration/ref_*.cir.
 */
class ReferenceMemristorsTest {

    /** TEAM without a window under a constant current 2·ioff: dx/dt = koff·s·(2 − 1)^α = koff·s exactly. */
    @Test
    void teamDriftsAtItsThresholdLawUnderAConstantCurrent() throws Exception {
        SimPlot p = Sim.single("""
                team drift
                .model t memristor level=2 ioff=1m ion=-1m koff=2e-9 kon=-2e-9 alphaoff=3 xscaling=1e9
                I1 0 a 2m
                YMEMRISTOR m1 a 0 t xo=0.5n
                .print tran v(a) x(ym1) n(ymemristor!m1_x) i(ymemristor!m1) n(ymemristor!m1:r)
                .tran 10m 1 0 10m
                .end
                """);
        double[] t = p.vector("time");
        double[] x = p.vector("x(ym1)");
        double[] v = p.vector("v(a)");
        double[] i = p.vector("i(ym1)");
        double[] r = p.vector("n(ym1:r)");
        for (int n = 0; n < t.length; n++) {
            double expected = 0.5 + 2 * t[n]; // nm
            assertEquals(expected, x[n], 1e-9, "x at " + t[n]);
            double rExpected = 50 + 950 * expected / 3;
            assertEquals(2e-3 * rExpected, v[n], 1e-9, "v at " + t[n]);
            assertEquals(2e-3, i[n], 1e-12, "lead current");
            assertEquals(rExpected, r[n], 1e-6, "n(ymemristor!m1:r)");
        }
        assertEquals(x[x.length - 1], p.vector("x(ym1,x)")[x.length - 1], 0);
    }

    /** Kvatinsky's window stops a TEAM state driven hard off a few wc past aoff: bounded without a clamp. */
    @Test
    void theKvatinskyWindowBoundsTheTeamState() throws Exception {
        SimPlot p = Sim.single("""
                team window
                .model t memristor level=2 ioff=1m ion=-1m koff=1e-6 kon=-1e-6 wt=4 aoff=3n aon=0 wc=10p
                + xscaling=1e9
                I1 0 a 5m
                YMEMRISTOR m1 a 0 t xo=1n
                .tran 1m 100m 0 1m
                .end
                """);
        double[] x = p.vector("x(ym1)");
        double last = x[x.length - 1];
        assertTrue(last > 2.95 && last < 3.1, "x settles just past aoff = 3 nm: " + last);
        for (double value : x) {
            assertTrue(Double.isFinite(value) && value < 3.1, "x = " + value);
        }
    }

    /** Yakopcic below xp under v > vp: f = 1, so dx/dt = η·Ap(e^v − e^vp) is constant; x never passes 1. */
    @Test
    void yakopcicFollowsItsThresholdAndWindow() throws Exception {
        SimPlot p = Sim.single("""
                yakopcic drift
                .model y memristor level=3 a1=0.17 a2=0.17 b=0.05 vp=0.16 vn=0.15 an=1 xp=0.3 xn=0.5
                + alphap=1 alphan=5 eta=1 ap=10
                V1 a 0 0.5
                YMEMRISTOR m1 a 0 y xo=0.1
                .options reltol=1e-7
                .tran 5m 2 0 5m
                .end
                """);
        double rate = 10 * (Math.exp(0.5) - Math.exp(0.16));
        double[] t = p.vector("time");
        double[] x = p.vector("x(ym1)");
        double[] i = p.vector("i(v1)");
        for (int n = 0; n < t.length; n++) {
            if (0.1 + rate * t[n] < 0.3) {
                assertEquals(0.1 + rate * t[n], x[n], 1e-7, "linear phase at " + t[n]);
            }
            assertTrue(x[n] < 1, "x = " + x[n]);
            assertEquals(-0.17 * x[n] * Math.sinh(0.05 * 0.5), i[n], 1e-12, "I = a1 x sinh(b v)");
        }
        assertTrue(x[x.length - 1] > 0.9, "x approaches 1: " + x[x.length - 1]);
    }

    /** Sine drive: the loop passes through the origin and its area shrinks as the frequency rises. */
    @Test
    void everyReferenceModelHasAPinchedLoopShrinkingWithFrequency() throws Exception {
        Map<String, String> models = Map.of(
                "team", ".model m memristor level=2 ioff=0.1m ion=-0.1m koff=1e-11 kon=-1e-11 alphaon=2 alphaoff=2"
                        + " xscaling=1e9 wt=4 aon=0 aoff=3n wc=50p\nYMEMRISTOR m1 a 0 m xo=1.5n",
                "vteam", ".model m vteam (von=-0.2 voff=0.2 kon=-2e-11 koff=2e-11 alphaoff=2 alphaon=2 wc=50p)\n"
                        + "YMEMRISTOR m1 a 0 m x0=1.5n",
                "yakopcic", ".model m memristor level=3 a1=0.17 a2=0.17 b=0.05 vp=0.16 vn=0.15 ap=4 an=4"
                        + " xp=0.3 xn=0.5 alphap=1 alphan=5 eta=1\nYMEMRISTOR m1 a 0 m xo=0.5",
                "hp-biolek", ".model m hp (window=biolek p=2)\nYMEMRISTOR m1 a 0 m x0=0.5",
                "hp-prodromakis", ".model m hp (window=prodromakis p=2)\nYMEMRISTOR m1 a 0 m x0=0.5");
        for (var e : models.entrySet()) {
            double slow = loopArea(e.getValue(), 1);
            double fast = loopArea(e.getValue(), 10);
            assertTrue(slow > 0, e.getKey() + ": area " + slow);
            assertTrue(fast < slow / 2, e.getKey() + ": area at 10 Hz " + fast + " vs 1 Hz " + slow);
        }
    }

    private static double loopArea(String device, double frequency) throws Exception {
        SimPlot p = Sim.single("""
                loop
                V1 a 0 SIN(0 1 %s)
                %s
                .options reltol=1e-6
                .tran %s %s 0 %s
                .end
                """.formatted(frequency, device, 1e-3 / frequency, 1 / frequency, 1e-3 / frequency));
        double[] t = p.vector("time");
        double[] v = p.vector("v(a)");
        double[] i = p.vector("i(v1)");
        // the two lobes turn opposite ways, so their signed areas are summed in magnitude
        double positive = 0;
        double negative = 0;
        for (int n = 1; n < v.length; n++) {
            double piece = 0.5 * (i[n] + i[n - 1]) * (v[n] - v[n - 1]);
            if (v[n] + v[n - 1] >= 0) {
                positive += piece;
            } else {
                negative += piece;
            }
            if (Math.abs(v[n]) < 1e-12) {
                assertEquals(0, i[n], 1e-15, "pinched at the origin, t = " + t[n]);
            }
        }
        return Math.abs(positive) + Math.abs(negative);
    }

    @Test
    void statesAreHeldAtTheOperatingPoint() throws Exception {
        SimPlot p = Sim.single("""
                op
                .model t memristor level=2 xscaling=1e9
                .model y memristor level=3 vn=0.15 vp=0.16
                .model v vteam
                V1 a 0 2
                YMEMRISTOR m1 a 0 t xo=1.5n
                YMEMRISTOR m2 a 0 y xo=0.25
                YMEMRISTOR m3 a 0 v x0=3n
                .op
                .end
                """);
        assertEquals(1.5, p.value("x(ym1)"), 0);
        assertEquals(0.25, p.value("x(ym2)"), 0);
        assertEquals(3, p.value("x(ym3)"), 0);
        double expected = -(2 / 525.0 + 0.25 * Math.sinh(2) + 2 / 1000.0);
        assertEquals(expected, p.value("i(v1)"), 1e-12);
    }

    /** Xyce's regression deck for TEAM, verbatim: .options timeint, .tran 0 tstop, i(rptg), n(…:r). */
    @Test
    void xyceTeamDeckRunsUnchanged() throws Exception {
        SimPlot p = Sim.single("""
                A test of the TEAM memristor device

                vsrc n1 0  sin( 0 1 1000 0 )

                .options timeint reltol= 1e-4
                *rload n1 n2 100

                .model mrm1 memristor level=2 ron=50 roff=1000 koff=1.46e-18 kon=-4.68e-22 alphaoff=10 alphaon=10 wc=1.0e-12 ioff=115e-6 ion=-8.9e-6 xscaling=1.0e9 wt=4
                ymemristor mr1 n1 n2 mrm1

                rptg n2 0 50\s

                *COMP v(n1) abstol=1.0e-5\s
                *COMP n(ymemristor!mr1:r)  reltol=0.02

                .print tran v(n1)  v(n2) i(rptg) n(ymemristor!mr1_x) n(ymemristor!mr1:r)
                .tran 0 10e-3

                .end
                """);
        double[] x = p.vector("x(ymr1,x)");
        double max = 0;
        for (double value : x) {
            max = Math.max(max, value);
        }
        assertEquals(1.344655, max, 0.01, "peak state (scipy 1.344655 nm)");
        assertEquals(-0.003776, x[x.length - 1], 1e-4, "final state (scipy -0.003776 nm)");
        double[] i = p.vector("i(rptg)");
        double[] v2 = p.vector("v(n2)");
        assertEquals(v2[v2.length / 2] / 50, i[i.length / 2], 1e-15, "resistor lead current");
    }

    @Test
    void mistakesAreLocated() {
        NetlistException e = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                errors
                .model t1 memristor level=2 ion=8.9e-6
                .model t2 memristor level=2 wt=1
                .model t3 memristor level=2 wt=7
                .model t4 memristor level=2 resnoise=1
                .model y1 memristor level=3 xp=1
                .model y2 memristor level=3 alpahp=1
                .model m9 memristor level=9
                .model v1 vteam (von=0.2)
                V1 a 0 1
                YMEMRISTOR m1 a 0 t1
                YMEMRISTOR m2 a 0 t2
                YMEMRISTOR m3 a 0 t3
                YMEMRISTOR m4 a 0 t4
                YMEMRISTOR m5 a 0 y1
                YMEMRISTOR m6 a 0 y2
                YMEMRISTOR m7 a 0 m9
                YMEMRISTOR m8 a 0 v1
                YMEMRISTOR m10 a 0 y1 xo=0.5 xp=0.2 xo=2
                .op
                .end
                """, "e.cir")));
        String msg = e.getMessage();
        assertTrue(msg.contains("e.cir:2:29: error: Ym1: ion = 8.9E-6 must be negative"), msg);
        assertTrue(msg.contains("e.cir:12:1: error: Ym2: p = 1.15E-4 must be at least 0.5 for wt=1"), msg);
        assertTrue(msg.contains("e.cir:4:29: error: Ym3: wt = 7.0 is outside [0.0, 4.0]"), msg);
        assertTrue(msg.contains("e.cir:5:29: error: Ym4: resnoise = 1.0 asks for Xyce's random-telegraph"), msg);
        assertTrue(msg.contains("e.cir:6:29: error: Ym5: xp = 1.0 is outside [0, 1)"), msg);
        assertTrue(msg.contains("e.cir:7:29: error: .model y2: unknown parameter 'alpahp'; did you mean 'alphap'?")
                || msg.contains("e.cir:7:29: error: Ym6: unknown parameter 'alpahp'; did you mean 'alphap'?"), msg);
        assertTrue(msg.contains("e.cir:17:19: error: Ym7: model m9 has memristor level 9; the levels are 2, 3"), msg);
        assertTrue(msg.contains("e.cir:9:18: error: Ym8: von = 0.2 must be negative"), msg);
        assertTrue(msg.contains("e.cir:19:37: error: Ym10: xo = 2.0 is outside [0.0, 1.0]"), msg);
    }

    /** A stray name on .ends (Xyce's Yakopcic regression deck ends mem_dev with ".ends meme_dev") only warns. */
    @Test
    void aStrayEndsNameWarnsAsXyceIgnoresIt() throws Exception {
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.read("""
                ends
                .subckt cell a b
                R1 a b 1k
                .ends celll
                X1 n 0 cell
                V1 n 0 1
                .op
                .end
                """, "w.cir"));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.toString().contains(".ends celll does not match")),
                plan.warnings().toString());
    }
}
