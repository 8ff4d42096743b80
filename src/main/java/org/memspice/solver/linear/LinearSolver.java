package org.memspice.solver.linear;

import org.ejml.data.DMatrixSparseCSC;

/**
 * Sparse LU for the MNA Jacobian, held as EJML's compressed-column matrix. The structure is fixed per circuit:
 * {@link #analyze} orders it once; then each Newton iteration calls {@link #factor} on the same matrix with new
 * values, and {@link #solve}.
 */
public interface LinearSolver {
    /** Orders and analyses the structure of {@code matrix} (its values are not used). */
    void analyze(DMatrixSparseCSC matrix);

    /**
     * Factors {@code matrix}, which has the structure given to {@link #analyze}.
     * @throws SingularMatrixException naming the unknown (column) where the factorisation broke down
     */
    void factor(DMatrixSparseCSC matrix) throws SingularMatrixException;

    /** Solves A·x = b in place: {@code b} becomes x. */
    void solve(double[] b);

    /** Entries in L and U after the last factorisation (fill), for statistics. */
    long factorNonZeros();

    String name();
}
