package org.memspice.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memspice.circuit.RandomDraws;
import org.memspice.circuit.Variation;

/**
 * One step of a sweep: the value of every axis (in card order) and the run whose random draws it uses.
 *
 * @param number  1-based position in the sweep
 * @param count   how many steps the sweep has
 * @param axes    the sweep's axes, in card order
 * @param values  this step's value on each axis
 * @param run     the random stream: the {@code .mc} run number if there is a {@code .mc} card, else {@code number}
 * @param seed    the deck's seed
 */
public record StepPoint(int number, int count, List<StepAxis> axes, double[] values, int run, long seed) {

    /** The global parameters this step fixes (lower-case names), in card order. */
    public Map<String, Double> parameters() {
        Map<String, Double> fixed = new LinkedHashMap<>();
        for (int k = 0; k < axes.size(); k++) {
            if (axes.get(k).kind() == StepAxis.Kind.PARAMETER) {
                fixed.put(axes.get(k).key(), values[k]);
            }
        }
        return fixed;
    }

    /** The stepped temperature in °C, or null if the temperature is not stepped. */
    public Double temperature() {
        for (int k = 0; k < axes.size(); k++) {
            if (axes.get(k).kind() == StepAxis.Kind.TEMPERATURE) {
                return values[k];
            }
        }
        return null;
    }

    /** What the elaborator changes for this step; the draws are fresh (run {@link #run()} of the seed). */
    public Variation variation() {
        return new Variation(parameters(), temperature(), RandomDraws.forRun(seed, run));
    }

    /** Column names of the step values in the measurement table: parameter names, {@code temp}, {@code mc}. */
    public List<String> columnNames() {
        return axes.stream().map(a -> a.kind() == StepAxis.Kind.RUN ? "mc"
                : a.kind() == StepAxis.Kind.TEMPERATURE ? "temp" : a.key()).toList();
    }

    /** {@code r=1k temp=85}, {@code run 7 of 100}, or both: what distinguishes this step in plot titles. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < axes.size(); k++) {
            StepAxis a = axes.get(k);
            if (sb.length() > 0) {
                sb.append(", ");
            }
            if (a.kind() == StepAxis.Kind.RUN) {
                sb.append("run ").append((int) values[k]).append(" of ").append(a.size());
            } else {
                sb.append(a.kind() == StepAxis.Kind.TEMPERATURE ? "temp" : a.key()).append('=')
                        .append(format(values[k]));
            }
        }
        return sb.toString();
    }

    /** A value with a SPICE scale suffix where one fits exactly enough: 1k, 2.2meg, 10n, 0.5. */
    static String format(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        String[] suffixes = {"f", "p", "n", "u", "m", "", "k", "meg", "g", "t"};
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)) / 3) * 3;
        exponent = Math.max(-15, Math.min(12, exponent));
        double mantissa = v / Math.pow(10, exponent);
        String m = String.format(Locale.ROOT, "%.6g", mantissa);
        if (m.contains("e")) {
            return String.format(Locale.ROOT, "%.6g", v);
        }
        if (m.contains(".")) {
            m = m.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return m + suffixes[exponent / 3 + 5];
    }
}
