package org.memspice.device.support;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Integral nonlinearity of a data converter, in LSB, at each of its {@code n} points (the codes of a DAC, the code
 * transitions of an ADC). It is given by two numbers instead of a measured table:
 * <ul>
 * <li>{@code inl}: a deterministic parabolic bow, {@code inl·4u(1−u)} with u running from 0 at the first point to 1
 * at the last: 0 at both ends, {@code inl} LSB at mid-scale (the second-order shape of a resistor-string or
 * current-steering converter with a linear gradient, e.g. Razavi, <i>Data Conversion System Design</i>, ch. 3);</li>
 * <li>{@code dnl}: the standard deviation, in LSB, of independent Gaussian errors of every step width (random
 * mismatch), drawn once per device from its seeded stream. Their running sum is the random part of the INL,
 * corrected to the end-point line (IEEE 1241 end-point INL): 0 at the first and last points.</li>
 * </ul>
 * So the differential nonlinearity of step k is {@code e[k] − e[k−1]}: the bow's slope plus the drawn error less
 * the end-point correction.
 */
public final class ConverterNonlinearity {
    private ConverterNonlinearity() {}

    /** The INL, in LSB, at points 0 … n−1 (all zero when inl = dnl = 0: no draw is made then). */
    public static double[] profile(int n, double inl, double dnl, RandomGenerator random) {
        double[] e = new double[n];
        if (n < 2) {
            return e;
        }
        double last = n - 1;
        for (int k = 0; k < n; k++) {
            double u = k / last;
            e[k] = inl * 4 * u * (1 - u);
        }
        if (dnl > 0) {
            double[] walk = new double[n];
            for (int k = 1; k < n; k++) {
                walk[k] = walk[k - 1] + dnl * random.nextGaussian();
            }
            for (int k = 0; k < n; k++) {
                e[k] += walk[k] - walk[n - 1] * (k / last);
            }
        }
        return e;
    }
}
