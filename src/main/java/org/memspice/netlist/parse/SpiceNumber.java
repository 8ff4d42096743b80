package org.memspice.netlist.parse;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * SPICE number syntax: {@code [+|-] digits[.digits] [e[+|-]digits] [scale] [letters]}, case-insensitive.
 *
 * <p>Scale suffixes: {@code t}=1e12 {@code g}=1e9 {@code meg}=1e6 {@code k}=1e3 {@code mil}=25.4e-6 {@code m}=1e-3
 * {@code u}=1e-6 {@code n}=1e-9 {@code p}=1e-12 {@code f}=1e-15 {@code a}=1e-18. Letters after the number (and
 * after the scale) are units and ignored, as in SPICE: {@code 10kohm}=1e4, {@code 5ns}=5e-9, {@code 2.5V}=2.5, and
 * the classic traps {@code 3F}=3e-15 (femto, not farad) and {@code 1MF}=1e-3 (milli, not mega).
 *
 * <p>An exponent marker must have digits: {@code 1e}, {@code 1e+} and {@code 1eV} are not numbers. Reading them as
 * 1 (exponent marker taken as a unit letter) would silently hide a truncated exponent such as {@code 1e-}; an error
 * at parse time is more useful. Only ASCII letters may follow the number: {@code 1.2.3}, {@code 1k2} and
 * {@code 5_000} are not numbers.
 */
public final class SpiceNumber {
    private SpiceNumber() {}

    /** The value of {@code text}, or empty if it is not a SPICE number. */
    public static OptionalDouble tryParse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int intDigits = countDigits(text, i);
        i += intDigits;
        int fracDigits = 0;
        if (i < n && text.charAt(i) == '.') {
            i++;
            fracDigits = countDigits(text, i);
            i += fracDigits;
        }
        if (intDigits + fracDigits == 0) {
            return OptionalDouble.empty();
        }
        String mantissa = text.substring(0, i);
        long exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            boolean negative = false;
            if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                negative = text.charAt(j) == '-';
                j++;
            }
            int expDigits = countDigits(text, j);
            if (expDigits == 0) {
                return OptionalDouble.empty();
            }
            // Clamped: anything past +-9999 is already 0 or infinity for a double.
            String digits = text.substring(j, j + expDigits).replaceFirst("^0+(?=.)", "");
            exponent = digits.length() > 5 ? 99999 : Long.parseLong(digits);
            if (negative) {
                exponent = -exponent;
            }
            i = j + expDigits;
        }
        String rest = text.substring(i);
        if (!rest.chars().allMatch(SpiceNumber::isAsciiLetter)) {
            return OptionalDouble.empty();
        }
        String suffix = rest.toLowerCase(Locale.ROOT);
        double value;
        if (suffix.startsWith("mil")) {
            value = Double.parseDouble(mantissa + "e" + exponent) * 25.4e-6;
        } else {
            // Scaling by a power of ten through the decimal exponent keeps 4.7k exactly the double nearest 4700.
            value = Double.parseDouble(mantissa + "e" + (exponent + decadeOf(suffix)));
        }
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** The value of {@code text}; throws NumberFormatException naming the text if it is not a SPICE number. */
    public static double parse(String text) {
        OptionalDouble v = tryParse(text);
        if (v.isEmpty()) {
            throw new NumberFormatException("not a SPICE number: '" + text + "'");
        }
        return v.getAsDouble();
    }

    public static boolean isNumber(String text) {
        return tryParse(text).isPresent();
    }

    /** Power of ten of the scale suffix that {@code suffix} (lower case, "mil" excluded) starts with. */
    private static int decadeOf(String suffix) {
        if (suffix.startsWith("meg")) {
            return 6;
        }
        if (suffix.isEmpty()) {
            return 0;
        }
        return switch (suffix.charAt(0)) {
            case 't' -> 12;
            case 'g' -> 9;
            case 'k' -> 3;
            case 'm' -> -3;
            case 'u' -> -6;
            case 'n' -> -9;
            case 'p' -> -12;
            case 'f' -> -15;
            case 'a' -> -18;
            default -> 0;   // a unit such as V, s, Hz, ohm
        };
    }

    private static int countDigits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
