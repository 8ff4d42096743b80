package org.memspice.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Measurements on circuits whose waveforms are known in closed form. */
class MeasureAnalyticTest {
    static final double TAU = 1e-6;
    static Map<String, MeasureResult> rc;
    static Map<String, MeasureResult> sine;

    /** v(out) = 1 - exp(-t/τ), τ = R·C = 1 µs, from 0 V (uic). */
    @BeforeAll
    static void simulate() throws Exception {
        rc = Measures.run("""
                rc step
                .param tau=1u
                V1 in 0 1
                R1 in out 1k
                C1 out 0 1n ic=0
                .options reltol=1e-7
                .tran 1n 6u 0 1n uic
                .meas tran trise TRIG v(out) VAL=0.1 RISE=1 TARG v(out) VAL=0.9 RISE=1
                .meas tran vtau FIND v(out) AT=1u
                .meas tran thalf WHEN v(out)=0.5
                .meas tran slope DERIV v(out) AT={tau}
                .meas tran ratio PARAM='trise/tau'
                .meas tran both param={thalf + trise}
                .meas tran late WHEN v(out)=0.5 TD=2u
                .meas tran vcap FIND {v(in)-v(out)} WHEN v(out)=0.5
                .end
                """);
        // f = 1 kHz, amplitude 1: crossings of 0.5 rise at (k + 1/12) ms and fall at (k + 5/12) ms
        sine = Measures.run("""
                sine and ramp
                V1 a 0 SIN(0 1 1k)
                V2 r 0 PWL(0 0 1m 1 5m 1)
                V3 h 0 0.5
                R1 a 0 1k
                R2 r 0 1k
                .options reltol=1e-7
                .tran 1u 5m 0 1u
                .meas tran rise2 WHEN v(a)=0.5 RISE=2
                .meas tran fall1 WHEN v(a)=0.5 FALL=1
                .meas tran cross3 WHEN v(a)=0.5 CROSS=3
                .meas tran riselast WHEN v(a)=0.5 RISE=LAST
                .meas tran falllast WHEN v(a)=0.5 FALL=LAST
                .meas tran crosslast WHEN v(a)=0.5 CROSS=LAST
                .meas tran risetd WHEN v(a)=0.5 RISE=1 TD=1.5m
                .meas tran vsh WHEN v(a)=v(h) RISE=2
                .meas tran period TRIG v(a) VAL=0 RISE=1 TARG v(a) VAL=0 RISE=2
                .meas tran fromat TRIG AT=1m TARG v(a) VAL=0.5 FALL=1 TD=1m
                .meas tran findwhen FIND v(r) WHEN v(a)=0.5 RISE=1
                .meas tran vmin MIN v(a)
                .meas tran vmax MAX v(a) FROM=1m TO=2m
                .meas tran vpp PP v(a) FROM=0 TO=2m
                .meas tran vrms RMS v(a) FROM=0 TO=2m
                .meas tran vavg AVG v(a) FROM=0 TO=2m
                .meas tran halfint INTEG v(a) FROM=0 TO=0.5m
                .meas tran rampavg AVG v(r) FROM=0 TO=1m
                .meas tran rampint INTEG v(r) FROM=0.2m TO=0.7m
                .meas tran ramprms RMS v(r) FROM=0 TO=1m
                .meas tran rampslope DERIV v(r) AT=0.4567m
                .meas tran rampslope2 DERIV v(r) WHEN v(r)=0.25
                .meas tran rise7 WHEN v(a)=0.5 RISE=7
                .meas tran never WHEN v(a)=2
                .meas tran after FIND v(a) AT=6m
                .end
                """);
    }

    private static double value(Map<String, MeasureResult> results, String name) {
        MeasureResult r = results.get(name);
        assertFalse(r.failed(), () -> name + " failed: " + r.failure());
        return r.value();
    }

    private static void near(double expected, double actual, double relative) {
        assertEquals(expected, actual, relative * Math.abs(expected), () -> "relative error "
                + Math.abs(actual - expected) / Math.abs(expected));
    }

    @Test
    void rcRiseTimeIsTauLn9() {
        near(TAU * Math.log(9), value(rc, "trise"), 1e-4);
        assertTrue(rc.get("trise").detail().startsWith("targ="));
    }

    @Test
    void rcFindAtTauAndWhenHalf() {
        near(1 - Math.exp(-1), value(rc, "vtau"), 1e-5);
        near(TAU * Math.log(2), value(rc, "thalf"), 1e-4);
        near(0.5, value(rc, "vcap"), 1e-4); // v(in) - v(out) when v(out) = 0.5
    }

    @Test
    void rcDerivativeAtTau() {
        // slope of the 1 ns segment around τ: error about h/(2τ) = 5e-4
        near(Math.exp(-1) / TAU, value(rc, "slope"), 1e-3);
    }

    @Test
    void paramCombinesResultsAndParameters() {
        near(Math.log(9), value(rc, "ratio"), 1e-4);
        near(value(rc, "thalf") + value(rc, "trise"), value(rc, "both"), 1e-15);
    }

    @Test
    void tdSkipsEverythingBeforeIt() {
        MeasureResult late = rc.get("late");
        assertTrue(late.failed());
        assertEquals("WHEN: v(out) never crosses through 0.500000 after TD=2.00000e-06", late.failure());
    }

    @Test
    void riseFallCrossCountingAndLast() {
        double ms = 1e-3;
        near((1 + 1.0 / 12) * ms, value(sine, "rise2"), 1e-5);
        near(5.0 / 12 * ms, value(sine, "fall1"), 1e-5);
        near((1 + 1.0 / 12) * ms, value(sine, "cross3"), 1e-5);
        near((4 + 1.0 / 12) * ms, value(sine, "riselast"), 1e-5);
        near((4 + 5.0 / 12) * ms, value(sine, "falllast"), 1e-5);
        near((4 + 5.0 / 12) * ms, value(sine, "crosslast"), 1e-5);
        near((2 + 1.0 / 12) * ms, value(sine, "risetd"), 1e-5);
        near((1 + 1.0 / 12) * ms, value(sine, "vsh"), 1e-5); // v(a)=v(h): a second signal as the level
    }

    @Test
    void trigTargAndTrigAt() {
        // v(a) starts at 0: the first point is on the level, so leaving it upwards is the first rise (ngspice too)
        near(1e-3, value(sine, "period"), 1e-6);
        near(5.0 / 12 * 1e-3, value(sine, "fromat"), 1e-4); // 1m + 5/12 m - 1m
        near(1.0 / 12, value(sine, "findwhen"), 1e-5); // the ramp is t/1ms
    }

    @Test
    void minMaxPpOfASine() {
        // 1 µs samples of a 1 kHz sine: the sampled peak is within (π·1e-3)²/2 ≈ 5e-6 of 1
        assertEquals(-1, value(sine, "vmin"), 1e-5);
        assertEquals(1, value(sine, "vmax"), 1e-5);
        assertEquals(2, value(sine, "vpp"), 2e-5);
    }

    @Test
    void rmsAvgIntegOfASineOverWholeAndHalfPeriods() {
        near(1 / Math.sqrt(2), value(sine, "vrms"), 1e-6);
        assertEquals(0, value(sine, "vavg"), 1e-6);
        near(2 / (2 * Math.PI * 1e3), value(sine, "halfint"), 1e-6);
    }

    @Test
    void avgIntegRmsDerivOfARamp() {
        near(0.5, value(sine, "rampavg"), 1e-9);
        near((0.7 * 0.7 - 0.2 * 0.2) / 2 * 1e-3, value(sine, "rampint"), 1e-9); // ∫ t/1ms dt, ends interpolated
        near(1 / Math.sqrt(3), value(sine, "ramprms"), 1e-6);
        near(1e3, value(sine, "rampslope"), 1e-9);
        near(1e3, value(sine, "rampslope2"), 1e-9);
    }

    @Test
    void failuresSayWhy() {
        assertEquals("WHEN: v(a) rises through 0.500000 only 5 times (7th RISE requested)",
                sine.get("rise7").failure());
        assertEquals("WHEN: v(a) never crosses through 2.00000", sine.get("never").failure());
        assertEquals("AT=0.00600000 is outside the simulated time 0.00000 .. 0.00500000",
                sine.get("after").failure());
        assertTrue(Double.isNaN(sine.get("after").value()));
    }

    @Test
    void dcSweepMeasuresUseTheSweptValue() throws Exception {
        Map<String, MeasureResult> up = Measures.run("""
                divider
                V1 in 0 0
                R1 in out 1k
                R2 out 0 3k
                .dc V1 0 10 0.5
                .meas dc vout5 FIND v(out) AT=5.25
                .meas dc vin3 WHEN v(out)=3
                .meas dc vmax MAX v(out)
                .meas dc vavg AVG v(out) FROM=2 TO=6
                .meas dc gain DERIV v(out) AT=4
                .meas dc outside FIND v(out) AT=12
                .meas dc ratio PARAM='vout5/5.25'
                .end
                """);
        near(0.75 * 5.25, value(up, "vout5"), 1e-12);
        near(4, value(up, "vin3"), 1e-12);
        near(7.5, value(up, "vmax"), 1e-12);
        near(0.75 * 4, value(up, "vavg"), 1e-12);
        near(0.75, value(up, "gain"), 1e-12);
        near(0.75, value(up, "ratio"), 1e-12);
        assertEquals("sweep value 12.0000 is outside the swept range 0.00000 .. 10.0000", up.get("outside").failure());
        Map<String, MeasureResult> down = Measures.run("""
                divider swept downwards
                V1 in 0 0
                R1 in out 1k
                R2 out 0 3k
                .dc V1 10 0 -0.5
                .meas dc vout5 FIND v(out) AT=5.25
                .meas dc vin3 WHEN v(out)=3 FALL=1
                .meas dc vavg AVG v(out) FROM=6 TO=2
                .end
                """);
        near(0.75 * 5.25, value(down, "vout5"), 1e-12);
        near(4, value(down, "vin3"), 1e-12);
        near(0.75 * 4, value(down, "vavg"), 1e-12);
    }

    @Test
    void measuredSignalsNeedNotBeSaved() throws Exception {
        Map<String, MeasureResult> r = Measures.run("""
                only v(in) is written
                V1 in 0 1
                R1 in out 1k
                R2 out 0 1k
                .save v(in)
                .dc V1 0 2 1
                .meas dc half FIND v(out) AT=2
                .meas dc cur FIND i(v1) AT=2
                .end
                """);
        near(1, value(r, "half"), 1e-12);
        near(-1e-3, value(r, "cur"), 1e-12);
    }
}
