package org.memspice.device.behavioural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** B sources and E/G VALUE= against hand-solved circuits (Newton must converge to the exact solution). */
class BehaviouralSourceTest {

    @Test
    void bVoltageAndCurrentSourcesAndTheirPspiceSpellings() throws Exception {
        SimPlot op = Sim.single("""
                behavioural
                .param g=2m
                V1 in 0 0.5
                R1 in 0 1k
                B1 sq 0 V={v(in)*v(in) + 1}
                R2 sq 0 1k
                E1 esq 0 VALUE={v(in)*v(in) + 1}
                R3 esq 0 1k
                B2 0 cur I={g*v(sq)}
                R4 cur 0 500
                G1 0 gcur value={g*v(esq)}
                R5 gcur 0 500
                B3 sense 0 V={-1000*i(v1)}
                R6 sense 0 1k
                .options reltol=1e-9
                .op
                .end
                """);
        assertEquals(1.25, op.value("v(sq)"), 1e-12);
        assertEquals(1.25, op.value("v(esq)"), 1e-12);
        assertEquals(2e-3 * 1.25 * 500, op.value("v(cur)"), 1e-12);
        assertEquals(2e-3 * 1.25 * 500, op.value("v(gcur)"), 1e-12);
        assertEquals(0.5, op.value("v(sense)"), 1e-12, "i(v1) = -0.5 mA");
    }

    @Test
    void aNonlinearFeedbackLoopConvergesToItsFixedPoint() throws Exception {
        // v(x) = 2 - 0.5*v(x)^2 through a stiff loop: the positive root of x^2/2 + x - 2 = 0
        SimPlot op = Sim.single("""
                loop
                B1 x 0 V={2 - 0.5*v(x)*v(x)}
                R1 x 0 1k
                .options reltol=1e-10
                .op
                .end
                """);
        assertEquals(-1 + Math.sqrt(5), op.value("v(x)"), 1e-9);
    }
}
