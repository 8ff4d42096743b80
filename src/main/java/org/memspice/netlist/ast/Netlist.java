package org.memspice.netlist.ast;

import java.util.List;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.SourceLocation;

/**
 * A parsed netlist: title, statements in file order, warnings (ignored cards), errors of the lines that could not
 * be read (their statements are missing; elaboration goes on so that one run reports every mistake), and the
 * source text so that later stages can quote the offending line in their diagnostics.
 */
public record Netlist(String title, String file, List<Statement> statements, List<Diagnostic> warnings,
                      List<Diagnostic> errors, SourceText source) {

    /** A diagnostic at {@code loc} quoting the source line there. */
    public Diagnostic diagnostic(SourceLocation loc, String message) {
        return new Diagnostic(loc, message, source.line(loc));
    }
}
