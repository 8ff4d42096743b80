package org.memspice.device.memristor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/**
 * Every memristor model's lead current i(ym1) equals the current its source delivers through a series resistor, at
 * DC and in a transient (models with a geometric capacitance have it off: i(ym1) is the conduction current).
 */
class LeadCurrentTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecm (rs=6e5 cp=0)", "ecm (rs=0 nch=2 cp=0)", "ftj", "ftj (conduction=physics)", "hp",
            "memristor level=2 ron=50 roff=1000 koff=1.46e-18 kon=-4.68e-22 alphaoff=10 alphaon=10 wc=1.0e-12"
            + " ioff=115e-6 ion=-8.9e-6 xscaling=1.0e9 wt=4", "vteam",
            "memristor level=3 a1=0.17 a2=0.17 b=0.05 vp=0.16 vn=0.15 ap=4000 an=4000 xp=0.3 xn=0.5 alphap=1 alphan=5"})
    void leadCurrentEqualsTheSourceCurrent(String model) throws Exception {
        SimPlot p = Sim.single("""
                lead current
                .model m %s
                V1 a 0 DC 0.3 SIN(0 0.4 1k)
                Rs a b 50
                YMEMRISTOR m1 b 0 m
                .print tran i(v1) i(ym1)
                .options reltol=1e-6
                .tran 10u 2m 0 10u
                .end
                """.formatted(model));
        double[] source = p.vector("i(v1)");
        double[] lead = p.vector("i(ym1)");
        double peak = 0;
        for (double x : source) {
            peak = Math.max(peak, Math.abs(x));
        }
        assertTrue(peak > 0, model + ": no current");
        for (int k = 0; k < source.length; k++) {
            // the source's current enters its + terminal: the device's lead current is its negative
            assertEquals(-source[k], lead[k], 1e-9 * peak, model + " at point " + k);
        }
    }
}
