package org.memspice.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tolerance of every signal, from the most general source to the most specific: the defaults by kind
 * ({@link Tolerance#defaultFor}), then command-line values for all signals ({@code --reltol}, {@code --abstol}),
 * then per kind ({@code --vabstol}, {@code --iabstol}, {@code --xabstol}), then the {@code *COMP} lines in
 * netlist order (a later line refines an earlier one for the signals both match).
 */
public final class Tolerances {
    private final Map<SignalKind, Tolerance> byKind = new EnumMap<>(SignalKind.class);
    private final List<CompRule> rules;

    private Tolerances(Map<SignalKind, Tolerance> byKind, List<CompRule> rules) {
        this.byKind.putAll(byKind);
        this.rules = List.copyOf(rules);
    }

    public static Tolerances defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<CompRule> rules() {
        return rules;
    }

    public Tolerance of(String canonicalName, SignalKind kind) {
        Tolerance t = byKind.get(kind);
        for (CompRule r : rules) {
            if (r.matches(canonicalName)) {
                t = r.applyTo(t);
            }
        }
        return t;
    }

    public static final class Builder {
        private Double reltol;
        private Double abstol;
        private final Map<SignalKind, Double> kindAbstol = new EnumMap<>(SignalKind.class);
        private List<CompRule> rules = List.of();

        public Builder reltol(Double r) {
            reltol = r;
            return this;
        }

        /** For every kind (a per-kind value wins). */
        public Builder abstol(Double a) {
            abstol = a;
            return this;
        }

        public Builder abstol(SignalKind kind, Double a) {
            if (a != null) {
                kindAbstol.put(kind, a);
            }
            return this;
        }

        public Builder rules(List<CompRule> r) {
            rules = r;
            return this;
        }

        public Tolerances build() {
            Map<SignalKind, Tolerance> map = new EnumMap<>(SignalKind.class);
            for (SignalKind k : SignalKind.values()) {
                Tolerance t = Tolerance.defaultFor(k);
                if (reltol != null) {
                    t = t.withReltol(reltol);
                }
                if (abstol != null) {
                    t = t.withAbstol(abstol);
                }
                if (kindAbstol.containsKey(k)) {
                    t = t.withAbstol(kindAbstol.get(k));
                }
                map.put(k, t);
            }
            return new Tolerances(map, rules);
        }
    }
}
