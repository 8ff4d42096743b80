package org.memspice.device.memristor.ecm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** models/agqd_lsmo.lib: the built-in series option and the ecm + lsmo subcircuit are the same circuit. */
class AgqdLsmoLibraryTest {
    private static final String LIB = Path.of("models", "agqd_lsmo.lib").toAbsolutePath().toString();

    @Test
    void builtInSeriesAndSubcircuitGiveTheSameWaveforms() throws Exception {
        SimPlot p = Sim.single("""
                agqd both forms
                .include %s
                V1 a 0 PWL(0 0 1 1 2 0 2.5 -0.5 3 0 3.001 4 3.00105 4 3.0011 0 3.2 0)
                YMEMRISTOR m1 a 0 agqd_lsmo vs0_c2c=0 vr0_c2c=0
                V2 b 0 PWL(0 0 1 1 2 0 2.5 -0.5 3 0 3.001 4 3.00105 4 3.0011 0 3.2 0)
                X1 b 0 agqd_cell params: var=0
                .options gmin=1e-13 abstol=1e-14 reltol=1e-6
                .print tran i(v1) i(v2) x(ym1) x(y.x1.ym) x(ym1,u1) x(y.x1.ym,u1)
                .tran 1m 3.2 0 5m
                .end
                """.formatted(LIB));
        double[] i1 = p.vector("i(v1)");
        double[] i2 = p.vector("i(v2)");
        double[] x1 = p.vector("x(ym1)");
        double[] x2 = p.vector("x(y.x1.ym)");
        double[] u1 = p.vector("x(ym1,u1)");
        double[] u2 = p.vector("x(y.x1.ym,u1)");
        double peak = 0;
        for (double v : i1) {
            peak = Math.max(peak, Math.abs(v));
        }
        for (int k = 0; k < i1.length; k++) {
            // one time grid (one circuit): the same equations give the same numbers to rounding
            assertEquals(i1[k], i2[k], 1e-9 * Math.abs(i1[k]) + 1e-9 * 1e-12 * peak, "i at point " + k);
            assertEquals(x1[k], x2[k], 1e-9 * Math.abs(x1[k]), "x at point " + k);
            assertEquals(u1[k], u2[k], 1e-9 * Math.abs(u1[k]) + 1e-15, "u1 at point " + k);
        }
        assertTrue(java.util.Arrays.stream(x1).min().orElseThrow() < 0.2, "the sweep sets the cell");
    }

    @Test
    void lsmoResistorFollowsItsTemperatureLaws() throws Exception {
        // linear: R = rref (1 + tc1 (T − tref)); polaron: R = rref (T/tref) exp[(ea/k)(1/T − 1/tref)] (reference §2)
        SimPlot p = Sim.single("""
                lsmo laws
                .model lin lsmo (rref=6e5 tc1=2m tref=27)
                .model pol lsmo (rref=6e5 ea=0.15 law=polaron)
                V1 a 0 1
                R1 a 0 lin
                V2 b 0 1
                R2 b 0 pol
                V3 c 0 1
                R3 c 0 lin rref=1meg
                .temp 77
                .op
                .end
                """);
        double t = 77 + 273.15;
        double tref = 27 + 273.15;
        double kb = 8.617333262e-5;
        assertEquals(-1 / (6e5 * (1 + 2e-3 * 50)), p.value("i(v1)"), 1e-18);
        assertEquals(-1 / (6e5 * (t / tref) * Math.exp(0.15 / kb * (1 / t - 1 / tref))), p.value("i(v2)"), 1e-18);
        assertEquals(-1 / (1e6 * (1 + 2e-3 * 50)), p.value("i(v3)"), 1e-18);
        assertTrue(-p.value("i(v2)") > 1 / 6e5, "an insulating manganite conducts better when hot");
    }

    @Test
    void aResistorNamingAnotherModelTypeIsALocatedError() {
        NetlistException e = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                lsmo errors
                .model c ecm
                .model l lsmo (rref=-5)
                V1 a 0 1
                R1 a 0 c
                R2 a 0 l
                R3 a 0 l law=polarn
                .op
                .end
                """, "l.cir")));
        String msg = e.getMessage();
        assertTrue(msg.contains("l.cir:5:8: error: model 'c' is of type ecm; expected lsmo"), msg);
        assertTrue(msg.contains("l.cir:3:16: error: R2: rref = -5.0 is outside"), msg);
        assertTrue(msg.contains("l.cir:7:14: error: R3: law must be one of linear, polaron, found 'polarn'"), msg);
    }
}
