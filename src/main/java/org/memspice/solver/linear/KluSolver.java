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
import org.memspice.solver.mna.SparsePattern;

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
    private SparsePattern pattern;
    private KLU_symbolic symbolic;
    private KLU_numeric numeric;
    private double fullFactorRcond;

    static {
        // JKLU's trace printing defaults to on and formats strings inside its factorisation kernel
        Dklu_version.NPRINT = true;
    }

    public KluSolver() {
        Dklu_defaults.klu_defaults(common);
    }

    @Override
    public void analyze(SparsePattern p) {
        this.pattern = p;
        int[] order = MinimumDegreeOrdering.order(p);
        symbolic = Dklu_analyze_given.klu_analyze_given(p.size(), p.columnPointers(), p.rowIndices(), order, order,
                common);
        if (symbolic == null) {
            throw new IllegalStateException("KLU analysis failed, status " + common.status);
        }
        numeric = null;
    }

    @Override
    public void factor(double[] values) throws SingularMatrixException {
        int[] ap = pattern.columnPointers();
        int[] ai = pattern.rowIndices();
        if (numeric != null) {
            if (Dklu_refactor.klu_refactor(ap, ai, values, symbolic, numeric, common) != 0
                    && common.status == 0 && soundPivots()) {
                return;
            }
        }
        common.status = 0;
        numeric = Dklu_factor.klu_factor(ap, ai, values, symbolic, common);
        if (numeric == null || common.status != 0) {
            int column = common.singular_col < pattern.size() ? common.singular_col : -1;
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
        Dklu_solve.klu_solve(symbolic, numeric, pattern.size(), 1, b, 0, common);
    }

    @Override
    public long factorNonZeros() {
        return numeric == null ? 0 : (long) numeric.lnz + numeric.unz + pattern.size();
    }

    @Override
    public String name() {
        return "klu";
    }
}
