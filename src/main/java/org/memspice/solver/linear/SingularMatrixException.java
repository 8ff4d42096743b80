package org.memspice.solver.linear;

/** The Jacobian is singular (or numerically so); {@code column} is the unknown where it broke down, or -1. */
public class SingularMatrixException extends Exception {
    private final int column;

    public SingularMatrixException(int column) {
        super("singular matrix" + (column >= 0 ? " at unknown " + column : ""), null, false, false);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
