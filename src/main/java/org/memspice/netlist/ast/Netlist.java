package org.memspice.netlist.ast;

import java.util.List;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.SourceLocation;

/**
 * A parsed netlist: title, statements in file order, warnings (ignored cards), and the source text so that
 * later stages can quote the offending line in their diagnostics.
 */
public record Netlist(String title, String file, List<Statement> statements, List<Diagnostic> warnings,
                      SourceText source) {

    /** A diagnostic at {@code loc} quoting the source line there. */
    public Diagnostic diagnostic(SourceLocation loc, String message) {
        return new Diagnostic(loc, message, source.line(loc));
    }
}
