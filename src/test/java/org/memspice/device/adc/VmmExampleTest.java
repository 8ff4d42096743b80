package org.memspice.device.adc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/**
 * netlists/examples/vmm_dac_tia_adc.cir against a computation that shares nothing with the simulator: DAC levels
 * from the codes, the product G^T·V, the finite-gain transimpedance and the ADC's rounding.
 */
class VmmExampleTest {
    private static final double[][] G = {{10e-6, 40e-6, 10e-6}, {20e-6, 5e-6, 20e-6}, {50e-6, 25e-6, 50e-6}};
    private static final int[][] DAC_CODES = {{8, 15, 4}, {15, 0, 9}};
    private static final double RF = 50e3;
    private static final double A0 = 1e5;

    @Test
    void codesAndOutputsMatchTheIdealProductThroughFiniteGainTias() throws Exception {
        SimPlot p = Sim.run(Path.of("netlists/examples/vmm_dac_tia_adc.cir")).get(0);
        int[][] expectedCodes = {{35, 39, 35}, {34, 23, 34}};
        for (int vector = 0; vector < 2; vector++) {
            double[] v = new double[3];
            for (int i = 0; i < 3; i++) {
                v[i] = DAC_CODES[vector][i] * 0.32 / 16;
            }
            for (int j = 0; j < 3; j++) {
                double current = 0;
                double gsum = 0;
                for (int i = 0; i < 3; i++) {
                    current += G[i][j] * v[i];
                    gsum += G[i][j];
                }
                double out = -current * RF * A0 / (1 + A0 + RF * gsum);
                long code = Math.max(0, Math.min(63, Math.round((out + 1.28) / 0.02)));
                assertEquals(expectedCodes[vector][j], code, "the deck's stated code, vector " + vector);
                double sampled = vector * 1e-6 + 0.8e-6;
                assertEquals(out, AdcTest.DacAt.at(p, "v(out" + (j + 1) + ")", sampled), 1e-9,
                        "v(out" + (j + 1) + ") at the sample, vector " + vector);
                assertEquals(code, AdcTest.DacAt.at(p, "x(yc" + (j + 1) + ")", sampled + 60.5e-9), 0.0,
                        "code of column " + (j + 1) + ", vector " + vector);
                assertEquals(vector == 0 ? 0 : expectedCodes[0][j],
                        AdcTest.DacAt.at(p, "x(yc" + (j + 1) + ")", sampled + 59e-9), 0.0,
                        "previous code until the 60 ns SAR conversion ends");
            }
            assertEquals(-1.28 + 0.02 * expectedCodes[vector][0],
                    AdcTest.DacAt.at(p, "v(rec1)", vector * 1e-6 + 0.9e-6), 1e-12);
        }
    }
}
