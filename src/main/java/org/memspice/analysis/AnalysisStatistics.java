package org.memspice.analysis;

/**
 * What one analysis did: points written, Newton iterations, LU factorisations (and how many were avoided because
 * the matrix had not changed), accepted and rejected time steps, wall time, and the details of {@code profile}.
 */
public record AnalysisStatistics(String analysis, long points, long newtonIterations, long factorizations,
                                 long reusedFactorizations, long acceptedSteps, long rejectedSteps,
                                 double wallSeconds, AnalysisProfile profile) {

    public AnalysisStatistics(String analysis, long points, long newtonIterations, long factorizations,
                              long reusedFactorizations, long acceptedSteps, long rejectedSteps, double wallSeconds) {
        this(analysis, points, newtonIterations, factorizations, reusedFactorizations, acceptedSteps, rejectedSteps,
                wallSeconds, AnalysisProfile.NONE);
    }

    /** The same analysis over two steps of a sweep, summed. */
    public AnalysisStatistics plus(AnalysisStatistics s) {
        return new AnalysisStatistics(analysis, points + s.points, newtonIterations + s.newtonIterations,
                factorizations + s.factorizations, reusedFactorizations + s.reusedFactorizations,
                acceptedSteps + s.acceptedSteps, rejectedSteps + s.rejectedSteps, wallSeconds + s.wallSeconds,
                profile.plus(s.profile));
    }

    /** Counters of a Newton solver before an analysis, to report what the analysis itself did. */
    record Counters(long iterations, long factorizations, long reused, long startNanos, long loadNanos,
                    long factorNanos, long solveNanos) {
        static Counters of(SolverSession session) {
            var n = session.newton();
            return new Counters(n.totalIterations(), n.factorizations(), n.reusedFactorizations(), System.nanoTime(),
                    n.loadNanos(), n.factorNanos(), n.solveNanos());
        }

        AnalysisStatistics finish(SolverSession session, String analysis, long points, long accepted, long rejected) {
            return finish(session, analysis, points, accepted, rejected, AnalysisProfile.NONE);
        }

        /** {@code steps} holds what the analysis measured itself (time steps, output time); Newton's times are added. */
        AnalysisStatistics finish(SolverSession session, String analysis, long points, long accepted, long rejected,
                                  AnalysisProfile steps) {
            var n = session.newton();
            AnalysisProfile profile = new AnalysisProfile((n.loadNanos() - loadNanos) * 1e-9,
                    (n.factorNanos() - factorNanos) * 1e-9, (n.solveNanos() - solveNanos) * 1e-9, steps.outputSeconds(),
                    steps.minStep(), steps.maxStep(), steps.stepSum(), steps.newtonRejections(),
                    steps.truncationRejections());
            return new AnalysisStatistics(analysis, points, n.totalIterations() - iterations,
                    n.factorizations() - factorizations, n.reusedFactorizations() - reused, accepted, rejected,
                    (System.nanoTime() - startNanos) * 1e-9, profile);
        }
    }
}
