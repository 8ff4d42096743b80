package org.memspice.expr;

/** An expression that cannot be read or evaluated; {@code offset} is the character in its text, or -1. */
public class ExpressionException extends RuntimeException {
    private final int offset;

    public ExpressionException(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
