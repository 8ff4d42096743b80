package org.memspice.compare;

/**
 * One signal compared. {@code norm} is below 1 when the signal passes: the integrated error norm of a transient,
 * or for point data the worst point's relative difference over reltol (0 where both values are equal or within
 * the clip level). {@code at} is the scale value of the worst point (time, sweep value; NaN for an operating
 * point), {@code refValue}/{@code testValue} the values there (the reference interpolated in a transient).
 *
 * @param name     the canonical name both files are matched by
 * @param refName  as the reference file spells it
 * @param testName as the test file spells it
 */
public record SignalResult(String name, String refName, String testName, SignalKind kind,
                           Tolerance.Resolved tolerance, boolean skipped, double norm, double at, double refValue,
                           double testValue) {
    /** A NaN norm (a NaN in one file only) fails. */
    public boolean pass() {
        return skipped || norm < 1;
    }
}
