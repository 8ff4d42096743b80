package org.memspice.device.support;

/**
 * A device's own charge at the last two accepted points and its current dq/dt, integrated with the transient's
 * formula (see {@link org.memspice.device.ChargeCurrent}).
 */
public final class ChargeHistory {
    private double q0;
    private double q1;
    private double current;

    /** First point of a transient: the integrator starts from rest, as the analysis does. */
    public void start(double q) {
        q0 = q;
        q1 = q;
        current = 0.0;
    }

    public void accept(double q, double c0, double c1, double c2, double cd) {
        current = c0 * q + c1 * q0 + c2 * q1 + cd * current;
        q1 = q0;
        q0 = q;
    }

    /** At an operating point a charge does not move. */
    public void dc() {
        current = 0.0;
    }

    public double current() {
        return current;
    }
}
