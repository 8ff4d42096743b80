package org.memspice.output;

/**
 * One output vector: {@code time}, {@code v(out)}, {@code i(v1)}. Names contain no spaces. {@code bits > 0} marks an
 * unsigned integer code of that width (a converter's output code): raw and CSV files write it as a number like any
 * other vector, formats with buses (VCD) as a {@code bits}-wide bus. {@code bits == 0} is an analog quantity.
 */
public record Variable(String name, VariableType type, int bits) {
    public Variable {
        if (bits < 0) {
            throw new IllegalArgumentException("code width of " + name + " must be 0 (analog) or more, got " + bits);
        }
    }

    /** An analog vector. */
    public Variable(String name, VariableType type) {
        this(name, type, 0);
    }

    public boolean isCode() {
        return bits > 0;
    }
}
