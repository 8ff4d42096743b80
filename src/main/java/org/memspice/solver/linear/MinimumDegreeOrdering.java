package org.memspice.solver.linear;

import edu.emory.mathcs.csparsej.tdouble.Dcs_amd;
import edu.emory.mathcs.csparsej.tdouble.Dcs_common;
import java.util.Arrays;
import org.ejml.data.DMatrixSparseCSC;

/**
 * Approximate minimum degree ordering of the pattern of A + Aᵀ (Amestoy, Davis and Duff, SIAM J. Matrix Anal.
 * Appl. 17(4), 1996), as implemented in CSparse's cs_amd. The symmetric pattern suits MNA matrices, whose
 * structure is nearly symmetric.
 */
final class MinimumDegreeOrdering {
    private MinimumDegreeOrdering() {}

    /** permutation[k] = the unknown eliminated k-th. */
    static int[] order(DMatrixSparseCSC m) {
        Dcs_common.Dcs a = new Dcs_common.Dcs();
        a.m = m.numRows;
        a.n = m.numCols;
        a.p = m.col_idx;
        a.i = m.nz_rows;
        a.nzmax = m.nz_length;
        a.nz = -1; // compressed-column form
        int[] permutation = Dcs_amd.cs_amd(1, a);
        if (permutation == null) {
            throw new IllegalStateException("minimum-degree ordering failed");
        }
        return Arrays.copyOf(permutation, m.numCols);
    }
}
