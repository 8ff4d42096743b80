package org.memspice.solver.newton;

/** SPICE's Newton tolerances: relative, absolute current (abstol) and absolute voltage (vntol). */
public record ConvergenceTolerances(double reltol, double abstol, double vntol) {
    public static final ConvergenceTolerances SPICE_DEFAULTS = new ConvergenceTolerances(1e-3, 1e-12, 1e-6);
}
