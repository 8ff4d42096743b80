package org.memspice.device.source;

import java.util.ArrayList;
import java.util.List;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.netlist.ast.Field;

/**
 * The value part of a V or I card: {@code [DC] v}, {@code AC mag [phase]} and one transient function
 * ({@code PULSE PWL SIN EXP}), in any order, functions written {@code PULSE(…)} or {@code PULSE (…)}.
 */
record SourceSpec(Double dcValue, Waveform waveform, double acMagnitude) {

    static SourceSpec read(CardFields f, String cardName) {
        Double dc = null;
        Waveform waveform = null;
        double ac = 0;
        while (f.hasNext()) {
            Field field = f.next("source value");
            if (field instanceof Field.Word w && w.lower().equals("dc")) {
                dc = f.value("DC value");
            } else if (field instanceof Field.Word w && w.lower().equals("ac")) {
                ac = f.hasNext() && !(f.peek() instanceof Field.Call) && !isKeyword(f.peek()) ? f.value("AC magnitude") : 1;
                if (f.hasNext() && !(f.peek() instanceof Field.Call) && !isKeyword(f.peek())) {
                    f.value("AC phase");
                }
            } else if (field instanceof Field.Call c) {
                waveform = checkOne(waveform, function(c.lowerName(), c.args(), f, c), c, cardName);
            } else if (field instanceof Field.Word w && isFunction(w.lower()) && f.peek() instanceof Field.Group g) {
                f.next("(");
                waveform = checkOne(waveform, function(w.lower(), g.items(), f, w), w, cardName);
            } else if (field instanceof Field.Word || field instanceof Field.Expr) {
                if (dc != null) {
                    throw new CardError(field.loc(), cardName + ": a second DC value '" + CardFields.text(field) + "'");
                }
                dc = f.context().value(field);
            } else {
                throw new CardError(field.loc(), cardName + ": unexpected '" + CardFields.text(field)
                        + "'; expected DC value, AC magnitude, or PULSE/PWL/SIN/EXP(...)");
            }
        }
        return new SourceSpec(dc, waveform, ac);
    }

    /** Value used at DC: the DC value if given, else the transient function at t = 0 (SPICE3 behaviour). */
    double dcOperatingValue() {
        if (dcValue != null) {
            return dcValue;
        }
        return waveform != null ? waveform.value(0) : 0.0;
    }

    private static boolean isKeyword(Field f) {
        return f instanceof Field.Word w && (isFunction(w.lower()) || w.lower().equals("dc"));
    }

    private static boolean isFunction(String name) {
        return switch (name) {
            case "pulse", "pwl", "sin", "exp" -> true;
            default -> false;
        };
    }

    private static Waveform checkOne(Waveform existing, Waveform next, Field at, String cardName) {
        if (existing != null) {
            throw new CardError(at.loc(), cardName + ": only one transient function per source");
        }
        return next;
    }

    private static Waveform function(String name, List<Field> args, CardFields f, Field at) {
        List<Double> values = new ArrayList<>();
        for (Field a : args) {
            if (!(a instanceof Field.Word || a instanceof Field.Expr)) {
                throw new CardError(a.loc(), name.toUpperCase() + ": expected a number, got '" + CardFields.text(a) + "'");
            }
            values.add(f.context().value(a));
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        switch (name) {
            case "pulse":
                requireCount(at, "PULSE(v1 v2 [td [tr [tf [pw [per]]]]])", v.length, 2, 7);
                return new Waveform.Pulse(v);
            case "sin":
                requireCount(at, "SIN(vo va [freq [td [theta [phase]]]])", v.length, 2, 6);
                return new Waveform.Sine(v);
            case "exp":
                requireCount(at, "EXP(v1 v2 [td1 [tau1 [td2 [tau2]]]])", v.length, 2, 6);
                return new Waveform.Exponential(v);
            case "pwl":
                if (v.length < 2 || v.length % 2 != 0) {
                    throw new CardError(at.loc(), "PWL: expected pairs of time and value, got " + v.length + " numbers");
                }
                double[] t = new double[v.length / 2];
                double[] y = new double[v.length / 2];
                for (int i = 0; i < t.length; i++) {
                    t[i] = v[2 * i];
                    y[i] = v[2 * i + 1];
                    if (i > 0 && t[i] < t[i - 1]) {
                        throw new CardError(args.get(2 * i).loc(), "PWL: times must not decrease ("
                                + t[i] + " after " + t[i - 1] + ")");
                    }
                }
                return new Waveform.PiecewiseLinear(t, y);
            default:
                throw new CardError(at.loc(), "unknown source function '" + name
                        + "'; expected PULSE, PWL, SIN or EXP");
        }
    }

    private static void requireCount(Field at, String form, int n, int min, int max) {
        if (n < min || n > max) {
            throw new CardError(at.loc(), "expected " + form + ", got " + n + " values");
        }
    }
}
