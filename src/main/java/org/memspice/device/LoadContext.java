package org.memspice.device;

/**
 * What a device sees while loading: the present iterate and where to add f, q and the Jacobians.
 * Rows and handles of ground are accepted and ignored, so devices need no special cases for node 0.
 */
public interface LoadContext {
    /** Value of an unknown at the present iterate; 0 for ground. */
    double x(int unknown);

    void addF(int row, double value);

    void addQ(int row, double value);

    /** Adds ∂f/∂x at a handle from {@link MatrixBinder#entry}. */
    void addJacF(int handle, double value);

    /** Adds ∂q/∂x at a handle; the analysis scales it by its integration coefficient. */
    void addJacQ(int handle, double value);

    AnalysisMode mode();

    /** Simulation time in seconds (0 at DC). */
    double time();

    /** Source-stepping factor in [0, 1] applied by independent sources; 1 except during source stepping. */
    double sourceFactor();

    /** Circuit temperature in kelvin. */
    double temperature();

    /** Called by a device that limited its controlling voltages: this iterate may not be declared converged. */
    void markLimited();
}
