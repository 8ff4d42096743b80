package org.memspice.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcome of comparing two files: every matched plot's signals, what only one file has, and the worst signal.
 * Readable as text ({@link #text}) or JSON ({@link #json}). It passes when every compared signal is within its
 * tolerance and no plot has a problem; with {@code strict}, also when no signal or plot is in one file only.
 */
public record ComparisonReport(String ref, String test, boolean strict, List<PlotResult> plots,
                               List<String> plotsOnlyInRef, List<String> plotsOnlyInTest) {

    public ComparisonReport {
        plots = List.copyOf(plots);
        plotsOnlyInRef = List.copyOf(plotsOnlyInRef);
        plotsOnlyInTest = List.copyOf(plotsOnlyInTest);
    }

    public boolean pass() {
        return plots.stream().allMatch(p -> p.pass(strict))
                && (!strict || (plotsOnlyInRef.isEmpty() && plotsOnlyInTest.isEmpty()));
    }

    public long compared() {
        return plots.stream().mapToLong(PlotResult::comparedSignals).sum();
    }

    public long failed() {
        return plots.stream().mapToLong(PlotResult::failedSignals).sum();
    }

    /** The worst compared signal over all plots, with its plot. */
    public Optional<Worst> worst() {
        Worst best = null;
        for (PlotResult p : plots) {
            Optional<SignalResult> w = p.worst();
            if (w.isPresent() && (best == null || key(w.get()) > key(best.signal()))) {
                best = new Worst(p, w.get());
            }
        }
        return Optional.ofNullable(best);
    }

    public record Worst(PlotResult plot, SignalResult signal) {
        /** {@code v(out) in plot 1 (Transient Analysis): norm 3.2 at time=1e-06: ref 0.632, test 0.64}. */
        public String describe() {
            SignalResult s = signal;
            StringBuilder sb = new StringBuilder();
            sb.append(s.refName()).append(" in plot ").append(plot.refIndex()).append(" (").append(plot.plotName())
                    .append("): norm ").append(fmt(s.norm()));
            if (!Double.isNaN(s.at())) {
                sb.append(" at ").append(plot.kind() == PlotKind.TRAN ? "time" : plot.scaleName()).append('=')
                        .append(fmt(s.at()));
            }
            sb.append(": expected ").append(fmt(s.refValue())).append(", got ").append(fmt(s.testValue()));
            return sb.toString();
        }
    }

    private static double key(SignalResult s) {
        return Double.isNaN(s.norm()) ? Double.POSITIVE_INFINITY : s.norm();
    }

    /** The one-line verdict: what passed, or how many failed and the worst. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        long failedPlots = plots.stream().filter(p -> !p.problems().isEmpty()).count();
        if (pass()) {
            sb.append(String.format(Locale.ROOT, "PASS: %d signal%s in %d plot%s within tolerance", compared(),
                    compared() == 1 ? "" : "s", plots.size(), plots.size() == 1 ? "" : "s"));
        } else {
            sb.append("FAIL: ");
            List<String> what = new ArrayList<>();
            if (failed() > 0) {
                what.add(String.format(Locale.ROOT, "%d of %d signals exceed their tolerance", failed(), compared()));
            }
            if (failedPlots > 0) {
                what.add(failedPlots + " plot" + (failedPlots == 1 ? "" : "s") + " differ in shape");
            }
            if (strict) {
                long only = plots.stream().mapToLong(p -> p.onlyInRef().size() + p.onlyInTest().size()).sum();
                if (only > 0) {
                    what.add(only + " signal" + (only == 1 ? "" : "s") + " in one file only (--strict)");
                }
                int plotsOnly = plotsOnlyInRef.size() + plotsOnlyInTest.size();
                if (plotsOnly > 0) {
                    what.add(plotsOnly + " plot" + (plotsOnly == 1 ? "" : "s") + " in one file only (--strict)");
                }
            }
            sb.append(String.join("; ", what));
        }
        Optional<Worst> w = worst();
        if (w.isPresent() && w.get().signal().norm() == 0) {
            sb.append("; every value identical");
        } else {
            w.ifPresent(x -> sb.append("; worst ").append(x.describe()));
        }
        return sb.toString();
    }

    /** The report for people: per plot a line, the failing signals (every signal with {@code all}), the verdict. */
    public String text(boolean all) {
        StringBuilder sb = new StringBuilder();
        sb.append("compare ").append(ref).append(" (reference) with ").append(test).append('\n');
        for (PlotResult p : plots) {
            sb.append(p.label());
            if (p.testIndex() != p.refIndex()) {
                sb.append(" with test plot ").append(p.testIndex());
            }
            sb.append(String.format(Locale.ROOT, ": %d signal%s, %d/%d points", p.comparedSignals(),
                    p.comparedSignals() == 1 ? "" : "s", p.refPoints(), p.testPoints()));
            p.worst().ifPresent(w -> sb.append(", worst ").append(w.refName()).append(" norm ").append(fmt(w.norm())));
            sb.append('\n');
            for (String problem : p.problems()) {
                sb.append("  FAIL ").append(problem).append('\n');
            }
            List<SignalResult> shown = p.signals().stream().filter(s -> all || !s.pass())
                    .sorted(Comparator.comparingDouble(ComparisonReport::key).reversed()).toList();
            for (SignalResult s : shown) {
                sb.append(signalLine(p, s)).append('\n');
            }
            if (!p.onlyInRef().isEmpty()) {
                sb.append("  only in the reference: ").append(String.join(" ", p.onlyInRef())).append('\n');
            }
            if (!p.onlyInTest().isEmpty()) {
                sb.append("  only in the test: ").append(String.join(" ", p.onlyInTest())).append('\n');
            }
        }
        for (String p : plotsOnlyInRef) {
            sb.append("only in the reference: ").append(p).append('\n');
        }
        for (String p : plotsOnlyInTest) {
            sb.append("only in the test: ").append(p).append('\n');
        }
        sb.append(summary()).append('\n');
        return sb.toString();
    }

    private static String signalLine(PlotResult p, SignalResult s) {
        if (s.skipped()) {
            return "  skip " + s.refName();
        }
        StringBuilder sb = new StringBuilder();
        sb.append(s.pass() ? "  ok   " : "  FAIL ").append(s.refName());
        if (!s.testName().equals(s.refName())) {
            sb.append(" (test: ").append(s.testName()).append(')');
        }
        sb.append(' ').append(s.kind().label()).append(" norm ").append(fmt(s.norm()));
        if (!Double.isNaN(s.at())) {
            sb.append(" at ").append(p.kind() == PlotKind.TRAN ? "time" : p.scaleName()).append('=')
                    .append(fmt(s.at()));
        }
        sb.append(": expected ").append(fmt(s.refValue())).append(", got ").append(fmt(s.testValue()));
        sb.append(String.format(Locale.ROOT, " (reltol %s, abstol %s%s)", fmt(s.tolerance().reltol()),
                fmt(s.tolerance().abstol()), p.kind().pointwise() ? ", clip " + fmt(s.tolerance().clip()) : ""));
        return sb.toString();
    }

    /** Six significant digits without padding zeros: {@code 0.632121}, {@code 1e-06}, {@code 2.5e-09}. */
    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }

    /** The report for machines (CI): every plot and signal, numbers as JSON numbers (null for NaN). */
    public String json() {
        Json j = new Json();
        j.begin();
        j.field("reference", ref).field("test", test).field("strict", strict).field("pass", pass())
                .field("compared", compared()).field("failed", failed());
        Optional<Worst> w = worst();
        j.key("worst");
        if (w.isPresent()) {
            j.begin().field("plot", w.get().plot().refIndex()).field("signal", w.get().signal().refName());
            signalNumbers(j, w.get().signal());
            j.end();
        } else {
            j.nullValue();
        }
        j.key("summary").value(summary());
        j.key("plots").beginArray();
        for (PlotResult p : plots) {
            j.begin().field("index", p.refIndex()).field("test_index", p.testIndex()).field("name", p.plotName())
                    .field("kind", p.kind().label()).field("title", p.title()).field("ref_points", p.refPoints())
                    .field("test_points", p.testPoints()).field("pass", p.pass(strict));
            j.key("problems").strings(p.problems());
            j.key("only_in_reference").strings(p.onlyInRef());
            j.key("only_in_test").strings(p.onlyInTest());
            j.key("signals").beginArray();
            for (SignalResult s : p.signals()) {
                j.begin().field("name", s.refName()).field("test_name", s.testName()).field("kind", s.kind().label())
                        .field("skipped", s.skipped()).field("pass", s.pass());
                signalNumbers(j, s);
                j.field("reltol", s.tolerance().reltol()).field("abstol", s.tolerance().abstol());
                if (p.kind().pointwise()) {
                    j.field("clip", s.tolerance().clip());
                }
                j.end();
            }
            j.endArray().end();
        }
        j.endArray();
        j.key("plots_only_in_reference").strings(plotsOnlyInRef);
        j.key("plots_only_in_test").strings(plotsOnlyInTest);
        j.end();
        return j.toString();
    }

    private static void signalNumbers(Json j, SignalResult s) {
        j.field("norm", s.norm()).field("at", s.at()).field("expected", s.refValue()).field("got", s.testValue());
    }
}
