package org.memspice.analysis;

/**
 * What one analysis did: points written, Newton iterations, LU factorisations (and how many were avoided because
 * the matrix had not changed), accepted and rejected time steps, wall time.
 */
public record AnalysisStatistics(String analysis, long points, long newtonIterations, long factorizations,
                                 long reusedFactorizations, long acceptedSteps, long rejectedSteps,
                                 double wallSeconds) {

    /** Counters of a Newton solver before an analysis, to report what the analysis itself did. */
    record Counters(long iterations, long factorizations, long reused, long startNanos) {
        static Counters of(SolverSession session) {
            var n = session.newton();
            return new Counters(n.totalIterations(), n.factorizations(), n.reusedFactorizations(), System.nanoTime());
        }

        AnalysisStatistics finish(SolverSession session, String analysis, long points, long accepted, long rejected) {
            var n = session.newton();
            return new AnalysisStatistics(analysis, points, n.totalIterations() - iterations,
                    n.factorizations() - factorizations, n.reusedFactorizations() - reused, accepted, rejected,
                    (System.nanoTime() - startNanos) * 1e-9);
        }
    }
}
