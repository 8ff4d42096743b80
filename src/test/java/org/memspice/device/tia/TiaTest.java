package org.memspice.device.tia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** YTIA against the closed forms of a one-pole op-amp with resistive feedback, and against the E+R macro. */
class TiaTest {

    @Test
    void dcGainAndVirtualGroundFollowTheFiniteGainClosedForm() throws Exception {
        SimPlot p = Sim.single("""
                tia dc
                .model t tia (rf=20k a0=1000)
                I1 0 bl 25u
                YTIA s bl out 0 t
                * the op-amp macro: E drives out from −a0·v(in), Rf closes the loop
                I2 0 bl2 25u
                E1 out2 0 0 bl2 1000
                Rf bl2 out2 20k
                .op
                .end
                """);
        double i = 25e-6;
        assertEquals(-i * 20e3 * 1000 / 1001, p.value("v(out)"), 1e-15);
        assertEquals(i * 20e3 / 1001, p.value("v(bl)"), 1e-15);
        assertEquals(p.value("v(out2)"), p.value("v(out)"), 1e-15);
        assertEquals(p.value("v(bl2)"), p.value("v(bl)"), 1e-15);
    }

    @Test
    void stepResponseIsTheOnePoleClosedForm() throws Exception {
        // a0 = 1e4, gbw = 10 MHz: τ = a0/(2π·gbw), closed loop τcl = τ/(1 + a0) ≈ 15.9 ns
        SimPlot p = Sim.single("""
                tia step
                .options reltol=1e-6
                .model t tia (rf=10k a0=1e4 gbw=10meg)
                I1 0 bl PWL(0 0 10n 0 11n 50u)
                YTIA s bl out 0 t
                .tran 0.1n 200n 0 0.2n
                .end
                """);
        double a0 = 1e4;
        double tau = a0 / (2 * Math.PI * 10e6);
        double tcl = tau / (1 + a0);
        double yInf = -50e-6 * 10e3 * a0 / (1 + a0);
        double[] t = p.vector("time");
        double[] v = p.vector("v(out)");
        double worst = 0;
        for (int k = 0; k < t.length; k++) {
            // response of 1/(1 + s·τcl) to a ramp from 10 ns to 11 ns, then constant
            double s = t[k] - 10e-9;
            double tr = 1e-9;
            double expected;
            if (s <= 0) {
                expected = 0;
            } else if (s <= tr) {
                expected = yInf / tr * (s - tcl * (1 - Math.exp(-s / tcl)));
            } else {
                expected = yInf * (1 - tcl / tr * (Math.exp(-(s - tr) / tcl) - Math.exp(-s / tcl)));
            }
            worst = Math.max(worst, Math.abs(v[k] - expected));
        }
        assertTrue(worst < 1e-4 * Math.abs(yInf), "worst deviation " + worst + " V of " + yInf);
        // the closed-loop bandwidth is gbw·(1 + a0)/a0
        assertEquals(10e6 * (1 + a0) / a0, 1 / (2 * Math.PI * tcl), 1e-6);
    }

    @Test
    void outputLimitsClampTheOutputAndTheInputLeavesVirtualGround() throws Exception {
        SimPlot p = Sim.single("""
                tia limits
                .model t tia (rf=10k a0=1e5 vomin=-1 vomax=1)
                I1 0 bl 200u
                YTIA s bl out 0 t
                .op
                .end
                """);
        assertEquals(-1.0, p.value("v(out)"), 1e-12);
        assertEquals(-1.0 + 200e-6 * 10e3, p.value("v(bl)"), 1e-9);
    }

    @Test
    void aSaturatingPulseHoldsTheRailAndRecoversWithoutWindUp() throws Exception {
        SimPlot p = Sim.single("""
                tia overload
                .model t tia (rf=10k a0=1e4 gbw=10meg vomin=-1 vomax=1)
                I1 0 bl PWL(0 10u 100n 10u 101n 300u 300n 300u 301n 10u)
                YTIA s bl out 0 t
                .tran 1n 600n
                .end
                """);
        double[] t = p.vector("time");
        double[] v = p.vector("v(out)");
        double linear = -10e-6 * 10e3 * 1e4 / (1 + 1e4);
        for (int k = 0; k < t.length; k++) {
            if (t[k] > 200e-9 && t[k] < 300e-9) {
                assertEquals(-1.0, v[k], 1e-12, "on the rail at t=" + t[k]);
            }
            if (t[k] > 450e-9) {
                // τcl = 1e4/(2π·10 MHz)/(1 + 1e4) ≈ 16 ns: after 150 ns, e^-9 of the 0.9 V step remains at most
                assertEquals(linear, v[k], 1e-3, "recovered at t=" + t[k]);
            }
        }
    }

    @Test
    void mistakesAreLocated() {
        NetlistException e = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                tia errors
                .model t tia (rf=0)
                .model u tia (a0=1e5)
                I1 0 bl 1u
                YTIA s1 bl out 0 t
                YTIA s2 bl out 0 u gwb=1meg
                .op
                .end
                """, "t.cir")));
        String msg = e.getMessage();
        assertTrue(msg.contains("t.cir:2:15: error: Ys1: rf must be > 0, found 0.0"), msg);
        assertTrue(msg.contains("t.cir:6:20: error: Ys2: unknown parameter 'gwb'; did you mean 'gbw'?"), msg);
    }
}
