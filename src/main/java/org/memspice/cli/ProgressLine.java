package org.memspice.cli;

import java.util.Locale;

/** The one-line progress report of a transient: what {@link TerminalProgress} draws, as a pure function. */
final class ProgressLine {
    private ProgressLine() {}

    /**
     * {@code tran 42.3%  t=4.23us of 10us  12345 steps, 67 rejected  2345 steps/s  elapsed 0:05  left ~0:07},
     * after {@code prefix} (the step of a sweep). The time left assumes simulated time keeps its pace so far.
     */
    static String format(String prefix, double time, double tstop, long accepted, long rejected, double elapsedSeconds) {
        double fraction = tstop > 0 ? Math.max(0, Math.min(1, time / tstop)) : 0;
        StringBuilder sb = new StringBuilder(96).append(prefix);
        sb.append(String.format(Locale.ROOT, "tran %.1f%%  t=%s of %s  %d steps, %d rejected", 100 * fraction,
                seconds(time), seconds(tstop), accepted, rejected));
        if (elapsedSeconds > 0) {
            sb.append(String.format(Locale.ROOT, "  %.0f steps/s", accepted / elapsedSeconds));
        }
        sb.append("  elapsed ").append(duration(elapsedSeconds));
        if (fraction > 0 && fraction < 1) {
            sb.append("  left ~").append(duration(elapsedSeconds * (1 - fraction) / fraction));
        }
        return sb.toString();
    }

    /** A time with an SI prefix and three significant digits: {@code 4.23us}, {@code 10ns}, {@code 1.5s}. */
    static String seconds(double s) {
        if (s == 0 || !Double.isFinite(s)) {
            return (s == 0 ? "0" : Double.toString(s)) + "s";
        }
        String[] prefixes = {"f", "p", "n", "u", "m", ""};
        int k = (int) Math.floor(Math.log10(Math.abs(s)) / 3) + 5;
        k = Math.max(0, Math.min(prefixes.length - 1, k));
        double scaled = s / Math.pow(1000, k - 5);
        if (Math.abs(scaled) >= 999.5 && k < prefixes.length - 1) { // 999.7n rounds to 1.00u, not 1.00e+03n
            k++;
            scaled /= 1000;
        }
        String digits = Math.abs(scaled) >= 1000 ? String.format(Locale.ROOT, "%.0f", scaled) // kiloseconds stay seconds
                : String.format(Locale.ROOT, "%.3g", scaled);
        if (digits.contains(".")) {
            digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return digits + prefixes[k] + "s";
    }

    /** {@code 0:05}, {@code 12:34}, {@code 1:02:03}. */
    static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        long h = s / 3600;
        long m = s / 60 % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", m, s % 60);
    }
}
