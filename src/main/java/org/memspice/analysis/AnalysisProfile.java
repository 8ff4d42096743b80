package org.memspice.analysis;

/**
 * Where an analysis spent its time and how its time steps went, for {@code --verbose}: seconds in device loading,
 * LU factorisation, triangular solves and writing outputs (measured only when profiling is on, else 0), the
 * smallest, largest and summed accepted time step, and rejected steps by cause (Newton failed, truncation error).
 */
public record AnalysisProfile(double loadSeconds, double factorSeconds, double solveSeconds, double outputSeconds,
                              double minStep, double maxStep, double stepSum, long newtonRejections,
                              long truncationRejections) {
    /** Nothing measured (no steps: infinite minimum, zero maximum). */
    public static final AnalysisProfile NONE = new AnalysisProfile(0, 0, 0, 0, Double.POSITIVE_INFINITY, 0, 0, 0, 0);

    /** Two analyses' figures together (the same analysis over the steps of a sweep). */
    public AnalysisProfile plus(AnalysisProfile o) {
        return new AnalysisProfile(loadSeconds + o.loadSeconds, factorSeconds + o.factorSeconds,
                solveSeconds + o.solveSeconds, outputSeconds + o.outputSeconds, Math.min(minStep, o.minStep),
                Math.max(maxStep, o.maxStep), stepSum + o.stepSum, newtonRejections + o.newtonRejections,
                truncationRejections + o.truncationRejections);
    }
}
