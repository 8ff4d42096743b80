package org.memspice.netlist.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.SourceText;

/**
 * Errors and warnings found while reading one netlist, each quoting its source line. Synchronized: the lexing
 * and the parsing thread both report.
 */
final class Diagnostics {
    static final int MAX_ERRORS = 50;

    private final SourceText source;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    Diagnostics(SourceText source) {
        this.source = source;
    }

    synchronized void error(SourceLocation loc, String message) {
        errors.add(new Diagnostic(loc, message, source.line(loc)));
    }

    /** Takes the findings of an included file, already rendered against its own lines. */
    synchronized void addAll(List<Diagnostic> moreErrors, List<Diagnostic> moreWarnings) {
        errors.addAll(moreErrors);
        warnings.addAll(moreWarnings);
    }

    synchronized void warning(SourceLocation loc, String message) {
        warnings.add(new Diagnostic(loc, message, source.line(loc)));
    }

    synchronized List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    /** Throws all errors, in file order (syntax errors are found before card errors), at most MAX_ERRORS. */
    void throwIfErrors() throws NetlistException {
        if (!errors.isEmpty()) {
            throw new NetlistException(errors());
        }
    }

    /** All errors in file order, at most MAX_ERRORS and a closing note when there were more. */
    synchronized List<Diagnostic> errors() {
        List<Diagnostic> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        if (sorted.size() > MAX_ERRORS) {
            Diagnostic last = sorted.get(MAX_ERRORS);
            sorted = new ArrayList<>(sorted.subList(0, MAX_ERRORS));
            sorted.add(new Diagnostic(last.location(), "too many errors (" + errors.size()
                    + "); only the first " + MAX_ERRORS + " are shown", null));
        }
        return List.copyOf(sorted);
    }
}
