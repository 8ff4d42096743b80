package org.memspice.netlist.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.MeasureCard;
import org.memspice.netlist.ast.Statement.MeasureFunction;
import org.memspice.netlist.ast.Statement.MeasurePoint;
import org.memspice.util.Suggestions;

/**
 * Reads {@code .meas[ure] tran|dc NAME ...} (ngspice forms) into a {@link MeasureCard}: which function, which
 * signals and which keyword values, each checked for shape so a bad card is reported at the offending field.
 * Keyword values stay fields (numbers or expressions), evaluated by the Elaborator.
 */
final class MeasureCardReader {
    private static final String USAGE = ".meas: expected .meas tran|dc NAME followed by TRIG ... TARG ..., FIND, WHEN,"
            + " DERIV, AVG, RMS, MIN, MAX, PP, INTEG or PARAM='expression'";
    private static final List<String> FUNCTIONS = List.of("trig", "find", "when", "deriv", "derivative", "avg",
            "rms", "min", "max", "pp", "integ", "integral", "param");
    private static final Set<String> EDGES = Set.of("rise", "fall", "cross");

    private final Card card;
    private final List<Field> f;
    private int next;
    private String name = "";

    MeasureCardReader(Card card) {
        this.card = card;
        this.f = card.fields();
    }

    MeasureCard read() throws CardReader.CardException {
        if (f.isEmpty() || !(f.get(0) instanceof Field.Word analysisWord)) {
            throw error(f.isEmpty() ? card.end() : f.get(0).loc(), USAGE);
        }
        String analysis = analysisWord.lower();
        if (!analysis.equals("tran") && !analysis.equals("dc")) {
            throw error(analysisWord.loc(), ".meas: analysis '" + analysisWord.text()
                    + "' cannot be measured; expected tran or dc");
        }
        if (f.size() < 2 || !(f.get(1) instanceof Field.Word nameWord)) {
            throw error(f.size() < 2 ? card.end() : f.get(1).loc(), ".meas: expected a result NAME after "
                    + analysisWord.text());
        }
        name = nameWord.text();
        next = 2;
        if (next == f.size()) {
            throw error(card.end(), USAGE);
        }
        Field functionField = f.get(next++);
        if (functionField instanceof Field.Assign a && !a.hasKeyArgs() && a.lowerKey().equals("param")) {
            if (!(a.value() instanceof Field.Expr e)) {
                throw error(a.value().loc(), where() + "PARAM expects an expression in '' or {}, found '"
                        + CardReader.text(a.value()) + "'");
            }
            expectEnd("after PARAM=");
            return card(analysis, MeasureFunction.PARAM, null, null, null, null, null, null, e);
        }
        if (!(functionField instanceof Field.Word fw) || !FUNCTIONS.contains(fw.lower())) {
            String found = CardReader.text(functionField);
            throw error(functionField.loc(), where() + "unknown function '" + found + "'; expected TRIG, FIND, WHEN,"
                    + " DERIV, AVG, RMS, MIN, MAX, PP, INTEG or PARAM=" + Suggestions.didYouMean(
                    found.toLowerCase(Locale.ROOT), FUNCTIONS));
        }
        switch (fw.lower()) {
            case "trig": {
                MeasurePoint trig = point("TRIG", true, Set.of("targ"));
                if (next == f.size()) {
                    throw error(card.end(), where() + "TARG is missing after TRIG");
                }
                next++; // TARG
                MeasurePoint targ = point("TARG", true, Set.of());
                return card(analysis, MeasureFunction.TRIG_TARG, null, trig, targ, null, null, null, null);
            }
            case "when":
                return card(analysis, MeasureFunction.WHEN, null, null, null, whenClause("WHEN"), null, null, null);
            case "find":
            case "deriv":
            case "derivative": {
                MeasureFunction function = fw.lower().equals("find") ? MeasureFunction.FIND : MeasureFunction.DERIV;
                String label = function.name();
                Field signal = signal(label);
                if (next == f.size()) {
                    throw error(card.end(), where() + label + " " + CardReader.text(signal)
                            + ": expected AT=value or WHEN signal=value");
                }
                Field g = f.get(next);
                MeasurePoint point;
                if (g instanceof Field.Assign a && !a.hasKeyArgs() && a.lowerKey().equals("at")) {
                    next++;
                    point = new MeasurePoint(value(a, "AT"), null, null, null, null, null, null, a.loc());
                    expectEnd("after AT=");
                } else if (g instanceof Field.Word w && w.lower().equals("when")) {
                    next++;
                    point = whenClause("WHEN");
                } else {
                    throw error(g.loc(), where() + label + " " + CardReader.text(signal)
                            + ": expected AT=value or WHEN signal=value, found '" + CardReader.text(g) + "'");
                }
                return card(analysis, function, signal, null, null, point, null, null, null);
            }
            default: {
                MeasureFunction function = MeasureFunction.valueOf(
                        fw.lower().equals("integral") ? "INTEG" : fw.lower().toUpperCase(Locale.ROOT));
                Field signal = signal(function.name());
                Field from = null;
                Field to = null;
                while (next < f.size()) {
                    Field g = f.get(next++);
                    String key = assignKey(g);
                    if ("from".equals(key) && from == null) {
                        from = value((Field.Assign) g, "FROM");
                    } else if ("to".equals(key) && to == null) {
                        to = value((Field.Assign) g, "TO");
                    } else {
                        throw unknown(g, function.name(), List.of("from", "to"));
                    }
                }
                return card(analysis, function, signal, null, null, null, from, to, null);
            }
        }
    }

    /** {@code WHEN sig=value|sig2 [TD=] [RISE|FALL|CROSS=n|LAST]}. */
    private MeasurePoint whenClause(String label) throws CardReader.CardException {
        if (next == f.size()) {
            throw error(card.end(), where() + label + ": expected signal=value such as v(out)=0.5");
        }
        Field g = f.get(next++);
        if (!(g instanceof Field.Assign a) || !a.hasKeyArgs() || !isSignalName(a.lowerKey())) {
            throw error(g.loc(), where() + label + ": expected signal=value such as v(out)=0.5 or v(a)=v(b), found '"
                    + CardReader.text(g) + "'");
        }
        Field signal = new Field.Call(a.key(), a.keyArgs(), a.loc());
        checkSignal(signal, label);
        Field value = null;
        Field other = null;
        if (a.value() instanceof Field.Call c) {
            other = c;
            checkSignal(c, label);
        } else {
            value = value(a, label + " " + CardReader.text(signal));
        }
        return options(label, signal, value, other, a.loc(), Set.of());
    }

    /** TRIG/TARG: {@code AT=t}, or {@code sig VAL=v [TD=] RISE|FALL|CROSS=n|LAST}; stops before a word in {@code stop}. */
    private MeasurePoint point(String label, boolean edgeRequired, Set<String> stop) throws CardReader.CardException {
        if (next == f.size()) {
            throw error(card.end(), where() + label + ": expected a signal with VAL= and RISE=, FALL= or CROSS=,"
                    + " or AT=value");
        }
        Field g = f.get(next);
        if ("at".equals(assignKey(g))) {
            next++;
            Field at = value((Field.Assign) g, label + " AT");
            if (next < f.size() && !(f.get(next) instanceof Field.Word w && stop.contains(w.lower()))) {
                throw error(f.get(next).loc(), where() + "unexpected '" + CardReader.text(f.get(next)) + "' after "
                        + label + " AT=" + (stop.isEmpty() ? "" : "; expected TARG"));
            }
            return new MeasurePoint(at, null, null, null, null, null, null, g.loc());
        }
        Field signal = signal(label);
        MeasurePoint p = options(label, signal, null, null, signal.loc(), stop);
        if (p.value() == null) {
            throw error(signal.loc(), where() + label + " " + CardReader.text(signal) + ": VAL=value is missing");
        }
        if (edgeRequired && p.edge() == null) {
            throw error(signal.loc(), where() + label + " " + CardReader.text(signal)
                    + ": RISE=n, FALL=n or CROSS=n (n a number or LAST) is missing");
        }
        return p;
    }

    /** The keyword options of a crossing: VAL (only without a value yet), TD, RISE, FALL, CROSS. */
    private MeasurePoint options(String label, Field signal, Field value, Field other,
                                 SourceLocation loc, Set<String> stop) throws CardReader.CardException {
        Field td = null;
        String edge = null;
        Field count = null;
        boolean valAllowed = value == null && other == null;
        List<String> keys = valAllowed ? List.of("val", "td", "rise", "fall", "cross") : List.of("td", "rise", "fall",
                "cross");
        while (next < f.size()) {
            Field g = f.get(next);
            if (g instanceof Field.Word w && stop.contains(w.lower())) {
                break;
            }
            next++;
            String key = assignKey(g);
            if (key == null || !keys.contains(key)) {
                throw unknown(g, label + " " + CardReader.text(signal), keys);
            }
            Field.Assign a = (Field.Assign) g;
            if (key.equals("val")) {
                if (value != null) {
                    throw error(a.loc(), where() + label + ": VAL given twice");
                }
                value = value(a, label + " VAL");
            } else if (key.equals("td")) {
                if (td != null) {
                    throw error(a.loc(), where() + label + ": TD given twice");
                }
                td = value(a, label + " TD");
            } else {
                if (edge != null) {
                    throw error(a.loc(), where() + label + ": only one of RISE, FALL and CROSS may be given");
                }
                edge = key;
                if (a.value() instanceof Field.Word w && w.lower().equals("last")) {
                    count = null;
                } else {
                    count = value(a, label + " " + key.toUpperCase(Locale.ROOT));
                }
            }
        }
        return new MeasurePoint(null, signal, value, other, td, edge, count, loc);
    }

    private Field signal(String label) throws CardReader.CardException {
        if (next == f.size()) {
            throw error(card.end(), where() + label + ": expected a signal such as v(out), v(a,b), i(vsrc) or {expr}");
        }
        Field g = f.get(next++);
        checkSignal(g, label);
        return g;
    }

    private void checkSignal(Field g, String label) throws CardReader.CardException {
        if (g instanceof Field.Expr) {
            return;
        }
        if (g instanceof Field.Call c && isSignalName(c.lowerName()) && !c.args().isEmpty()
                && c.args().stream().allMatch(x -> x instanceof Field.Word)) {
            return;
        }
        throw error(g.loc(), where() + label + ": expected a signal such as v(out), v(a,b), i(vsrc), x(ym1) or {expr}, found '"
                + CardReader.text(g) + "'");
    }

    /** v(), i(), and device states: x(ym1), x(ym1,u1), Xyce's n(ymemristor!m1_x). */
    private static boolean isSignalName(String n) {
        return n.equals("v") || n.equals("i") || n.equals("x") || n.equals("n")
                || org.memspice.array.ArrayQuantities.functions().contains(n);
    }

    private static String assignKey(Field g) {
        return g instanceof Field.Assign a && !a.hasKeyArgs() ? a.lowerKey() : null;
    }

    private Field value(Field.Assign a, String what) throws CardReader.CardException {
        Field v = a.value();
        if (v instanceof Field.Expr || v instanceof Field.Word w && SpiceNumber.isNumber(w.text())) {
            return v;
        }
        throw error(v.loc(), where() + what + " must be a number or {expression}, found '" + CardReader.text(v) + "'");
    }

    private void expectEnd(String after) throws CardReader.CardException {
        if (next < f.size()) {
            throw error(f.get(next).loc(), where() + "unexpected '" + CardReader.text(f.get(next)) + "' " + after);
        }
    }

    private CardReader.CardException unknown(Field g, String context, List<String> keys) {
        String found = CardReader.text(g);
        String key = assignKey(g);
        String hint = key == null ? "" : Suggestions.didYouMean(key, keys);
        return error(g.loc(), where() + "unexpected '" + found + "' in " + context + "; expected "
                + String.join(", ", keys.stream().map(k -> k.toUpperCase(Locale.ROOT) + "=").toList()) + hint);
    }

    private String where() {
        return ".meas " + name + ": ";
    }

    private CardReader.CardException error(SourceLocation at, String message) {
        return new CardReader.CardException(at, message);
    }

    private MeasureCard card(String analysis, MeasureFunction function, Field signal, MeasurePoint trig,
                             MeasurePoint targ, MeasurePoint when, Field from, Field to, Field.Expr param) {
        return new MeasureCard(analysis, name, function, signal, trig, targ, when, from, to, param, card.loc());
    }
}
