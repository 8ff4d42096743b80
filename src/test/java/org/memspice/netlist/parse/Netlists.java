package org.memspice.netlist.parse;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;

/** Test helpers: parse netlist text given line by line. */
final class Netlists {
    static final String FILE = "test.cir";

    private Netlists() {}

    static Netlist parse(String... lines) {
        try {
            return NetlistParser.parse(String.join("\n", lines) + "\n", FILE);
        } catch (NetlistException e) {
            throw new AssertionError("unexpected errors:\n" + e.getMessage(), e);
        }
    }

    /** The statements of a netlist titled "title" with the given card lines. */
    static List<Statement> cards(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = "title";
        System.arraycopy(lines, 0, all, 1, lines.length);
        return parse(all).statements();
    }

    static <T extends Statement> T only(Class<T> type, String... lines) {
        List<Statement> statements = cards(lines);
        if (statements.size() != 1 || !type.isInstance(statements.get(0))) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", got " + statements);
        }
        return type.cast(statements.get(0));
    }

    /** The errors reported for a file made of {@code text} exactly (no newline added). */
    static List<Diagnostic> errorsOf(String text) {
        return assertThrows(NetlistException.class, () -> NetlistParser.parse(text, FILE)).diagnostics();
    }

    /** The errors reported for a netlist titled "title" with the given card lines. */
    static List<Diagnostic> errors(String... lines) {
        return errorsOf("title\n" + String.join("\n", lines) + "\n");
    }

    /** The single error reported for the given card lines. */
    static Diagnostic error(String... lines) {
        List<Diagnostic> errors = errors(lines);
        if (errors.size() != 1) {
            throw new AssertionError("expected one error, got " + errors.size() + ":\n"
                    + String.join("\n", errors.stream().map(Diagnostic::render).toList()));
        }
        return errors.get(0);
    }
}
