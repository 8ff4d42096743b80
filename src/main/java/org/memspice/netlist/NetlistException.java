package org.memspice.netlist;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a netlist cannot be read or elaborated; carries every diagnostic found, not only the first. */
public class NetlistException extends Exception {
    private final List<Diagnostic> diagnostics;

    public NetlistException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public NetlistException(Diagnostic d) {
        this(List.of(d));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
