package org.memspice.device.semiconductor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;

/** The diode and the level-1 MOSFET against their closed forms, and their located card errors. */
class SemiconductorAnalyticTest {
    private static final double VT = JunctionPhysics.thermalVoltage(300.15);
    private static final double GMIN = 1e-12;

    private static double diodeCurrent(String model, double v) throws Exception {
        return -Sim.single("d\nV1 a 0 DC " + v + "\nD1 a 0 dm\n.model dm D (" + model + ")\n.options reltol=1e-9\n.op\n"
                + ".end\n").value("i(v1)");
    }

    @Test
    void diodeForwardCurrentIsTheShockleyExponentialPlusGmin() throws Exception {
        double expected = 1e-14 * (Math.exp(0.65 / (1.2 * VT)) - 1) + GMIN * 0.65;
        assertEquals(expected, diodeCurrent("is=1e-14 n=1.2", 0.65), 1e-9 * expected);
    }

    @Test
    void diodeReverseCurrentFollowsTheCubicAndTendsToMinusIs() throws Exception {
        double arg = 3 * VT / (-1.0 * Math.E);
        double expected = -1e-12 * (1 + arg * arg * arg) - GMIN;
        assertEquals(expected, diodeCurrent("is=1e-12", -1.0), 1e-9 * Math.abs(expected));
        assertEquals(-1e-12 - 10 * GMIN, diodeCurrent("is=1e-12", -10.0), 1e-15);
    }

    @Test
    void breakdownCarriesIbvAtMinusBv() throws Exception {
        // BV is moved by the fixed point so that the breakdown exponential and the reverse cubic meet at IBV
        double i = diodeCurrent("is=1e-14 bv=5 ibv=1m", -5.0);
        assertEquals(-1e-3, i, 2e-5);
        double deeper = diodeCurrent("is=1e-14 bv=5 ibv=1m", -5.1);
        assertEquals(Math.exp(0.1 / VT), deeper / i, 1e-3 * Math.exp(0.1 / VT));
    }

    @Test
    void diodeSaturationCurrentFollowsEgAndXti() throws Exception {
        // IS(T) = IS·exp((T/Tnom − 1)·EG/(N·vt) + XTI/N·ln(T/Tnom)) at 80 °C
        double t = 353.15;
        double vt = JunctionPhysics.thermalVoltage(t);
        double is = 1e-14 * Math.exp((t / 300.15 - 1) * 1.11 / vt + 3 * Math.log(t / 300.15));
        double expected = is * (Math.exp(0.5 / vt) - 1) + GMIN * 0.5;
        double i = -Sim.single("d\nV1 a 0 DC 0.5\nD1 a 0 dm\n.model dm D (is=1e-14)\n.temp 80\n.options reltol=1e-9\n"
                + ".op\n.end\n").value("i(v1)");
        assertEquals(expected, i, 1e-9 * expected);
    }

    private static double drainCurrent(String type, double vgs, double vds, double vbs, String extra)
            throws Exception {
        return Sim.single("m\nVD d 0 DC " + vds + "\nVG g 0 DC " + vgs + "\nVB b 0 DC " + vbs
                + "\nM1 d g 0 b mm L=2u W=20u\n.model mm " + type + " (level=1 kp=100u " + extra + ")\n"
                + ".options reltol=1e-10\n.op\n.end\n").value("i(vd)");
    }

    @Test
    void saturationFollowsTheSquareLawWithLambda() throws Exception {
        double beta = 100e-6 * 20 / 2;
        // plus the reverse bulk-drain junction's IS + GMIN·vds flowing into the drain
        double id = -drainCurrent("NMOS", 1.5, 2.0, 0, "vto=0.5 lambda=0.05");
        assertEquals(beta / 2 * 1.0 * 1.0 * (1 + 0.05 * 2.0) + 1e-14 + GMIN * 2.0, id, 1e-12 * id);
        double idNoLambda = -drainCurrent("NMOS", 1.5, 3.0, 0, "vto=0.5");
        assertEquals(beta / 2 + 1e-14 + GMIN * 3.0, idNoLambda, 1e-12 * idNoLambda);
    }

    @Test
    void linearRegionAndPmosMirror() throws Exception {
        double beta = 100e-6 * 20 / 2;
        double expected = beta * (1 + 0.02 * 0.3) * 0.3 * (1.2 - 0.15);
        double leak = 1e-14 + GMIN * 0.3;
        double n = -drainCurrent("NMOS", 1.7, 0.3, 0, "vto=0.5 lambda=0.02");
        assertEquals(expected + leak, n, 1e-12 * expected);
        double p = drainCurrent("PMOS", -1.7, -0.3, 0, "vto=-0.5 lambda=0.02");
        assertEquals(expected + leak, p, 1e-12 * expected);
    }

    @Test
    void bodyEffectRaisesTheThreshold() throws Exception {
        // von = VTO + GAMMA·(√(PHI − vbs) − √PHI), in saturation at vbs = −2 V
        double von = 0.5 + 0.4 * (Math.sqrt(0.7 + 2) - Math.sqrt(0.7));
        double beta = 100e-6 * 20 / 2;
        double id = -drainCurrent("NMOS", 2.0, 3.0, -2.0, "vto=0.5 gamma=0.4 phi=0.7");
        double bulkLeak = 1e-14 + GMIN * 5; // the reverse bulk-drain junction at vbd = −5 V, into the drain
        assertEquals(beta / 2 * (2.0 - von) * (2.0 - von) + bulkLeak, id, 1e-12 * id);
    }

    @Test
    void badCardsAreLocated() {
        String netlist = """
                bad semiconductors
                V1 a 0 1
                D1 a 0 dn
                .model dn D (n=0)
                D2 a 0 dmiss
                .model dx D (iss=1e-14)
                D3 a 0 dx
                M1 a a 0 0 n2 L=2u W=1u
                .model n2 NMOS (level=2)
                M2 a a 0 0 n1 L=0
                .model n1 NMOS (level=1)
                M3 a a 0 0 n1 X=3
                .op
                .end
                """;
        NetlistException e = assertThrows(NetlistException.class,
                () -> Elaborator.elaborate(NetlistParser.read(netlist, "s.cir")));
        String all = e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
        assertTrue(all.contains("s.cir:4:14: error: D1: n = 0.0 is outside"), all);
        assertTrue(all.contains("s.cir:5:8: error: no .model named 'dmiss'"), all);
        assertTrue(all.contains("s.cir:6:14: error: .model dx: unknown parameter 'iss'; did you mean 'is'?"), all);
        assertTrue(all.contains("only the level-1 (Shichman-Hodges) MOSFET exists"), all);
        assertTrue(all.contains("M2: L must be positive"), all);
        assertTrue(all.contains("s.cir:12:15: error: M3: unknown parameter 'X'"), all);
    }
}
