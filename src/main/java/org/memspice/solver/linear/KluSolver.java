package org.memspice.solver.linear;

import edu.ufl.cise.klu.common.KLU_common;
import edu.ufl.cise.klu.common.KLU_numeric;
import edu.ufl.cise.klu.common.KLU_symbolic;
import edu.ufl.cise.klu.tdouble.Dklu_analyze_given;
import edu.ufl.cise.klu.tdouble.Dklu_defaults;
import edu.ufl.cise.klu.tdouble.Dklu_diagnostics;
import edu.ufl.cise.klu.tdouble.Dklu_factor;
import edu.ufl.cise.klu.tdouble.Dklu_refactor;
import edu.ufl.cise.klu.tdouble.Dklu_solve;
import edu.ufl.cise.klu.tdouble.Dklu_version;
import org.ejml.data.DMatrixSparseCSC;

/**
 * KLU (Davis and Palamadai Natarajan, ACM TOMS 2010), the LU that ngspice and Xyce use for circuits: block
 * triangular form plus a minimum-degree ordering once per pattern (ours: see {@link MinimumDegreeOrdering}), a
 * pivoting factorisation the first time, then numeric-only refactorisations with the same pivot sequence while
 * its pivots stay sound.
 */
public final class KluSolver implements LinearSolver {
    /** A refactorisation whose reciprocal pivot growth falls this far below the last full one is redone with pivoting. */
    private static final double PIVOT_DRIFT = 1e-6;

    private final KLU_common common = new KLU_common();
    private int size;
    private KLU_symbolic symbolic;
    private KLU_numeric numeric;
    private double fullFactorRcond;

    static {
        // JKLU's trace printing defaults to on and formats strings inside its factorisation kernel
        Dklu_version.NPRINT = true;
    }

    public KluSolver() {
        Dklu_defaults.klu_defaults(common);
        // No row scaling: JKLU's scaling boxes every row factor for a trace print, allocating in each refactor.
        // Pivoting then uses the unscaled column-relative threshold, as SPICE's own Sparse solver does.
        common.scale = 0;
    }

    @Override
    public void analyze(DMatrixSparseCSC a) {
        this.size = a.numCols;
        int[] order = MinimumDegreeOrdering.order(a);
        symbolic = Dklu_analyze_given.klu_analyze_given(size, a.col_idx, a.nz_rows, order, order, common);
        if (symbolic == null) {
            throw new IllegalStateException("KLU analysis failed, status " + common.status);
        }
        numeric = null;
    }

    @Override
    public void factor(DMatrixSparseCSC a) throws SingularMatrixException {
        int[] ap = a.col_idx;
        int[] ai = a.nz_rows;
        double[] values = a.nz_values;
        if (numeric != null) {
            if (Dklu_refactor.klu_refactor(ap, ai, values, symbolic, numeric, common) != 0
                    && common.status == 0 && soundPivots()) {
                return;
            }
        }
        common.status = 0;
        numeric = Dklu_factor.klu_factor(ap, ai, values, symbolic, common);
        if (numeric == null || common.status != 0) {
            int column = common.singular_col < size ? common.singular_col : -1;
            numeric = null;
            throw new SingularMatrixException(column);
        }
        Dklu_diagnostics.klu_rcond(symbolic, numeric, common);
        fullFactorRcond = common.rcond;
        if (!(fullFactorRcond > 0) || !Double.isFinite(fullFactorRcond)) {
            numeric = null;
            throw new SingularMatrixException(-1);
        }
    }

    private boolean soundPivots() {
        Dklu_diagnostics.klu_rcond(symbolic, numeric, common);
        return common.rcond > PIVOT_DRIFT * fullFactorRcond && Double.isFinite(common.rcond);
    }

    @Override
    public void solve(double[] b) {
        Dklu_solve.klu_solve(symbolic, numeric, size, 1, b, 0, common);
    }

    @Override
    public long factorNonZeros() {
        return numeric == null ? 0 : (long) numeric.lnz + numeric.unz + size;
    }

    @Override
    public String name() {
        return "klu";
    }
}
