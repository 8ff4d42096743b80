package org.memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** Trapezoidal and Gear-2 are second order: halving a fixed step quarters the global error. */
class OrderOfAccuracyTest {

    private static double errorAtEnd(String method, double h) throws Exception {
        SimPlot p = Sim.run(String.format(Locale.ROOT, """
                rc order
                V1 in 0 SIN(0 1 500)
                R1 in a 1k
                C1 a 0 1u
                .options method=%s
                .tran %s 2m 0 %s
                .end
                """, method, h, h), true).get(0);
        double tau = 1e-3, w = 2 * Math.PI * 500, wt = w * tau;
        double[] t = p.vector("time");
        double[] v = p.vector("v(a)");
        int last = t.length - 1;
        double exact = (Math.sin(w * t[last]) - wt * Math.cos(w * t[last]) + wt * Math.exp(-t[last] / tau))
                / (1 + wt * wt);
        return Math.abs(v[last] - exact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trap", "gear"})
    void errorFallsFourfoldPerHalving(String method) throws Exception {
        double h = 20e-6;
        double e1 = errorAtEnd(method, h);
        double e2 = errorAtEnd(method, h / 2);
        double e3 = errorAtEnd(method, h / 4);
        double order1 = Math.log(e1 / e2) / Math.log(2);
        double order2 = Math.log(e2 / e3) / Math.log(2);
        System.out.printf(Locale.ROOT, "%s: errors %.3e %.3e %.3e at h, h/2, h/4: observed orders %.3f %.3f%n",
                method, e1, e2, e3, order1, order2);
        assertTrue(Math.abs(order1 - 2) < 0.15 && Math.abs(order2 - 2) < 0.15,
                method + ": observed orders " + order1 + ", " + order2 + " (errors " + e1 + ", " + e2 + ", " + e3 + ")");
    }
}
