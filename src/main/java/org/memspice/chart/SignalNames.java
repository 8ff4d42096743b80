package org.memspice.chart;

import java.util.List;
import java.util.Locale;
import org.memspice.output.RawPlot;
import org.memspice.output.Variable;
import org.memspice.util.Suggestions;

/** Finds a signal in a plot the way users type it: any case, a bare node name for its voltage, Xyce's colons. */
final class SignalNames {
    private SignalNames() {}

    /** The column of {@code name} in {@code plot}, or -1. */
    static int find(RawPlot plot, String name) {
        int exact = plot.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        int i = indexIgnoringCase(plot, wanted);
        if (i < 0 && wanted.indexOf(':') >= 0) { // v(x1:n3) is Xyce's v(x1.n3)
            i = indexIgnoringCase(plot, wanted.replace(':', '.'));
        }
        if (i < 0 && wanted.indexOf('(') < 0) { // "out" as in ngspice's "plot out"
            i = indexIgnoringCase(plot, "v(" + wanted + ")");
        }
        return i;
    }

    private static int indexIgnoringCase(RawPlot plot, String lower) {
        List<Variable> vars = plot.variables();
        for (int i = 0; i < vars.size(); i++) {
            if (vars.get(i).name().toLowerCase(Locale.ROOT).equals(lower)) {
                return i;
            }
        }
        return -1;
    }

    /** "no signal 'v(ot)' in plot 2 (Transient Analysis); did you mean 'v(out)'?", or the list of signals. */
    static String unknown(RawPlot plot, int number, String name) {
        List<String> names = plot.variables().stream().map(Variable::name).toList();
        String hint = Suggestions.didYouMean(name, names);
        if (hint.isEmpty() && name.indexOf('(') < 0) {
            hint = Suggestions.didYouMean("v(" + name + ")", names);
        }
        StringBuilder msg = new StringBuilder("no signal '").append(name).append("' in plot ").append(number)
                .append(" (").append(plot.plotName()).append(')').append(hint);
        if (hint.isEmpty()) {
            int shown = Math.min(names.size(), 20);
            msg.append("; it holds ").append(String.join(", ", names.subList(0, shown)));
            if (shown < names.size()) {
                msg.append(" and ").append(names.size() - shown).append(" more");
            }
        }
        return msg.toString();
    }
}
