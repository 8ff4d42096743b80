package org.memspice.device;

/**
 * A device whose terminal current is the rate of change of its own charge (a capacitor): not a function of one
 * solution, so the transient tells it, at its first point and at every accepted point, the integration formula
 * of the step, dq/dt = c0·q + c1·q(previous point) + c2·q(the point before) + cd·dq/dt(previous point), the same
 * the analysis applied to the circuit's charges. Its {@link Probeable#leadCurrent} is then the current the analysis
 * integrated at the last accepted point ({@code i(c1)}); at an operating point it is zero.
 */
public interface ChargeCurrent extends Probeable {
    /** The transient's first point: the charge there (the {@code ic=} value with {@code uic}), no current yet. */
    void startCharge(double[] solution, boolean uic);

    /** An accepted point and the integration formula of the step that reached it. */
    void acceptCharge(double[] solution, double c0, double c1, double c2, double cd);
}
