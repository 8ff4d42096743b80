package org.memspice.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tick labels: the prefix chosen for a magnitude, and labels free of binary rounding noise. */
class SiFormatTest {
    @Test
    void exponentIsTheMultipleOfThreeAtOrBelowTheMagnitude() {
        assertEquals(-3, SiFormat.exponentFor(2.5e-3));
        assertEquals(-3, SiFormat.exponentFor(1e-3)); // an exact power of ten is its own prefix, not 1000µ
        assertEquals(-3, SiFormat.exponentFor(0.999));
        assertEquals(0, SiFormat.exponentFor(1.0));
        assertEquals(3, SiFormat.exponentFor(4700));
        assertEquals(-12, SiFormat.exponentFor(1e-12 * (1 - 1e-15))); // a log axis's 10^-12 computed by pow
        assertEquals(-24, SiFormat.exponentFor(1e-30)); // beyond yocto the smallest prefix stays
        assertEquals(0, SiFormat.exponentFor(0));
        assertEquals(0, SiFormat.axisExponent(0.99999), "an axis reaching 0.99999 V reads in V");
        assertEquals(-3, SiFormat.axisExponent(0.94));
        assertEquals("µ", SiFormat.prefix(-6));
        assertEquals("", SiFormat.prefix(0));
        assertEquals("M", SiFormat.prefix(6));
    }

    @Test
    void scaledLabelsDivideByThePrefixAndDropRoundingNoise() {
        SiFormat milli = SiFormat.scaled(-3);
        assertEquals("1.5", milli.format(0.0015));
        assertEquals("300", milli.format(0.1 + 0.2)); // 0.30000000000000004 s
        assertEquals("-0.25", milli.format(-2.5e-4));
        assertEquals("0", milli.format(0.0));
    }

    @Test
    void perValueLabelsCarryTheirOwnPrefix() {
        SiFormat f = SiFormat.perValue();
        assertEquals("1p", f.format(Math.pow(10, -12)));
        assertEquals("10n", f.format(1e-8));
        assertEquals("100µ", f.format(1e-4));
        assertEquals("1", f.format(1.0));
        assertEquals("2.2k", f.format(2200));
    }
}
