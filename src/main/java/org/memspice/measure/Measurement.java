package org.memspice.measure;

import java.util.ArrayList;
import java.util.List;
import org.memspice.expr.Expression;
import org.memspice.expr.Scope;
import org.memspice.netlist.SourceLocation;

/**
 * One resolved {@code .meas} card: its result name, the analysis whose waveforms it reads, and what it computes.
 * Values written as parameters or expressions are already numbers here.
 */
public record Measurement(String name, Analysis analysis, Function function, SourceLocation loc) {

    public enum Analysis { TRAN, DC }

    /** What a measurement computes. */
    public sealed interface Function permits TrigTarg, Find, When, Deriv, Aggregate, Param {}

    /** TARG point minus TRIG point on the scale (time, or the swept value). */
    public record TrigTarg(Point trig, Point targ) implements Function {}

    /** The value of {@code signal} at a point. */
    public record Find(Signal signal, Point at) implements Function {}

    /** The scale value of a crossing. */
    public record When(Crossing crossing) implements Function {}

    /** d(signal)/d(scale) at a point. */
    public record Deriv(Signal signal, Point at) implements Function {}

    public enum AggregateKind { AVG, RMS, MIN, MAX, PP, INTEG }

    /** AVG, RMS, MIN, MAX, PP or INTEG of {@code signal} between {@code from} and {@code to} (NaN: unbounded). */
    public record Aggregate(AggregateKind kind, Signal signal, double from, double to) implements Function {}

    /** An expression over earlier results and {@code .param} values ({@code parameters} resolves the latter). */
    public record Param(Expression expression, Scope parameters) implements Function {}

    /** A point on the scale: a fixed value or where a signal crosses a level. */
    public sealed interface Point permits At, Crossing {}

    public record At(double value) implements Point {}

    public enum Edge { RISE, FALL, CROSS }

    /**
     * Where {@code signal} crosses {@code level}, or {@code other} when that is not null; the {@code count}-th
     * crossing of kind {@code edge} (0: the last) at or after {@code td}. A card without RISE/FALL/CROSS means
     * the first crossing either way ({@code CROSS}, 1).
     */
    public record Crossing(Signal signal, double level, Signal other, Edge edge, int count, double td)
            implements Point {}

    /** The signals this measurement reads (so that they are recorded even when not written to the output). */
    public List<Signal> signals() {
        List<Signal> s = new ArrayList<>();
        if (function instanceof TrigTarg t) {
            addPoint(s, t.trig());
            addPoint(s, t.targ());
        } else if (function instanceof Find f) {
            s.add(f.signal());
            addPoint(s, f.at());
        } else if (function instanceof When w) {
            addPoint(s, w.crossing());
        } else if (function instanceof Deriv d) {
            s.add(d.signal());
            addPoint(s, d.at());
        } else if (function instanceof Aggregate a) {
            s.add(a.signal());
        }
        return s;
    }

    private static void addPoint(List<Signal> s, Point p) {
        if (p instanceof Crossing c) {
            s.add(c.signal());
            if (c.other() != null) {
                s.add(c.other());
            }
        }
    }
}
