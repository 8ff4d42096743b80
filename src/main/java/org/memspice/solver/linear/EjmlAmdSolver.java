package org.memspice.solver.linear;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.decomposition.lu.LuUpLooking_DSCC;
import org.ejml.sparse.csc.linsol.lu.LinearSolverLu_DSCC;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;

/**
 * EJML's sparse LU (partial pivoting) on the matrix symmetrically permuted by approximate minimum degree
 * (Amestoy, Davis and Duff, SIAM J. Matrix Anal. Appl. 1996) of A + Aᵀ. EJML offers no fill-reducing ordering of
 * its own and cannot reuse a symbolic factorisation, so every factor is a full one; kept as a cross-check on KLU.
 */
public final class EjmlAmdSolver implements LinearSolver {
    private int size;
    /** permutation[k] = original index of the k-th unknown in the ordering. */
    private int[] permutation;
    /** For each value position of the permuted matrix, the position in the original CSC values. */
    private int[] sourcePosition;
    private DMatrixSparseCSC permuted;
    private LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> lu;
    private DMatrixRMaj rhs;
    private DMatrixRMaj solution;

    @Override
    public void analyze(DMatrixSparseCSC a) {
        int n = a.numCols;
        this.size = n;
        permutation = MinimumDegreeOrdering.order(a);
        int[] inverse = new int[n];
        for (int k = 0; k < n; k++) {
            inverse[permutation[k]] = k;
        }
        int nz = a.nz_length;
        permuted = new DMatrixSparseCSC(n, n, nz);
        sourcePosition = new int[nz];
        int[] colPtr = permuted.col_idx;
        int[] rows = permuted.nz_rows;
        long[] packed = new long[0];
        int at = 0;
        for (int newCol = 0; newCol < n; newCol++) {
            int oldCol = permutation[newCol];
            int start = a.col_idx[oldCol];
            int end = a.col_idx[oldCol + 1];
            if (packed.length < end - start) {
                packed = new long[end - start];
            }
            for (int k = start; k < end; k++) {
                packed[k - start] = ((long) inverse[a.nz_rows[k]] << 32) | k;
            }
            Arrays.sort(packed, 0, end - start);
            colPtr[newCol] = at;
            for (int k = 0; k < end - start; k++) {
                rows[at] = (int) (packed[k] >>> 32);
                sourcePosition[at] = (int) packed[k];
                at++;
            }
        }
        colPtr[n] = at;
        permuted.nz_length = nz;
        permuted.indicesSorted = true;
        lu = LinearSolverFactory_DSCC.lu(FillReducing.NONE);
        rhs = new DMatrixRMaj(n, 1);
        solution = new DMatrixRMaj(n, 1);
    }

    @Override
    public void factor(DMatrixSparseCSC a) throws SingularMatrixException {
        double[] values = a.nz_values;
        double[] target = permuted.nz_values;
        for (int k = 0; k < sourcePosition.length; k++) {
            target[k] = values[sourcePosition[k]];
        }
        if (!lu.setA(permuted) || decomposition().isSingular()) {
            throw new SingularMatrixException(-1);
        }
    }

    @Override
    public void solve(double[] b) {
        int n = size;
        for (int k = 0; k < n; k++) {
            rhs.data[k] = b[permutation[k]];
        }
        lu.solve(rhs, solution);
        for (int k = 0; k < n; k++) {
            b[permutation[k]] = solution.data[k];
        }
    }

    @Override
    public long factorNonZeros() {
        LuUpLooking_DSCC d = decomposition();
        return d.getL() == null ? 0 : (long) d.getL().nz_length + d.getU().nz_length;
    }

    private LuUpLooking_DSCC decomposition() {
        return ((LinearSolverLu_DSCC) lu).getDecomposition();
    }

    @Override
    public String name() {
        return "ejml-amd";
    }
}
