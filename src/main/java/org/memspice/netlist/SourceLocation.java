package org.memspice.netlist;

/** A position in a netlist file: 1-based line and column, as editors and compilers count them. */
public record SourceLocation(String file, int line, int column) {
    public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
