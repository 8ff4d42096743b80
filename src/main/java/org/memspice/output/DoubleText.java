package org.memspice.output;

/**
 * Formats doubles as C-style scientific text ({@code 3.333333333333333e-01}) with the digits of
 * {@link Double#toString}, which identify the double uniquely, so text outputs round-trip exactly through
 * {@code strtod}, {@code fscanf("%lf")} and {@link Double#parseDouble}. The digits are the shortest from JDK 19 on;
 * JDK 17 occasionally adds one (JDK-4511638). Costs far less than {@code String.format("%.16e")}, which matters
 * for large ASCII and CSV outputs. Non-finite values are written {@code nan}, {@code inf}, {@code -inf} as C does.
 */
final class DoubleText {
    private DoubleText() {}

    static String format(double v) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, v);
        return sb.toString();
    }

    static void append(StringBuilder sb, double v) {
        if (Double.isNaN(v)) {
            sb.append("nan");
            return;
        }
        if (Double.isInfinite(v)) {
            sb.append(v > 0 ? "inf" : "-inf");
            return;
        }
        if (Double.doubleToRawLongBits(v) < 0) {
            sb.append('-'); // also for -0.0, whose sign matters to a round trip
            v = -v;
        }
        // Double.toString guarantees a digit string that uniquely identifies v; only its layout is rewritten.
        String s = Double.toString(v);
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        String mant = e < 0 ? s : s.substring(0, e);
        int dot = mant.indexOf('.');
        String digits = mant.substring(0, dot) + mant.substring(dot + 1);
        exp += dot - 1;
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
            exp--;
        }
        int last = digits.length();
        while (last > first && digits.charAt(last - 1) == '0') {
            last--;
        }
        if (first == last) {
            sb.append("0e+00");
            return;
        }
        sb.append(digits.charAt(first));
        if (last - first > 1) {
            sb.append('.').append(digits, first + 1, last);
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    /** Parses what {@link #format} writes, plus anything {@link Double#parseDouble} accepts. */
    static double parse(String s) {
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "nan", "+nan", "-nan":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(s);
        }
    }
}
