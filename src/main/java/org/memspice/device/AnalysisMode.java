package org.memspice.device;

/** What the present solve is; devices use it only where physics differs (initial conditions, sources). */
public enum AnalysisMode {
    /** DC operating point (also each DC-sweep point): d/dt = 0. */
    DC,
    /**
     * The DC solution at t = 0 that starts a transient (no {@code uic}): d/dt = 0, but independent sources take the
     * value of their transient function at t = 0, not their DC value (SPICE3's MODETRANOP).
     */
    TRANSIENT_OPERATING_POINT,
    /** The initial point of a transient with {@code uic}: devices take their {@code ic=} values as their state. */
    TRANSIENT_INITIAL,
    /** A transient time point. */
    TRANSIENT
}
