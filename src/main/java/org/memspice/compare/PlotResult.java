package org.memspice.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One reference plot compared with the test plot matched to it (the n-th plot of the same kind in each file).
 * {@code problems} are differences of the plot as a whole (point counts, time spans) that fail it.
 *
 * @param refIndex  1-based position in the reference file
 * @param testIndex 1-based position in the test file
 */
public record PlotResult(int refIndex, int testIndex, String plotName, PlotKind kind, String title, int refPoints,
                         int testPoints, String scaleName, List<SignalResult> signals, List<String> onlyInRef,
                         List<String> onlyInTest, List<String> problems) {

    public PlotResult {
        signals = List.copyOf(signals);
        onlyInRef = List.copyOf(onlyInRef);
        onlyInTest = List.copyOf(onlyInTest);
        problems = List.copyOf(problems);
    }

    public boolean pass(boolean strict) {
        return problems.isEmpty() && signals.stream().allMatch(SignalResult::pass)
                && (!strict || (onlyInRef.isEmpty() && onlyInTest.isEmpty()));
    }

    public long failedSignals() {
        return signals.stream().filter(s -> !s.pass()).count();
    }

    public long comparedSignals() {
        return signals.stream().filter(s -> !s.skipped()).count();
    }

    /** The compared signal with the largest norm (a NaN norm counts as the largest). */
    public Optional<SignalResult> worst() {
        return signals.stream().filter(s -> !s.skipped()).max(Comparator.comparingDouble(
                s -> Double.isNaN(s.norm()) ? Double.POSITIVE_INFINITY : s.norm()));
    }

    /** {@code plot 2 (Transient Analysis, "rc (step r=2k)")}. */
    public String label() {
        return "plot " + refIndex + " (" + plotName + (title == null || title.isBlank() ? "" : ", \"" + title + "\"")
                + ")";
    }
}
