package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The time-unit rule and exact tick conversion. */
class VcdTimescaleTest {
    private static String chosen(double smallestStep, double lastTime) {
        return VcdTimescale.choose(smallestStep, lastTime).text();
    }

    @Test
    void aThousandTicksPerSmallestStepFromOneFemtosecondUp() {
        assertEquals("1 fs", chosen(1e-15, 1e-13));
        assertEquals("1 fs", chosen(1e-12, 1e-9));   // exactly 1000 fs: not 100 fs through 1e-12's rounding
        assertEquals("10 fs", chosen(1e-11, 1e-9));
        assertEquals("10 fs", chosen(9.99e-11, 1e-9));
        assertEquals("1 ns", chosen(1e-6, 1e-3));
        assertEquals("100 ms", chosen(100, 1e4));
        assertEquals("100 s", chosen(1e7, 1e9));
        assertEquals("1 fs", chosen(1e-20, 1e-9));   // below the finest unit: points merge
        assertEquals("1 fs", chosen(Double.POSITIVE_INFINITY, 0)); // one point at t = 0
    }

    @Test
    void longRunsCoarsenToKeepTicksInRange() {
        // 1e5 s at 1 fs would be 1e20 ticks, beyond what a signed 64-bit time holds
        VcdTimescale t = VcdTimescale.choose(1e-15, 1e5);
        assertEquals("100 fs", t.text());
        assertTrue(t.tick(1e5) <= 1e18);
    }

    @Test
    void textAndParse() {
        String[] texts = {"1 fs", "10 fs", "100 fs", "1 ps", "10 ps", "100 ps", "1 ns", "10 ns", "100 ns", "1 us",
            "10 us", "100 us", "1 ms", "10 ms", "100 ms", "1 s", "10 s", "100 s"};
        for (int k = 0; k < texts.length; k++) {
            VcdTimescale t = new VcdTimescale(-15 + k);
            assertEquals(texts[k], t.text());
            String[] f = texts[k].split(" ");
            assertEquals(t, VcdTimescale.parse(f[0], f[1].toUpperCase()));
        }
        assertEquals(-21, VcdTimescale.parse("1", "zs").exponent());
        assertNull(VcdTimescale.parse("2", "ns"));
        assertNull(VcdTimescale.parse("1", "ks"));
        assertNull(VcdTimescale.parse("1000", "s"));
    }

    @Test
    void ticksAndSecondsInvertExactly() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int e = -15; e <= 2; e++) {
            VcdTimescale t = new VcdTimescale(e);
            for (int k = 0; k < 2000; k++) {
                long tick = rnd.nextLong(1L << 50);
                assertEquals(tick, t.tick(t.seconds(tick)), t.text() + " tick " + tick);
            }
        }
        assertEquals(5000, new VcdTimescale(-12).tick(5e-9));
        assertEquals(5e-9, new VcdTimescale(-12).seconds(5000));
        assertEquals(1e-15, new VcdTimescale(-15).seconds(1));
    }
}
