package org.memspice.device;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.util.Suggestions;

/**
 * A cursor over an element card's fields for device families: positional nodes and values, then
 * {@code name=value} parameters, with errors that say which field was expected and where.
 */
public final class CardFields {
    private final ElementCard card;
    private final ElaborationContext context;
    private final List<Field> fields;
    private int position;

    public CardFields(ElementCard card, ElaborationContext context) {
        this.card = card;
        this.context = context;
        this.fields = card.fields();
    }

    public String deviceName() {
        return card.name().toLowerCase(Locale.ROOT);
    }

    public boolean hasNext() {
        return position < fields.size();
    }

    public Field peek() {
        return hasNext() ? fields.get(position) : null;
    }

    public Field next(String what) {
        if (!hasNext()) {
            throw new CardError(endLocation(), card.name() + ": expected " + what);
        }
        return fields.get(position++);
    }

    /** The next field as a node name. */
    public int node(String what) {
        Field f = next(what);
        if (!(f instanceof Field.Word w)) {
            throw new CardError(f.loc(), card.name() + ": expected " + what + " (a node name)");
        }
        return context.node(w);
    }

    /** The next field as a word (model or device name). */
    public Field.Word word(String what) {
        Field f = next(what);
        if (!(f instanceof Field.Word w)) {
            throw new CardError(f.loc(), card.name() + ": expected " + what);
        }
        return w;
    }

    /** The next field as a numeric value. */
    public double value(String what) {
        Field f = next(what);
        if (f instanceof Field.Assign || f instanceof Field.Call || f instanceof Field.Group) {
            throw new CardError(f.loc(), card.name() + ": expected " + what + " (a number)");
        }
        return context.value(f);
    }

    /** True if the next field is a bare word equal (case-insensitively) to {@code keyword}; consumes it. */
    public boolean acceptKeyword(String keyword) {
        if (peek() instanceof Field.Word w && w.lower().equals(keyword)) {
            position++;
            return true;
        }
        return false;
    }

    /**
     * The remaining fields as {@code name=value} parameters, each name one of {@code allowed}; any other field is
     * an error at that field.
     */
    public Map<String, Double> parameters(Set<String> allowed) {
        Map<String, Double> out = new LinkedHashMap<>();
        while (hasNext()) {
            Field f = fields.get(position++);
            if (!(f instanceof Field.Assign a)) {
                throw new CardError(f.loc(), card.name() + ": unexpected '" + text(f) + "'"
                        + (allowed.isEmpty() ? "" : "; expected a parameter " + String.join("=, ", new java.util.TreeSet<>(allowed)) + "="));
            }
            if (a.hasKeyArgs() || !allowed.contains(a.lowerKey())) {
                String hint = Suggestions.didYouMean(a.key(), allowed);
                throw new CardError(a.loc(), card.name() + ": unknown parameter '" + a.key() + "'" + (hint.isEmpty()
                        ? (allowed.isEmpty() ? "" : "; expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)))
                        : hint));
            }
            out.put(a.lowerKey(), context.value(a.value()));
        }
        return out;
    }

    /** Error if fields remain. */
    public void expectEnd() {
        if (hasNext()) {
            Field f = fields.get(position);
            throw new CardError(f.loc(), card.name() + ": unexpected '" + text(f) + "' after the last field");
        }
    }

    public List<Field> remaining() {
        List<Field> rest = new ArrayList<>(fields.subList(position, fields.size()));
        position = fields.size();
        return rest;
    }

    public ElaborationContext context() {
        return context;
    }

    public SourceLocation location() {
        return card.loc();
    }

    private SourceLocation endLocation() {
        if (fields.isEmpty()) {
            SourceLocation l = card.loc();
            return new SourceLocation(l.file(), l.line(), l.column() + card.name().length() + 1);
        }
        SourceLocation l = fields.get(fields.size() - 1).loc();
        return new SourceLocation(l.file(), l.line(), l.column() + text(fields.get(fields.size() - 1)).length() + 1);
    }

    public static String text(Field f) {
        if (f instanceof Field.Word w) {
            return w.text();
        } else if (f instanceof Field.Expr e) {
            return "{" + e.text() + "}";
        } else if (f instanceof Field.Assign a) {
            return a.key() + "=" + text(a.value());
        } else if (f instanceof Field.Call c) {
            return c.name() + "(...)";
        }
        return "(...)";
    }
}
