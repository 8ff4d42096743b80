package org.memspice.solver.newton;

/**
 * How a Newton solve ended. {@code worstUnknown} is the unknown furthest from convergence when it failed
 * (or the singular column), -1 when unknown.
 */
public record NewtonResult(boolean converged, int iterations, boolean singular, int worstUnknown) {}
