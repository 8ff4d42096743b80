package org.memspice.device;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ModelCard;
import org.memspice.util.Suggestions;

/**
 * The parameters of one device instance: declared defaults, overridden by its {@code .model} card, overridden by
 * the instance card ({@code Y… name n+ n- MODEL x0=0.2}). Names are checked against the declared ones ("did you
 * mean"); keyword parameters ({@code window=biolek}) take one of their declared words. Values are evaluated in
 * the instance's scope, so model parameters may be expressions of subcircuit parameters or Monte Carlo draws.
 */
public final class ModelParameters {
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> keywords = new LinkedHashMap<>();
    private final Map<String, SourceLocation> where = new LinkedHashMap<>();
    private final String owner;

    private ModelParameters(String owner) {
        this.owner = owner;
    }

    /** What a model declares: numeric defaults, keyword parameters with their words (first = default), aliases. */
    public static final class Declaration {
        private final Map<String, Double> defaults = new LinkedHashMap<>();
        private final Map<String, Set<String>> keywordChoices = new LinkedHashMap<>();
        private final Map<String, String> keywordDefaults = new LinkedHashMap<>();
        private final Map<String, String> aliases = new LinkedHashMap<>();

        public Declaration number(String name, double defaultValue) {
            defaults.put(name, defaultValue);
            return this;
        }

        public Declaration keyword(String name, String defaultWord, String... others) {
            Set<String> words = new TreeSet<>(Set.of(others));
            words.add(defaultWord);
            keywordChoices.put(name, words);
            keywordDefaults.put(name, defaultWord);
            return this;
        }

        /** Another spelling of a declared parameter (Xyce's names next to the paper's, say). */
        public Declaration alias(String alias, String name) {
            aliases.put(alias, name);
            return this;
        }

        Set<String> names() {
            Set<String> all = new TreeSet<>(defaults.keySet());
            all.addAll(keywordChoices.keySet());
            all.addAll(aliases.keySet());
            return all;
        }
    }

    /** Resolves the model card and the instance's {@code name=value} fields against a declaration. */
    public static ModelParameters resolve(Declaration d, ModelCard model, Iterable<Field> instanceFields,
                                          ElaborationContext context, String owner) {
        ModelParameters p = new ModelParameters(owner);
        p.values.putAll(d.defaults);
        p.keywords.putAll(d.keywordDefaults);
        for (Field.Assign a : model.params()) {
            p.set(d, a, context, ".model " + model.name());
        }
        for (Field f : instanceFields) {
            if (!(f instanceof Field.Assign a)) {
                throw new CardError(f.loc(), owner + ": expected name=value, found '" + CardFields.text(f) + "'");
            }
            p.set(d, a, context, owner);
        }
        return p;
    }

    private void set(Declaration d, Field.Assign a, ElaborationContext context, String who) {
        String name = d.aliases.getOrDefault(a.lowerKey(), a.lowerKey());
        if (a.hasKeyArgs() || !(d.defaults.containsKey(name) || d.keywordChoices.containsKey(name))) {
            throw new CardError(a.loc(), who + ": unknown parameter '" + a.key() + "'"
                    + Suggestions.didYouMean(a.lowerKey(), d.names()));
        }
        where.put(name, a.loc());
        if (d.keywordChoices.containsKey(name)) {
            String word = a.value() instanceof Field.Word w ? w.lower() : "";
            if (!d.keywordChoices.get(name).contains(word)) {
                throw new CardError(a.value().loc(), who + ": " + name + " must be one of "
                        + String.join(", ", d.keywordChoices.get(name)) + ", found '" + CardFields.text(a.value()) + "'"
                        + Suggestions.didYouMean(word, d.keywordChoices.get(name)));
            }
            keywords.put(name, word);
            return;
        }
        values.put(name, context.value(a.value()));
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("parameter " + name + " is not declared");
        }
        return v;
    }

    public String keyword(String name) {
        String w = keywords.get(name);
        if (w == null) {
            throw new IllegalArgumentException("keyword parameter " + name + " is not declared");
        }
        return w;
    }

    /** Whether the model card or the instance set the parameter (rather than its default). */
    public boolean given(String name) {
        return where.containsKey(name);
    }

    /** A CardError at the field that set {@code name} (or the instance card): for a value out of its range. */
    public CardError error(String name, SourceLocation fallback, String message) {
        return new CardError(where.getOrDefault(name, fallback), owner + ": " + name + " " + message);
    }

    /** Checks {@code lo <= value <= hi} (either bound may be NaN for none). */
    public double inRange(String name, double lo, double hi, SourceLocation fallback) {
        double v = get(name);
        if (!(Double.isNaN(lo) || v >= lo) || !(Double.isNaN(hi) || v <= hi) || Double.isNaN(v)) {
            throw error(name, fallback, "= " + v + " is outside " + (Double.isNaN(lo) ? "(-inf" : "[" + lo) + ", "
                    + (Double.isNaN(hi) ? "inf)" : hi + "]"));
        }
        return v;
    }

    @Override
    public String toString() {
        return owner.toLowerCase(Locale.ROOT) + values + keywords;
    }
}
