package org.memspice.solver.newton;

import java.util.Arrays;
import org.memspice.solver.linear.LinearSolver;
import org.memspice.solver.linear.SingularMatrixException;
import org.memspice.solver.mna.MnaSystem;
import org.memspice.solver.mna.UnknownKind;
import org.memspice.solver.mna.Unknowns;

/**
 * Newton-Raphson on the MNA residual {@code r = f(x) + α·q(x) + h}, where α and the history h come from the
 * integration formula (both zero at DC). Converged when the last update passes SPICE's test on every unknown,
 * |Δx| ≤ reltol·max(|x|,|x+Δx|) + (vntol | abstol | state tol), and the residual of every row passes
 * |r| ≤ reltol·Σ|terms| + (abstol for KCL rows | vntol for branch rows). A linear circuit needs one solve,
 * and when its matrix is unchanged (same step) the previous factors are reused.
 */
public final class NewtonSolver {
    private final MnaSystem system;
    private final LinearSolver linear;
    private final ConvergenceTolerances tolerances;
    private final double[] unknownTolerance;
    private final double[] rowTolerance;
    private final double[] residual;
    private final double[] factoredValues;
    private boolean factoredValid;
    private long totalIterations;
    private long factorizations;
    private long reusedFactorizations;
    /**
     * Chord iterations ({@code .options newton=chord}): in a transient, solve with the factors of an earlier matrix
     * while each update shrinks at least CHORD_CONTRACTION-fold, so that the error left after an update that passes
     * the convergence test is below ρ/(1−ρ) < 0.43 of that test's tolerance; refactor as soon as one does not, after
     * CHORD_ITERATIONS, or when the integration coefficient α moved by more than CHORD_ALPHA_CHANGE (its C·α part
     * of the matrix would be stale). Saves most refactorisations when the circuit changes slowly (large arrays,
     * where the refactorisation is most of the time).
     */
    private boolean chordAllowed;
    private double factoredAlpha;
    private long chordSolves;
    private static final int CHORD_ITERATIONS = 6;
    private static final double CHORD_CONTRACTION = 0.3;
    private static final double CHORD_ALPHA_CHANGE = 0.25;

    public NewtonSolver(MnaSystem system, LinearSolver linear, ConvergenceTolerances tolerances) {
        this.system = system;
        this.linear = linear;
        this.tolerances = tolerances;
        int n = system.size();
        Unknowns u = system.unknowns();
        unknownTolerance = new double[n];
        rowTolerance = new double[n];
        for (int i = 0; i < n; i++) {
            UnknownKind kind = u.kind(i);
            if (kind == UnknownKind.NODE_VOLTAGE) {
                unknownTolerance[i] = tolerances.vntol();
                rowTolerance[i] = tolerances.abstol();
            } else if (kind == UnknownKind.BRANCH_CURRENT) {
                unknownTolerance[i] = tolerances.abstol();
                rowTolerance[i] = tolerances.vntol();
            } else {
                unknownTolerance[i] = u.stateTolerance(i);
                rowTolerance[i] = u.stateTolerance(i);
            }
        }
        residual = new double[n];
        factoredValues = new double[system.pattern().nonZeros()];
        linear.analyze(system.jacobianMatrix());
    }

    /**
     * Iterates from {@code x} (updated in place). {@code history} is null at DC; in transient it holds the
     * integration history per row and {@code alpha} must equal the α the system was loaded with.
     */
    public NewtonResult solve(double[] x, double alpha, double[] history, LoadAugment augment, int maxIterations) {
        int n = x.length;
        boolean updateConverged = false;
        int worst = -1;
        // chord iterations only in transient and only for nonlinear circuits: a linear solve is done in one step
        boolean chord = chordAllowed && history != null && system.isNonlinear();
        boolean staleFailed = false;
        boolean usedStale;
        double lastNorm = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            system.load(x);
            if (augment != null) {
                augment.apply(system, x);
            }
            double[] f = system.f();
            double[] q = system.q();
            double[] scale = system.fScale();
            boolean residualConverged = true;
            for (int i = 0; i < n; i++) {
                double r = f[i];
                double s = scale[i];
                if (history != null) {
                    double dq = alpha * q[i] + history[i];
                    r += dq;
                    s += Math.abs(dq);
                }
                residual[i] = -r;
                if (residualConverged && !(Math.abs(r) <= tolerances.reltol() * s + rowTolerance[i])) {
                    residualConverged = false;
                    worst = i;
                }
            }
            if (iteration > 0 && updateConverged && residualConverged && !system.wasLimited()) {
                totalIterations += iteration;
                return new NewtonResult(true, iteration, false, -1);
            }
            try {
                double[] jacobian = system.jacobian();
                // a linear circuit at an unchanged step has the same matrix: keep its factors
                usedStale = false;
                if (factoredValid && Arrays.equals(jacobian, factoredValues)) {
                    reusedFactorizations++;
                } else if (chord && factoredValid && !staleFailed && iteration < CHORD_ITERATIONS
                        && Math.abs(alpha - factoredAlpha) <= CHORD_ALPHA_CHANGE * Math.max(alpha, factoredAlpha)) {
                    usedStale = true;
                    chordSolves++;
                } else {
                    factoredValid = false;
                    linear.factor(system.jacobianMatrix());
                    System.arraycopy(jacobian, 0, factoredValues, 0, jacobian.length);
                    factoredAlpha = alpha;
                    factoredValid = true;
                    factorizations++;
                }
            } catch (SingularMatrixException e) {
                totalIterations += iteration + 1;
                return new NewtonResult(false, iteration + 1, true, e.column());
            }
            linear.solve(residual);
            updateConverged = true;
            double norm = 0.0; // the largest update in units of its tolerance
            for (int i = 0; i < n; i++) {
                double dx = residual[i];
                double next = x[i] + dx;
                if (!Double.isFinite(next)) {
                    totalIterations += iteration + 1;
                    return new NewtonResult(false, iteration + 1, false, i);
                }
                double ratio = Math.abs(dx)
                        / (tolerances.reltol() * Math.max(Math.abs(x[i]), Math.abs(next)) + unknownTolerance[i]);
                if (ratio > norm) {
                    norm = ratio;
                }
                if (updateConverged && !(ratio <= 1.0)) {
                    updateConverged = false;
                    worst = i;
                }
                x[i] = next;
            }
            if (usedStale && norm > CHORD_CONTRACTION * lastNorm) {
                staleFailed = true; // the old factors no longer contract fast enough: factor afresh from now on
            }
            lastNorm = norm;
            if (!system.isNonlinear()) {
                totalIterations += iteration + 1;
                return new NewtonResult(true, iteration + 1, false, -1);
            }
        }
        totalIterations += maxIterations;
        return new NewtonResult(false, maxIterations, false, worst);
    }

    public long totalIterations() {
        return totalIterations;
    }

    public long factorizations() {
        return factorizations;
    }

    public long reusedFactorizations() {
        return reusedFactorizations + chordSolves;
    }

    /** Allows chord iterations in transient solves (see {@link #chordAllowed}). */
    public void allowChordIterations(boolean allowed) {
        chordAllowed = allowed;
    }

    /** Something added to the loaded system before the residual is formed: gmin shunts, {@code .ic} clamps. */
    @FunctionalInterface
    public interface LoadAugment {
        void apply(MnaSystem system, double[] x);
    }

    public LinearSolver linearSolver() {
        return linear;
    }
}
