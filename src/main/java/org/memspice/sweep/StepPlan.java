package org.memspice.sweep;

import java.util.ArrayList;
import java.util.List;
import org.memspice.circuit.GlobalParameters;
import org.memspice.circuit.RandomDraws;
import org.memspice.device.CardError;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;
import org.memspice.util.Suggestions;

/**
 * The steps of a deck: the cartesian product of its {@code .step} cards and {@code .mc} runs. As in LTspice, and
 * as the two sources of {@code .dc}, the first card is the innermost (fastest-varying) dimension. A deck without
 * such cards has one step, the deck as written.
 */
public final class StepPlan {
    /** More steps than this is almost certainly a mistyped increment. */
    public static final int MAX_STEPS = 10_000;
    /** Relative slack on the end point of lin/dec/oct sweeps, so that rounding in (stop−start)/incr loses none. */
    private static final double END_TOLERANCE = 1e-9;

    private final List<StepAxis> axes;
    private final long seed;
    private final boolean monteCarlo;
    private final int count;

    private StepPlan(List<StepAxis> axes, long seed, boolean monteCarlo) {
        this.axes = List.copyOf(axes);
        this.seed = seed;
        this.monteCarlo = monteCarlo;
        int n = 1;
        for (StepAxis a : axes) {
            n *= a.size();
        }
        this.count = n;
    }

    /** Reads the {@code .step}/{@code .mc} cards; every bad one is reported, located. */
    public static StepPlan of(Netlist netlist) throws NetlistException {
        long seed = RandomDraws.seedOf(netlist);
        GlobalParameters globals = new GlobalParameters(netlist, RandomDraws.forRun(seed, 0));
        List<StepAxis> axes = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        boolean monteCarlo = false;
        long total = 1;
        for (Statement s : netlist.statements()) {
            if (!(s instanceof Statement.StepCard) && !(s instanceof Statement.McCard)) {
                continue;
            }
            try {
                StepAxis axis;
                if (s instanceof Statement.McCard mc) {
                    if (monteCarlo) {
                        throw new CardError(mc.loc(), ".mc: only one .mc card per deck");
                    }
                    axis = runs(mc, globals);
                    monteCarlo = true;
                } else {
                    axis = axis((Statement.StepCard) s, globals);
                }
                for (StepAxis other : axes) {
                    if (other.kind() == axis.kind() && other.key().equals(axis.key())) {
                        throw new CardError(s.loc(), (axis.kind() == StepAxis.Kind.RUN ? ".mc" : ".step "
                                + axis.name()) + ": already stepped by an earlier card");
                    }
                }
                total *= axis.size();
                if (total > MAX_STEPS) {
                    throw new CardError(s.loc(), "this card makes " + total + " steps in all; at most " + MAX_STEPS
                            + " are allowed (check the increment)");
                }
                axes.add(axis);
            } catch (CardError e) {
                errors.add(netlist.diagnostic(e.location(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new NetlistException(errors);
        }
        return new StepPlan(axes, seed, monteCarlo);
    }

    private static StepAxis runs(Statement.McCard mc, GlobalParameters globals) {
        double n = globals.value(mc.runs());
        if (!(n >= 1) || n != Math.rint(n)) {
            throw new CardError(mc.runs().loc(), ".mc: the number of runs must be a positive integer, got " + n);
        }
        if (n > MAX_STEPS) {
            throw new CardError(mc.runs().loc(), ".mc: at most " + MAX_STEPS + " runs, got " + (long) n);
        }
        List<Double> runs = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            runs.add((double) k);
        }
        return new StepAxis(StepAxis.Kind.RUN, "run", runs);
    }

    private static StepAxis axis(Statement.StepCard card, GlobalParameters globals) {
        String what;
        StepAxis.Kind kind;
        String name;
        if (card.temperature()) {
            what = ".step temp";
            kind = StepAxis.Kind.TEMPERATURE;
            name = "temp";
        } else {
            Field.Word p = card.parameter();
            what = ".step param " + p.text();
            if (!globals.defines(p.lower())) {
                throw new CardError(p.loc(), what + ": no global .param named '" + p.text() + "' to step"
                        + Suggestions.didYouMean(p.lower(), globals.names())
                        + " (define it with .param " + p.text() + "=value)");
            }
            kind = StepAxis.Kind.PARAMETER;
            name = p.text();
        }
        List<Double> values = new ArrayList<>();
        List<Field> fields = card.values();
        if (card.sweep() == Statement.StepSweep.LIST) {
            for (Field f : fields) {
                values.add(globals.value(f));
            }
            return new StepAxis(kind, name, values);
        }
        double start = globals.value(fields.get(0));
        double stop = globals.value(fields.get(1));
        double incr = globals.value(fields.get(2));
        switch (card.sweep()) {
            case LIN -> values.addAll(linear(what, start, stop, incr, fields.get(2).loc()));
            case DEC -> values.addAll(logarithmic(what, start, stop, incr, 10, fields));
            case OCT -> values.addAll(logarithmic(what, start, stop, incr, 2, fields));
            default -> throw new IllegalStateException(card.sweep().toString());
        }
        return new StepAxis(kind, name, values);
    }

    /**
     * start + k·incr for k = 0 … n, n = ⌊(stop − start)/incr⌋ with a relative tolerance, so that 1 to 10 by 0.1
     * has 91 points; a last point within the tolerance of stop is stop itself (as SPICE's .dc does).
     */
    static List<Double> linear(String what, double start, double stop, double incr, SourceLocation at) {
        if (incr == 0 ? start != stop : (stop - start) / incr < 0 || !Double.isFinite((stop - start) / incr)) {
            throw new CardError(at, what + ": increment " + StepPoint.format(incr) + " does not lead from "
                    + StepPoint.format(start) + " to " + StepPoint.format(stop));
        }
        if (start == stop) {
            return List.of(start);
        }
        double span = (stop - start) / incr;
        double n = Math.floor(span * (1 + END_TOLERANCE) + END_TOLERANCE);
        if (n + 1 > MAX_STEPS) {
            throw new CardError(at, what + ": " + (long) (n + 1) + " steps; at most " + MAX_STEPS
                    + " are allowed (check the increment)");
        }
        List<Double> values = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            double v = start + k * incr;
            values.add(Math.abs(v - stop) <= END_TOLERANCE * Math.abs(incr) ? stop : v);
        }
        return values;
    }

    /** start·base^(k/perUnit) for k = 0 … ⌊perUnit·log_base(stop/start)⌋ (dec: base 10, oct: base 2). */
    static List<Double> logarithmic(String what, double start, double stop, double perUnit, double base,
                                    List<Field> fields) {
        String unit = base == 10 ? "decade" : "octave";
        if (!(start > 0)) {
            throw new CardError(fields.get(0).loc(), what + ": a " + (base == 10 ? "dec" : "oct")
                    + " sweep needs a positive start, got " + StepPoint.format(start));
        }
        if (!(stop >= start)) {
            throw new CardError(fields.get(1).loc(), what + ": stop " + StepPoint.format(stop)
                    + " must not be below start " + StepPoint.format(start));
        }
        if (!(perUnit >= 1) || perUnit != Math.rint(perUnit)) {
            throw new CardError(fields.get(2).loc(), what + ": points per " + unit
                    + " must be a positive integer, got " + StepPoint.format(perUnit));
        }
        double span = perUnit * Math.log(stop / start) / Math.log(base);
        double n = Math.floor(span * (1 + END_TOLERANCE) + END_TOLERANCE);
        if (n + 1 > MAX_STEPS) {
            throw new CardError(fields.get(2).loc(), what + ": " + (long) (n + 1) + " steps; at most "
                    + MAX_STEPS + " are allowed");
        }
        List<Double> values = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            double v = start * Math.pow(base, k / perUnit);
            values.add(Math.abs(v - stop) <= END_TOLERANCE * stop ? stop : v);
        }
        return values;
    }

    public List<StepAxis> axes() {
        return axes;
    }

    /** Whether the deck has any {@code .step} or {@code .mc} card. */
    public boolean stepped() {
        return !axes.isEmpty();
    }

    public boolean monteCarlo() {
        return monteCarlo;
    }

    public long seed() {
        return seed;
    }

    /** How many steps: the product of the axes' sizes (1 without axes). */
    public int size() {
        return count;
    }

    /** Step {@code number} (1-based); the first axis varies fastest. */
    public StepPoint point(int number) {
        if (number < 1 || number > count) {
            throw new IndexOutOfBoundsException("step " + number + " of " + count);
        }
        double[] values = new double[axes.size()];
        int rest = number - 1;
        int run = number;
        for (int k = 0; k < axes.size(); k++) {
            StepAxis a = axes.get(k);
            values[k] = a.values().get(rest % a.size());
            rest /= a.size();
            if (a.kind() == StepAxis.Kind.RUN) {
                run = (int) values[k]; // with .mc, run k draws the same values at every step of the other axes
            }
        }
        return new StepPoint(number, count, axes, values, run, seed);
    }

    public List<StepPoint> points() {
        List<StepPoint> points = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            points.add(point(k));
        }
        return points;
    }
}
