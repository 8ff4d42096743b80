package org.memspice.sweep;

import java.util.List;
import java.util.Locale;

/**
 * One dimension of a sweep: the values of one {@code .step} card, or the runs of {@code .mc}.
 *
 * @param kind    what is stepped
 * @param name    the parameter's name as written (lower-cased in {@link #key()}), {@code temp}, or {@code run}
 * @param values  in sweep order; for runs 1, 2, …, N
 */
public record StepAxis(Kind kind, String name, List<Double> values) {

    public enum Kind { PARAMETER, TEMPERATURE, RUN }

    public StepAxis {
        values = List.copyOf(values);
    }

    /** The lower-case parameter name (the key fixed in the elaborator). */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    public int size() {
        return values.size();
    }
}
