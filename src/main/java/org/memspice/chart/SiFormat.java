package org.memspice.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels in engineering notation with SI prefixes. A linear axis uses one prefix for all its ticks (named in
 * the axis label, as "time (ms)"); a log axis, whose ticks span decades, prefixes each tick on its own ("10n").
 */
final class SiFormat extends NumberFormat {
    private static final String PREFIXES = "yzafpnµm kMGTPEZY";
    /** Nine significant digits: enough for any tick, few enough to hide binary rounding (0.30000000000000004). */
    private static final MathContext DIGITS = new MathContext(9);

    /** The power of ten every value is divided by, or {@code null} to choose a prefix per value. */
    private final Integer fixedExponent;

    private SiFormat(Integer fixedExponent) {
        this.fixedExponent = fixedExponent;
    }

    /** Every value divided by 10^exponent (a multiple of 3 between -24 and 24). */
    static SiFormat scaled(int exponent) {
        return new SiFormat(exponent);
    }

    /** Each value with its own prefix: 1p, 10p, 100p, 1n. */
    static SiFormat perValue() {
        return new SiFormat(null);
    }

    /** The multiple of 3 whose prefix suits values up to {@code magnitude}: 2.5e-3 gives -3 (milli). */
    static int exponentFor(double magnitude) {
        if (!(magnitude > 0) || Double.isInfinite(magnitude)) {
            return 0;
        }
        double rounded = new BigDecimal(magnitude).round(DIGITS).doubleValue();
        int e = (int) Math.floor(Math.log10(rounded) / 3.0) * 3;
        // log10 may land just below an exact power of ten (log10(1e-3) rounds fine, but not every one does)
        if (rounded / Math.pow(10, e + 3) >= 1.0) {
            e += 3;
        }
        return Math.max(-24, Math.min(24, e));
    }

    /**
     * The prefix for a linear axis reaching {@code magnitude}, rounded to two digits first: a sine sampled just
     * below its 1 V peak reads in V, not in mV up to 999.99.
     */
    static int axisExponent(double magnitude) {
        if (!(magnitude > 0) || Double.isInfinite(magnitude)) {
            return 0;
        }
        return exponentFor(new BigDecimal(magnitude).round(new MathContext(2)).doubleValue());
    }

    /** The prefix of 10^exponent: "m" for -3, "" for 0, "k" for 3. */
    static String prefix(int exponent) {
        char c = PREFIXES.charAt(exponent / 3 + 8);
        return c == ' ' ? "" : String.valueOf(c);
    }

    @Override
    public StringBuffer format(double value, StringBuffer out, FieldPosition pos) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return out.append(value);
        }
        int e = fixedExponent != null ? fixedExponent : exponentFor(Math.abs(value));
        out.append(plain(scale(value, e)));
        if (fixedExponent == null) {
            out.append(prefix(e));
        }
        return out;
    }

    @Override
    public StringBuffer format(long value, StringBuffer out, FieldPosition pos) {
        return format((double) value, out, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("tick labels are only written");
    }

    /** value / 10^e, multiplying by the exact power when e is negative so that 0.003 / 1e-3 gives 3. */
    private static double scale(double value, int e) {
        return e >= 0 ? value / Math.pow(10, e) : value * Math.pow(10, -e);
    }

    private static String plain(double x) {
        if (x == 0) {
            return "0";
        }
        return new BigDecimal(x).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
