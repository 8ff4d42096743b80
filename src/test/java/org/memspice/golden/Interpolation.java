package org.memspice.golden;

import java.util.Arrays;

/**
 * Evaluates a sampled waveform between its time points. A cubic through four neighbouring samples keeps the
 * interpolation error (h⁴) far below the 1e-6 comparisons; near a corner, where samples on both sides would
 * smear the kink, the stencil stays on one side (a simulator lands a point exactly on every corner).
 */
final class Interpolation {
    private Interpolation() {}

    static double at(double[] t, double[] y, double time) {
        int n = t.length;
        int hit = Arrays.binarySearch(t, time);
        if (hit >= 0) {
            return y[hit];
        }
        int right = -hit - 1;
        if (right <= 0) {
            return y[0];
        }
        if (right >= n) {
            return y[n - 1];
        }
        int left = right - 1;
        if (n < 4) {
            return linear(t, y, left, time);
        }
        // candidate stencils: [left-1, right+1], [left-2, right], [left, right+2]; take the smoothest one
        double best = Double.NaN;
        double bestRoughness = Double.POSITIVE_INFINITY;
        for (int start = left - 2; start <= left; start++) {
            if (start < 0 || start + 3 >= n) {
                continue;
            }
            double roughness = Math.abs(thirdDifference(t, y, start));
            if (roughness < bestRoughness) {
                bestRoughness = roughness;
                best = lagrange(t, y, start, time);
            }
        }
        return Double.isNaN(best) ? linear(t, y, left, time) : best;
    }

    private static double linear(double[] t, double[] y, int i, double time) {
        return y[i] + (y[i + 1] - y[i]) * (time - t[i]) / (t[i + 1] - t[i]);
    }

    private static double thirdDifference(double[] t, double[] y, int s) {
        double d01 = (y[s + 1] - y[s]) / (t[s + 1] - t[s]);
        double d12 = (y[s + 2] - y[s + 1]) / (t[s + 2] - t[s + 1]);
        double d23 = (y[s + 3] - y[s + 2]) / (t[s + 3] - t[s + 2]);
        double dd1 = (d12 - d01) / (t[s + 2] - t[s]);
        double dd2 = (d23 - d12) / (t[s + 3] - t[s + 1]);
        return (dd2 - dd1) / (t[s + 3] - t[s]);
    }

    private static double lagrange(double[] t, double[] y, int s, double time) {
        double sum = 0;
        for (int i = s; i < s + 4; i++) {
            double w = 1;
            for (int j = s; j < s + 4; j++) {
                if (j != i) {
                    w *= (time - t[j]) / (t[i] - t[j]);
                }
            }
            sum += w * y[i];
        }
        return sum;
    }
}
