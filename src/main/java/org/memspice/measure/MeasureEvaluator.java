package org.memspice.measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memspice.expr.ExpressionException;
import org.memspice.expr.Scope;
import org.memspice.measure.Measurement.Aggregate;
import org.memspice.measure.Measurement.At;
import org.memspice.measure.Measurement.Crossing;
import org.memspice.measure.Measurement.Deriv;
import org.memspice.measure.Measurement.Edge;
import org.memspice.measure.Measurement.Find;
import org.memspice.measure.Measurement.Param;
import org.memspice.measure.Measurement.Point;
import org.memspice.measure.Measurement.TrigTarg;
import org.memspice.measure.Measurement.When;

/**
 * Evaluates measurements on recorded waveforms with ngspice's semantics: values between points are linearly
 * interpolated; a crossing is counted when the signal moves from strictly below the level to at-or-above it (a
 * rise) or from strictly above to at-or-below (a fall); TD skips the points before it; MIN, MAX and AVG use the
 * points inside FROM…TO as they are, while RMS and INTEG interpolate the window's ends and integrate with
 * ngspice's rule (Simpson 3/8 over three equal steps, Simpson 1/3 over two, else the trapezoid). Measurements
 * are evaluated in netlist order, PARAM ones last, so a PARAM may use any other result.
 */
public final class MeasureEvaluator {
    private MeasureEvaluator() {}

    /** Why a measurement cannot be computed. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** Results in the order of {@code measurements}; {@code traces} holds the recorded analysis of each kind. */
    public static List<MeasureResult> evaluate(List<Measurement> measurements,
                                               Map<Measurement.Analysis, Trace> traces) {
        Map<String, MeasureResult> done = new HashMap<>();
        for (boolean params : new boolean[] {false, true}) {
            for (Measurement m : measurements) {
                if ((m.function() instanceof Param) != params) {
                    continue;
                }
                MeasureResult r;
                try {
                    r = params ? param(m, (Param) m.function(), done) : waveform(m, traces.get(m.analysis()));
                } catch (Failure f) {
                    r = MeasureResult.failed(m, f.getMessage());
                }
                done.put(m.name().toLowerCase(Locale.ROOT), r);
            }
        }
        List<MeasureResult> ordered = new ArrayList<>();
        for (Measurement m : measurements) {
            ordered.add(done.get(m.name().toLowerCase(Locale.ROOT)));
        }
        return ordered;
    }

    private static MeasureResult param(Measurement m, Param p, Map<String, MeasureResult> done) throws Failure {
        Scope scope = new Scope() {
            @Override
            public double value(String name) {
                MeasureResult r = done.get(name);
                if (r == null) {
                    return p.parameters().value(name);
                }
                if (r.failed()) {
                    throw new ExpressionException("uses '" + r.name() + "', which failed", -1);
                }
                return r.value();
            }

            @Override
            public double call(String function, double[] arguments) {
                return p.parameters().call(function, arguments);
            }
        };
        try {
            double v = p.expression().evaluate(scope);
            if (!Double.isFinite(v)) {
                throw new Failure("PARAM evaluates to " + v);
            }
            return MeasureResult.ok(m, v, "");
        } catch (ExpressionException | org.memspice.device.CardError e) {
            throw new Failure(e.getMessage());
        }
    }

    private static MeasureResult waveform(Measurement m, Trace trace) throws Failure {
        if (trace == null || trace.size() == 0) {
            throw new Failure("no " + m.analysis().name().toLowerCase(Locale.ROOT) + " analysis results to measure");
        }
        double[] x = trace.scale();
        boolean dc = trace.isDc();
        if (m.function() instanceof TrigTarg tt) {
            double trig = locate(tt.trig(), trace, "TRIG");
            double targ = locate(tt.targ(), trace, "TARG");
            return MeasureResult.ok(m, targ - trig, "targ=" + g(targ) + " trig=" + g(trig));
        }
        if (m.function() instanceof When w) {
            return MeasureResult.ok(m, locate(w.crossing(), trace, "WHEN"), "");
        }
        if (m.function() instanceof Find f) {
            double at = locate(f.at(), trace, f.at() instanceof At ? "AT" : "WHEN");
            double v = valueAt(x, trace.values(f.signal()), at, dc);
            return MeasureResult.ok(m, v, f.at() instanceof At ? "" : "at=" + g(at));
        }
        if (m.function() instanceof Deriv d) {
            double at = locate(d.at(), trace, d.at() instanceof At ? "AT" : "WHEN");
            return MeasureResult.ok(m, slopeAt(x, trace.values(d.signal()), at, dc), "at=" + g(at));
        }
        Aggregate a = (Aggregate) m.function();
        return aggregate(m, a, x, trace.values(a.signal()), dc);
    }

    /** The scale value of a point: AT as given, a crossing found in the trace. */
    private static double locate(Point p, Trace trace, String label) throws Failure {
        if (p instanceof At at) {
            return at.value();
        }
        Crossing c = (Crossing) p;
        double[] y = trace.values(c.signal());
        double[] d = new double[y.length];
        double[] other = c.other() == null ? null : trace.values(c.other());
        for (int i = 0; i < y.length; i++) {
            d[i] = y[i] - (other == null ? c.level() : other[i]);
        }
        return crossing(trace.scale(), d, trace.isDc(), c, label);
    }

    /**
     * Where {@code d} (signal minus level) changes sign for the requested time. For a DC sweep TD is ignored and the
     * count restarts when the scale returns to its first value (the next outer step of a nested sweep).
     */
    static double crossing(double[] x, double[] d, boolean dc, Crossing c, String label) throws Failure {
        int start = 0;
        if (!dc) {
            while (start < x.length && x[start] < c.td()) {
                start++;
            }
        }
        int found = 0;
        double last = Double.NaN;
        int section = 0; // -1 below, +1 above, 0 not yet known (started on the level)
        for (int i = start; i < x.length; i++) {
            boolean restart = i == start || dc && x[i] == x[0];
            if (restart) {
                section = d[i] < 0 ? -1 : d[i] > 0 ? 1 : 0;
                continue;
            }
            Edge edge = null;
            if (section <= 0 && d[i] >= 0 && (section < 0 || d[i] > 0)) {
                edge = Edge.RISE;
                section = 1;
            } else if (section >= 0 && d[i] <= 0 && (section > 0 || d[i] < 0)) {
                edge = Edge.FALL;
                section = -1;
            }
            if (edge == null || c.edge() != Edge.CROSS && c.edge() != edge) {
                continue;
            }
            found++;
            double t = x[i - 1] + (0 - d[i - 1]) * (x[i] - x[i - 1]) / (d[i] - d[i - 1]);
            if (found == c.count()) {
                return t;
            }
            last = t;
        }
        if (c.count() == 0 && found > 0) {
            return last;
        }
        String verb = switch (c.edge()) {
            case RISE -> "rises";
            case FALL -> "falls";
            default -> "crosses";
        };
        String level = c.other() != null ? c.other().name() : g(c.level());
        String after = !dc && c.td() > 0 ? " after TD=" + g(c.td()) : "";
        String what = label + ": " + c.signal().name() + (found == 0 ? " never " + verb : " " + verb) + " through "
                + level + after;
        if (found == 0) {
            throw new Failure(what);
        }
        throw new Failure(what + " only " + found + " time" + (found == 1 ? "" : "s") + " (" + ordinal(c.count())
                + " " + c.edge().name() + " requested)");
    }

    /** Linear interpolation of {@code y} at scale value {@code at}, in the first interval that holds it. */
    static double valueAt(double[] x, double[] y, double at, boolean dc) throws Failure {
        int i = segment(x, at, dc);
        if (i == 0 || x[i] == x[i - 1]) {
            return y[i];
        }
        return y[i - 1] + (at - x[i - 1]) * (y[i] - y[i - 1]) / (x[i] - x[i - 1]);
    }

    /**
     * The slope of the interpolated waveform at {@code at}; exactly on an inner point, the slope of the parabola
     * through it and its neighbours (ngspice has no DERIV: this is memspice's own definition).
     */
    static double slopeAt(double[] x, double[] y, double at, boolean dc) throws Failure {
        if (x.length < 2) {
            throw new Failure("DERIV needs at least two points");
        }
        int i = Math.max(1, segment(x, at, dc));
        double h1 = x[i] - x[i - 1];
        double s1 = (y[i] - y[i - 1]) / h1;
        if (at == x[i] && i + 1 < x.length) {
            double h2 = x[i + 1] - x[i];
            double s2 = (y[i + 1] - y[i]) / h2;
            return (h2 * s1 + h1 * s2) / (h1 + h2);
        }
        return s1;
    }

    /** The index i of the first interval [x[i-1], x[i]] holding {@code at} (0 for a one-point trace at it). */
    private static int segment(double[] x, double at, boolean dc) throws Failure {
        if (x.length == 1 && x[0] == at) {
            return 0;
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i - 1] <= at && at <= x[i] || dc && x[i - 1] >= at && at >= x[i]) {
                return i;
            }
        }
        throw new Failure((dc ? "sweep value " : "AT=") + g(at) + " is outside the " + (dc ? "swept range " : "simulated time ")
                + g(min(x)) + " .. " + g(max(x)));
    }

    private static MeasureResult aggregate(Measurement m, Aggregate a, double[] x, double[] y, boolean dc)
            throws Failure {
        double from = Double.isNaN(a.from()) ? Double.NEGATIVE_INFINITY : a.from();
        double to = Double.isNaN(a.to()) ? Double.POSITIVE_INFINITY : a.to();
        if (dc && from > to) {
            double swap = from;
            from = to;
            to = swap;
        }
        if (from > to) {
            throw new Failure("FROM=" + g(from) + " is after TO=" + g(to));
        }
        String window = "FROM=" + g(from) + " TO=" + g(to);
        switch (a.kind()) {
            case RMS:
            case INTEG:
                return integral(m, a, x, y, from, to, window);
            default:
                break;
        }
        // MIN, MAX, PP, AVG: the points inside the window, as ngspice takes them (no interpolated ends)
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double minAt = Double.NaN;
        double maxAt = Double.NaN;
        double area = 0;
        double span = 0;
        int first = -1;
        int previous = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < from || x[i] > to) {
                if (!dc && x[i] > to) {
                    break;
                }
                continue;
            }
            if (first < 0) {
                first = i;
            }
            if (y[i] <= min) {
                min = y[i];
                minAt = x[i];
            }
            if (y[i] >= max) {
                max = y[i];
                maxAt = x[i];
            }
            if (previous >= 0) {
                area += 0.5 * (y[i] + y[previous]) * (x[i] - x[previous]);
                span += x[i] - x[previous];
            }
            previous = i;
        }
        if (first < 0) {
            throw new Failure("no point of " + a.signal().name() + " between " + window.replace(" TO", " and TO"));
        }
        switch (a.kind()) {
            case MIN:
                return MeasureResult.ok(m, min, "at=" + g(minAt));
            case MAX:
                return MeasureResult.ok(m, max, "at=" + g(maxAt));
            case PP:
                return MeasureResult.ok(m, max - min, "from=" + g(x[first]) + " to=" + g(x[previous]));
            default: // AVG
                if (span == 0) {
                    throw new Failure("AVG needs two points of " + a.signal().name() + " between "
                            + window.replace(" TO", " and TO"));
                }
                return MeasureResult.ok(m, area / span, "from=" + g(x[first]) + " to=" + g(x[previous]));
        }
    }

    /** INTEG and RMS over [from, to] with interpolated ends. */
    private static MeasureResult integral(Measurement m, Aggregate a, double[] x, double[] y, double from,
                                          double to, String window) throws Failure {
        boolean rms = a.kind() == Measurement.AggregateKind.RMS;
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] < from) {
                continue;
            }
            if (x[i] > to) {
                if (i > 0 && !almostEqual(x[i], to)) {
                    points.add(new double[] {to, interpolate(x, y, i, to)});
                } else {
                    points.add(new double[] {x[i], y[i]});
                }
                break;
            }
            if (points.isEmpty() && i > 0 && !almostEqual(x[i], from)) {
                points.add(new double[] {from, interpolate(x, y, i, from)});
            }
            points.add(new double[] {x[i], y[i]});
        }
        if (points.size() < 2) {
            throw new Failure(a.kind() + " needs two points of " + a.signal().name() + " between "
                    + window.replace(" TO", " and TO"));
        }
        int n = points.size();
        double[] px = new double[n];
        double[] py = new double[n];
        for (int k = 0; k < n; k++) {
            px[k] = points.get(k)[0];
            py[k] = rms ? points.get(k)[1] * points.get(k)[1] : points.get(k)[1];
        }
        double sum = newtonCotes(px, py);
        double start = px[0];
        double end = px[n - 1];
        double value = rms ? Math.sqrt(sum / (end - start)) : sum;
        return MeasureResult.ok(m, value, "from=" + g(start) + " to=" + g(end));
    }

    private static double interpolate(double[] x, double[] y, int i, double at) {
        return y[i - 1] + (at - x[i - 1]) * (y[i] - y[i - 1]) / (x[i] - x[i - 1]);
    }

    /** ngspice's integration: Simpson 3/8 over three equal widths, Simpson 1/3 over two, else the trapezoid. */
    static double newtonCotes(double[] x, double[] y) {
        int n = x.length;
        double sum = 0;
        int i = 0;
        while (i < n - 1) {
            double w = x[i + 1] - x[i];
            if (i + 3 < n && almostEqual(w, x[i + 2] - x[i + 1]) && almostEqual(w, x[i + 3] - x[i + 2])) {
                sum += 3 * w * (y[i] + 3 * (y[i + 1] + y[i + 2]) + y[i + 3]) / 8;
                i += 3;
            } else if (i + 2 < n && almostEqual(w, x[i + 2] - x[i + 1])) {
                sum += w * (y[i] + 4 * y[i + 1] + y[i + 2]) / 3;
                i += 2;
            } else {
                sum += w * (y[i] + y[i + 1]) / 2;
                i++;
            }
        }
        return sum;
    }

    /** Equal within 100 units in the last place, ngspice's test for "the same step". */
    static boolean almostEqual(double a, double b) {
        return Math.abs(a - b) <= 100 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
    }

    private static double min(double[] x) {
        double v = Double.POSITIVE_INFINITY;
        for (double d : x) {
            v = Math.min(v, d);
        }
        return v;
    }

    private static double max(double[] x) {
        double v = Double.NEGATIVE_INFINITY;
        for (double d : x) {
            v = Math.max(v, d);
        }
        return v;
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    /** A scale value or level for messages and details. */
    static String g(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
