package org.memspice.measure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The recorded points of one analysis: its scale (time or swept value) and the values of the measured signals. */
final class Trace {
    private final boolean dc;
    private final Map<String, Signal> signals;
    private double[] scale = new double[256];
    private final Map<String, double[]> values = new LinkedHashMap<>();
    private int size;

    Trace(boolean dc, Map<String, Signal> signals) {
        this.dc = dc;
        this.signals = signals;
        for (String name : signals.keySet()) {
            values.put(name, new double[scale.length]);
        }
    }

    void add(double scaleValue, double[] solution) {
        if (size == scale.length) {
            scale = Arrays.copyOf(scale, 2 * size);
            values.replaceAll((k, v) -> Arrays.copyOf(v, 2 * size));
        }
        scale[size] = scaleValue;
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            e.getValue()[size] = signals.get(e.getKey()).value(solution);
        }
        size++;
    }

    boolean isDc() {
        return dc;
    }

    int size() {
        return size;
    }

    double[] scale() {
        return Arrays.copyOf(scale, size);
    }

    double[] values(Signal s) {
        return Arrays.copyOf(values.get(s.name()), size);
    }

    /** A trace from arrays (tests). */
    static Trace of(boolean dc, double[] scale, Map<Signal, double[]> columns) {
        Map<String, Signal> byName = new LinkedHashMap<>();
        columns.keySet().forEach(s -> byName.put(s.name(), s));
        Trace t = new Trace(dc, byName);
        t.scale = scale.clone();
        t.size = scale.length;
        columns.forEach((s, v) -> t.values.put(s.name(), v.clone()));
        return t;
    }
}
