package org.memspice.output;

/** One output vector: {@code time}, {@code v(out)}, {@code i(v1)}. Names contain no spaces. */
public record Variable(String name, VariableType type) {}
