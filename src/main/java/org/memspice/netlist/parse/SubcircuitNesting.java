package org.memspice.netlist.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.memspice.netlist.ast.Statement;

/**
 * Folds the flat {@code .subckt} … {@code .ends} lines of a netlist (includes already spliced in) into nested
 * {@link Statement.Subcircuit} definitions. Done once the whole file is read, so that a library may hold its
 * definitions in an included file.
 */
final class SubcircuitNesting {
    private SubcircuitNesting() {}

    private record Open(Statement.SubcktStart start, List<Statement> body) {}

    static List<Statement> nest(List<Statement> flat, Diagnostics diagnostics) {
        List<Statement> top = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (Statement s : flat) {
            if (s instanceof Statement.SubcktStart start) {
                open.push(new Open(start, new ArrayList<>()));
            } else if (s instanceof Statement.SubcktEnd end) {
                if (open.isEmpty()) {
                    diagnostics.error(end.loc(), ".ends without a .subckt to end");
                    continue;
                }
                Open closed = open.pop();
                if (end.name() != null && !end.name().equalsIgnoreCase(closed.start().name())) {
                    String message = ".ends " + end.name() + " does not match the open .subckt "
                            + closed.start().name() + " (line " + closed.start().loc().line() + ")";
                    if (open.stream().anyMatch(o -> o.start().name().equalsIgnoreCase(end.name()))) {
                        diagnostics.error(end.loc(), message); // it names an outer definition: a nesting mistake
                    } else {
                        // a name no open definition has (a typo, as in Xyce's own regression decks): Xyce ignores
                        // the name on .ends, so memspice closes the innermost definition and warns
                        diagnostics.warning(end.loc(), message + "; ending " + closed.start().name());
                    }
                }
                bodyOf(open, top).add(definition(closed, end));
            } else {
                if (!open.isEmpty() && !allowedInBody(s)) {
                    diagnostics.error(s.loc(), "this card cannot be inside .subckt " + open.peek().start().name()
                            + " (only elements, instances, .param, .func, .model and nested .subckt)");
                    continue;
                }
                bodyOf(open, top).add(s);
            }
        }
        while (!open.isEmpty()) {
            Open unclosed = open.pop();
            diagnostics.error(unclosed.start().loc(), ".subckt " + unclosed.start().name()
                    + " has no .ends: its body runs to the end of the netlist");
            bodyOf(open, top).add(definition(unclosed, null));
        }
        return top;
    }

    private static boolean allowedInBody(Statement s) {
        return s instanceof Statement.ElementCard || s instanceof Statement.ParamCard
                || s instanceof Statement.FuncCard || s instanceof Statement.ModelCard;
    }

    private static List<Statement> bodyOf(Deque<Open> open, List<Statement> top) {
        return open.isEmpty() ? top : open.peek().body();
    }

    private static Statement.Subcircuit definition(Open o, Statement.SubcktEnd end) {
        Statement.SubcktStart s = o.start();
        return new Statement.Subcircuit(s.name(), s.pins(), s.params(), List.copyOf(o.body()), s.loc(),
                end == null ? s.loc() : end.loc());
    }
}
