package org.memspice.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memspice.output.RawPlot;
import org.memspice.output.Variable;

/**
 * Compares two sets of plots signal by signal (the rules are in {@link Tolerance}). Plots are matched by kind and
 * order: the n-th transient of the reference with the n-th transient of the test, and likewise for operating
 * points and DC sweeps, so ngspice's habit of writing DC, then OP, then TRAN whatever the deck's order does not
 * matter, and the steps of a {@code .step} run pair up in order. Signals are matched by {@link SignalNames}.
 * A transient interpolates the reference onto the test's time points inside the reference's time span (with
 * {@code uic} there is no point at t = 0), so a different time-step sequence does not fail the comparison while
 * drift does. Point data must have the same number of points.
 */
public final class WaveformComparison {
    /** How far the ends of two transients may differ, as a fraction of the reference's span. */
    static final double SPAN_SLACK = 1e-6;

    private WaveformComparison() {}

    public static ComparisonReport compare(String refName, List<RawPlot> ref, String testName, List<RawPlot> test,
                                           Tolerances tolerances, boolean strict) throws CompareException {
        if (ref.isEmpty()) {
            throw new CompareException(refName + ": no plots in the file");
        }
        if (test.isEmpty()) {
            throw new CompareException(testName + ": no plots in the file");
        }
        Map<PlotKind, List<Integer>> testByKind = byKind(test);
        Map<PlotKind, Integer> used = new EnumMap<>(PlotKind.class);
        List<PlotResult> results = new ArrayList<>();
        List<String> onlyInRef = new ArrayList<>();
        boolean[] testMatched = new boolean[test.size()];
        int commonNames = 0;
        for (int r = 0; r < ref.size(); r++) {
            RawPlot rp = ref.get(r);
            PlotKind kind = PlotKind.of(rp);
            int n = used.merge(kind, 1, Integer::sum) - 1;
            List<Integer> candidates = testByKind.getOrDefault(kind, List.of());
            if (n >= candidates.size()) {
                onlyInRef.add(describe(r, rp));
                continue;
            }
            int t = candidates.get(n);
            testMatched[t] = true;
            PlotResult pr = comparePlot(refName, r, rp, testName, t, test.get(t), kind, tolerances);
            commonNames += pr.signals().size();
            results.add(pr);
        }
        List<String> onlyInTest = new ArrayList<>();
        for (int t = 0; t < test.size(); t++) {
            if (!testMatched[t]) {
                onlyInTest.add(describe(t, test.get(t)));
            }
        }
        if (results.isEmpty()) {
            throw new CompareException("no plots in common: " + refName + " has " + kinds(ref) + ", " + testName
                    + " has " + kinds(test));
        }
        if (commonNames == 0) {
            PlotResult first = results.get(0);
            throw new CompareException("no signals in common: " + refName + " has " + names(ref.get(0)) + ", "
                    + testName + " has " + names(test.get(first.testIndex() - 1)));
        }
        return new ComparisonReport(refName, testName, strict, results, onlyInRef, onlyInTest);
    }

    private static PlotResult comparePlot(String refName, int r, RawPlot ref, String testName, int t, RawPlot test,
                                          PlotKind kind, Tolerances tolerances) throws CompareException {
        // the scale of a transient is not a signal; a DC sweep's is compared too (it checks the sweep points)
        int first = kind == PlotKind.TRAN ? 1 : 0;
        Map<String, Integer> refIndex = index(ref, first);
        Map<String, Integer> testIndex = index(test, first);
        List<String> onlyInRef = new ArrayList<>();
        List<String> onlyInTest = new ArrayList<>();
        List<String> common = new ArrayList<>();
        for (var e : refIndex.entrySet()) {
            if (testIndex.containsKey(e.getKey())) {
                common.add(e.getKey());
            } else {
                onlyInRef.add(ref.variables().get(e.getValue()).name());
            }
        }
        for (var e : testIndex.entrySet()) {
            if (!refIndex.containsKey(e.getKey())) {
                onlyInTest.add(test.variables().get(e.getValue()).name());
            }
        }
        List<String> problems = new ArrayList<>();
        List<SignalResult> signals = new ArrayList<>();
        String scaleName = kind == PlotKind.OP ? "" : ref.variables().get(0).name();
        if (kind == PlotKind.TRAN) {
            checkTimeAxis(refName, r, ref);
            checkTimeAxis(testName, t, test);
            compareTransient(ref, test, common, refIndex, testIndex, tolerances, signals, problems);
        } else if (ref.pointCount() != test.pointCount()) {
            problems.add(String.format(Locale.ROOT, "the reference has %d point%s, the test %d", ref.pointCount(),
                    ref.pointCount() == 1 ? "" : "s", test.pointCount()));
            // still list what would have been compared, so that the signals count as common
            for (String name : common) {
                Variable rv = ref.variables().get(refIndex.get(name));
                signals.add(new SignalResult(name, rv.name(), test.variables().get(testIndex.get(name)).name(),
                        SignalKind.of(name, rv.type()), tolerances.of(name, SignalKind.of(name, rv.type()))
                        .resolve(0), true, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
            }
        } else {
            comparePoints(ref, test, kind, common, refIndex, testIndex, tolerances, signals);
        }
        return new PlotResult(r + 1, t + 1, ref.plotName(), kind, ref.title(), ref.pointCount(), test.pointCount(),
                scaleName, signals, onlyInRef, onlyInTest, problems);
    }

    private static void compareTransient(RawPlot ref, RawPlot test, List<String> common,
                                         Map<String, Integer> refIndex, Map<String, Integer> testIndex,
                                         Tolerances tolerances, List<SignalResult> signals, List<String> problems) {
        double[] rt = ref.columns()[0];
        double[] tt = test.columns()[0];
        if (rt.length == 0 || tt.length == 0) {
            problems.add(rt.length == 0 ? "the reference has no points" : "the test has no points");
            return;
        }
        double span = rt[rt.length - 1] - rt[0];
        double slack = SPAN_SLACK * Math.max(span, Math.abs(rt[rt.length - 1]));
        if (Math.abs(tt[tt.length - 1] - rt[rt.length - 1]) > slack) {
            problems.add(String.format(Locale.ROOT, "the test ends at time %s, the reference at %s",
                    num(tt[tt.length - 1]), num(rt[rt.length - 1])));
        }
        // the test's points inside the reference's span
        int lo = 0;
        while (lo < tt.length && tt[lo] < rt[0]) {
            lo++;
        }
        int hi = tt.length;
        while (hi > lo && tt[hi - 1] > rt[rt.length - 1]) {
            hi--;
        }
        if (hi == lo) {
            problems.add(String.format(Locale.ROOT, "no test point lies inside the reference's time span %s … %s",
                    num(rt[0]), num(rt[rt.length - 1])));
            return;
        }
        double[] times = Arrays.copyOfRange(tt, lo, hi);
        Interpolation interpolation = new Interpolation(rt, times);
        double duration = times[times.length - 1] - times[0];
        for (String name : common) {
            int ri = refIndex.get(name);
            int ti = testIndex.get(name);
            Variable rv = ref.variables().get(ri);
            SignalKind kind = SignalKind.of(name, rv.type());
            double[] refValues = ref.columns()[ri];
            Tolerance tolerance = tolerances.of(name, kind);
            Tolerance.Resolved tol = tolerance.resolve(peak(refValues));
            String testSpelling = test.variables().get(ti).name();
            if (tolerance.skip()) {
                signals.add(new SignalResult(name, rv.name(), testSpelling, kind, tol, true, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN));
                continue;
            }
            double[] expected = interpolation.at(refValues);
            double[] actual = test.columns()[ti];
            double worst = -1;
            int worstAt = 0;
            double integral = 0;
            double previous = 0;
            for (int k = 0; k < times.length; k++) {
                double e = scaledError(expected[k], actual[lo + k], tol);
                double magnitude = Double.isNaN(e) ? Double.POSITIVE_INFINITY : Math.abs(e);
                if (magnitude > worst) {
                    worst = magnitude;
                    worstAt = k;
                }
                double square = e * e;
                if (k > 0) {
                    integral += 0.5 * (square + previous) * (times[k] - times[k - 1]);
                }
                previous = square;
            }
            // one point, or all at one time: nothing to integrate over, so the norm is the error there
            double norm = duration > 0 ? Math.sqrt(integral / duration) : worst;
            if (Double.isInfinite(worst)) {
                norm = Double.NaN;
            }
            signals.add(new SignalResult(name, rv.name(), testSpelling, kind, tol, false, norm, times[worstAt],
                    expected[worstAt], actual[lo + worstAt]));
        }
    }

    /** (ref − test)/(reltol·|ref| + abstol); 0 when equal (also both NaN or the same infinity), NaN for one NaN. */
    static double scaledError(double ref, double test, Tolerance.Resolved tol) {
        if (ref == test || (Double.isNaN(ref) && Double.isNaN(test))) {
            return 0;
        }
        double d = ref - test;
        if (Double.isNaN(d)) {
            return Double.NaN;
        }
        return d / (tol.reltol() * Math.abs(ref) + tol.abstol());
    }

    private static void comparePoints(RawPlot ref, RawPlot test, PlotKind kind, List<String> common,
                                      Map<String, Integer> refIndex, Map<String, Integer> testIndex,
                                      Tolerances tolerances, List<SignalResult> signals) {
        double[] scale = ref.columns()[0];
        for (String name : common) {
            int ri = refIndex.get(name);
            int ti = testIndex.get(name);
            Variable rv = ref.variables().get(ri);
            SignalKind sk = SignalKind.of(name, rv.type());
            double[] a = ref.columns()[ri];
            double[] b = test.columns()[ti];
            Tolerance tolerance = tolerances.of(name, sk);
            Tolerance.Resolved tol = tolerance.resolve(peak(a));
            String testSpelling = test.variables().get(ti).name();
            if (tolerance.skip() || a.length == 0) {
                signals.add(new SignalResult(name, rv.name(), testSpelling, sk, tol, true, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN));
                continue;
            }
            double worst = -1;
            int worstAt = 0;
            for (int k = 0; k < a.length; k++) {
                double ratio = pointRatio(a[k], b[k], tol);
                double magnitude = Double.isNaN(ratio) ? Double.POSITIVE_INFINITY : ratio;
                if (magnitude > worst) {
                    worst = magnitude;
                    worstAt = k;
                }
            }
            double norm = Double.isInfinite(worst) ? Double.NaN : worst;
            signals.add(new SignalResult(name, rv.name(), testSpelling, sk, tol, false, norm,
                    kind == PlotKind.OP ? Double.NaN : scale[worstAt], a[worstAt], b[worstAt]));
        }
    }

    /**
     * The point rule as a ratio that passes below 1: 0 when equal or both within the clip level of zero, else
     * |a − b| / (reltol·m + abstol) with m = 0.5·(|a| + |b| + |a − b|) (NaN when only one is NaN). With abstol = 0
     * this is the relative test |a − b| / m < reltol; abstol keeps values just above the clip level from failing on
     * differences smaller than abstol itself, as in a transient.
     */
    static double pointRatio(double a, double b, Tolerance.Resolved tol) {
        if (a == b || (Double.isNaN(a) && Double.isNaN(b))) {
            return 0;
        }
        if (Math.abs(a) <= tol.clip() && Math.abs(b) <= tol.clip()) {
            return 0;
        }
        double d = Math.abs(a - b);
        if (Double.isNaN(d)) {
            return Double.NaN;
        }
        double bound = tol.reltol() * 0.5 * (Math.abs(a) + Math.abs(b) + d) + tol.abstol();
        return bound > 0 ? d / bound : Double.POSITIVE_INFINITY;
    }

    private static double peak(double[] v) {
        double p = 0;
        for (double x : v) {
            if (Math.abs(x) > p && Double.isFinite(x)) {
                p = Math.abs(x);
            }
        }
        return p;
    }

    private static void checkTimeAxis(String file, int plot, RawPlot p) throws CompareException {
        double[] t = p.columns()[0];
        for (int k = 0; k < t.length; k++) {
            if (!Double.isFinite(t[k]) || (k > 0 && t[k] < t[k - 1])) {
                throw new CompareException(String.format(Locale.ROOT, "%s: plot %d (%s): time %s at point %d %s",
                        file, plot + 1, p.plotName(), num(t[k]), k, Double.isFinite(t[k]) ? "goes backwards (from "
                                + num(t[k - 1]) + ")" : "is not a number"));
            }
        }
    }

    /** Canonical name → column, first spelling wins. */
    private static Map<String, Integer> index(RawPlot p, int first) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = first; i < p.variables().size(); i++) {
            map.putIfAbsent(SignalNames.canonical(p.variables().get(i).name()), i);
        }
        return map;
    }

    private static Map<PlotKind, List<Integer>> byKind(List<RawPlot> plots) {
        Map<PlotKind, List<Integer>> map = new EnumMap<>(PlotKind.class);
        for (int i = 0; i < plots.size(); i++) {
            map.computeIfAbsent(PlotKind.of(plots.get(i)), k -> new ArrayList<>()).add(i);
        }
        return map;
    }

    private static String describe(int index, RawPlot p) {
        return "plot " + (index + 1) + " (" + p.plotName() + (p.title() == null || p.title().isBlank() ? ""
                : ", \"" + p.title() + "\"") + ")";
    }

    private static String kinds(List<RawPlot> plots) {
        List<String> k = new ArrayList<>();
        for (RawPlot p : plots) {
            k.add(p.plotName());
        }
        return k.toString();
    }

    private static String names(RawPlot p) {
        List<String> n = new ArrayList<>();
        for (Variable v : p.variables()) {
            n.add(v.name());
            if (n.size() == 8 && p.variables().size() > 8) {
                n.add("… " + (p.variables().size() - 8) + " more");
                break;
            }
        }
        return n.toString();
    }

    static String num(double v) {
        return ComparisonReport.fmt(v);
    }
}
