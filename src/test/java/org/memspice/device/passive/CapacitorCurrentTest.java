package org.memspice.device.passive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/**
 * {@code i(c1)}: the capacitor's current as the transient integrated it, checked against Kirchhoff's current law
 * (the resistor's current, computed from node voltages alone) and the RC law.
 */
class CapacitorCurrentTest {
    @Test
    void capacitorCurrentBalancesTheResistorAtEveryPointForEveryMethod() throws Exception {
        for (String method : List.of("trap", "gear")) {
            SimPlot p = Sim.single("""
                    rc
                    V1 in 0 PULSE(0 1 10n 1n 1n 2u 4u)
                    R1 in out 1k
                    C1 out 0 1n
                    .options method=%s
                    .print tran i(c1) i(r1) v(out)
                    .tran 10n 6u
                    .end
                    """.formatted(method));
            double[] ic = p.vector("i(c1)");
            double[] ir = p.vector("i(r1)");
            double peak = 0;
            for (int k = 0; k < ic.length; k++) {
                assertEquals(ir[k], ic[k], 1e-9 * 1e-3, method + " at point " + k); // 1 mA peak
                peak = Math.max(peak, Math.abs(ic[k]));
            }
            assertEquals(1e-3, peak, 0.05e-3, method + ": the edge drives about V/R into the capacitor");
            // the RC law after the rising edge (11 ns) and before the falling one (2.011 us): I·exp(-t'/RC)
            double[] t = p.vector("time");
            for (int k = 0; k < t.length; k++) {
                if (t[k] > 0.2e-6 && t[k] < 2e-6) {
                    double expected = 1e-3 * (1 - 1e-9 / 2 / 1e-6) * Math.exp(-(t[k] - 11e-9) / 1e-6);
                    assertEquals(expected, ic[k], 5e-3 * 1e-3, method + " at t=" + t[k]);
                }
            }
        }
    }

    @Test
    void dischargingFromItsInitialConditionWithUic() throws Exception {
        SimPlot p = Sim.single("""
                discharge
                C1 out 0 1u ic=1
                R1 out 0 1k
                .print tran i(c1) i(r1)
                .tran 10u 3m uic
                .end
                """);
        double[] ic = p.vector("i(c1)");
        double[] ir = p.vector("i(r1)");
        double[] t = p.vector("time");
        for (int k = 0; k < ic.length; k++) {
            // KCL at out: the capacitor's current into its + terminal is minus the resistor's
            assertEquals(-ir[k], ic[k], 1e-12, "at t=" + t[k]);
            assertEquals(-1e-3 * Math.exp(-t[k] / 1e-3), ic[k], 2e-3 * 1e-3, "RC law at t=" + t[k]);
        }
        assertTrue(ic.length > 10);
    }

    @Test
    void noCurrentAtAnOperatingPointEvenAfterATransient() throws Exception {
        List<SimPlot> plots = Sim.run("""
                rc then op
                V1 in 0 PULSE(0 1 0 1n 1n 1 2)
                R1 in out 1k
                C1 out 0 1n
                .print i(c1) i(r1)
                .tran 1n 100n
                .op
                .end
                """);
        assertTrue(Math.abs(plots.get(0).vector("i(c1)")[plots.get(0).points() - 1]) > 1e-4, "still charging");
        assertEquals(0.0, plots.get(1).value("i(c1)"), 0.0);
    }
}
