package org.memspice.solver.linear;

import org.memspice.solver.mna.SparsePattern;

/**
 * Sparse LU for the MNA Jacobian. The pattern is fixed per circuit: {@link #analyze} orders it once, then each
 * Newton iteration calls {@link #factor} with new values in the pattern's CSC order and {@link #solve}.
 */
public interface LinearSolver {
    void analyze(SparsePattern pattern);

    /** @throws SingularMatrixException naming the unknown (column) where the factorisation broke down */
    void factor(double[] values) throws SingularMatrixException;

    /** Solves A·x = b in place: {@code b} becomes x. */
    void solve(double[] b);

    /** Entries in L and U after the last factorisation (fill), for statistics. */
    long factorNonZeros();

    String name();
}
