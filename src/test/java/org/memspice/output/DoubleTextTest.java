package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DoubleTextTest {
    @Test
    void writesCStyleScientificWithFewestDigits() {
        assertEquals("1e+00", DoubleText.format(1.0));
        assertEquals("0e+00", DoubleText.format(0.0));
        assertEquals("-0e+00", DoubleText.format(-0.0));
        assertEquals("3.333333333333333e-01", DoubleText.format(1.0 / 3));
        assertEquals("1e-300", DoubleText.format(1e-300));
        assertEquals("1.23456e+02", DoubleText.format(123.456));
        assertEquals("-1e-03", DoubleText.format(-0.001));
        // JDK 17's Double.toString sometimes adds a digit (JDK-4511638, fixed in 19); either form is exact
        String above = DoubleText.format(Math.nextUp(1e17));
        assertTrue(above.equals("1.0000000000000002e+17") || above.equals("1.00000000000000016e+17"), above);
        assertEquals("4.9e-324", DoubleText.format(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", DoubleText.format(Double.MAX_VALUE));
        assertEquals("nan", DoubleText.format(Double.NaN));
        assertEquals("inf", DoubleText.format(Double.POSITIVE_INFINITY));
        assertEquals("-inf", DoubleText.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void everyBitPatternRoundTrips() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            double v = Double.longBitsToDouble(rnd.nextLong());
            String s = DoubleText.format(v);
            double back = DoubleText.parse(s);
            if (Double.isNaN(v)) {
                assertEquals(Double.NaN, back);
            } else {
                assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(back), s);
            }
        }
    }
}
