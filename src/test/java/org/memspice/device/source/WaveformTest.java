package org.memspice.device.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPICE3 semantics of the transient source functions, defaults included (ngspice manual, section 4.1). */
class WaveformTest {

    private static List<Double> corners(Waveform w, double tstop) {
        List<Double> out = new ArrayList<>();
        w.addBreakpoints(tstop, out::add);
        return out;
    }

    @Test
    void pulseRampsHoldsAndRepeats() {
        Waveform p = new Waveform.Pulse(new double[] {0, 2, 1e-9, 1e-9, 2e-9, 3e-9, 10e-9});
        p.prepare(1e-10, 30e-9);
        assertEquals(0, p.value(0), 0);
        assertEquals(0, p.value(1e-9), 0);
        assertEquals(1, p.value(1.5e-9), 1e-12);        // half way up the 1 ns rise
        assertEquals(2, p.value(3e-9), 0);              // on the 3 ns top
        assertEquals(1, p.value(6e-9), 1e-12);          // half way down the 2 ns fall
        assertEquals(0, p.value(8e-9), 0);
        assertEquals(1, p.value(11.5e-9), 1e-12);       // second period
        assertEquals(List.of(1e-9, 2e-9, 5e-9, 7e-9), corners(p, 30e-9).subList(0, 4));
    }

    @Test
    void pulseDefaultsComeFromTheTransient() {
        Waveform p = new Waveform.Pulse(new double[] {1, 5});
        p.prepare(2e-9, 100e-9);                        // tr = tf = tstep, pw = per = tstop
        assertEquals(3, p.value(1e-9), 1e-12);
        assertEquals(5, p.value(50e-9), 0);
    }

    @Test
    void sineHoldsItsPhaseValueUntilTheDelayThenDecays() {
        Waveform s = new Waveform.Sine(new double[] {0.5, 1, 1e6, 1e-6, 1e5, 90});
        s.prepare(1e-8, 5e-6);
        assertEquals(1.5, s.value(0.5e-6), 1e-12);      // vo + va sin(90°) before td
        double t = 1.25e-6;                              // a quarter period after td
        assertEquals(0.5 + Math.exp(-0.25e-6 * 1e5) * Math.sin(Math.PI / 2 + Math.PI / 2), s.value(t), 1e-12);
        assertEquals(List.of(1e-6), corners(s, 5e-6));
    }

    @Test
    void exponentialRisesThenFallsBack() {
        Waveform e = new Waveform.Exponential(new double[] {0, 1, 1e-9, 2e-9, 5e-9, 1e-9});
        e.prepare(1e-10, 20e-9);
        assertEquals(0, e.value(1e-9), 0);
        assertEquals(1 - Math.exp(-1), e.value(3e-9), 1e-12);
        double at6 = (1 - Math.exp(-2.5)) - (1 - Math.exp(-1));
        assertEquals(at6, e.value(6e-9), 1e-12);
        assertEquals(List.of(1e-9, 5e-9), corners(e, 20e-9));
    }

    @Test
    void piecewiseLinearInterpolatesAndClampsOutside() {
        Waveform w = new Waveform.PiecewiseLinear(new double[] {1, 2, 4}, new double[] {0, 10, -10});
        assertEquals(0, w.value(0), 0);
        assertEquals(5, w.value(1.5), 1e-12);
        assertEquals(0, w.value(3), 1e-12);
        assertEquals(-10, w.value(9), 0);
        assertEquals(List.of(1.0, 2.0, 4.0), corners(w, 10));
    }
}
