package org.memspice.device;

/** What the present solve is; devices use it only where physics differs (initial conditions, sources). */
public enum AnalysisMode {
    /** DC operating point (also each DC-sweep point): d/dt = 0. */
    DC,
    /** The initial point of a transient with {@code uic}: devices take their {@code ic=} values as their state. */
    TRANSIENT_INITIAL,
    /** A transient time point. */
    TRANSIENT
}
