package org.memspice.compare;

/**
 * Evaluates a sampled waveform at other time points. A cubic through four neighbouring samples keeps the
 * interpolation error (h⁴) far below the tolerances of a comparison even where the reference's steps are coarse
 * (linear interpolation of a sine sampled 50 times a period is off by 2e-3 of its amplitude, this by 3e-6); near a
 * corner, where samples on both sides would smear the kink, the stencil stays on the smoother side (simulators
 * land a point on every source corner). The intervals of the query points are found once and shared by every
 * signal of the plot.
 */
public final class Interpolation {
    private final double[] t;
    private final double[] query;
    /** Per query point: the sample it falls on ({@code >= 0}), or {@code -(left + 1)} for left…left+1. */
    private final int[] where;

    /**
     * {@code time} non-decreasing (a repeated time is a jump: a query on it takes the later sample), every query
     * inside {@code [time[0], time[n-1]]} (outside, the end value holds).
     */
    public Interpolation(double[] time, double[] query) {
        this.t = time;
        this.query = query;
        this.where = new int[query.length];
        for (int q = 0; q < query.length; q++) {
            where[q] = locate(time, query[q]);
        }
    }

    /** The last sample at or before {@code x} (bisection); as a hit when it lies on {@code x} or is the last one. */
    private static int locate(double[] time, double x) {
        int lo = 0;
        int hi = time.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (time[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return time[lo] == x || lo + 1 >= time.length || x < time[lo] ? lo : -(lo + 1);
    }

    /** {@code y} (sampled at the constructor's {@code time}) at every query point. */
    public double[] at(double[] y) {
        double[] out = new double[query.length];
        for (int q = 0; q < query.length; q++) {
            int w = where[q];
            out[q] = w >= 0 ? y[w] : between(y, -w - 1, query[q]);
        }
        return out;
    }

    private double between(double[] y, int left, double time) {
        if (!Double.isFinite(y[left]) || !Double.isFinite(y[left + 1])) {
            return y[left]; // an infinite or NaN sample (a ratio with a zero denominator) holds until the next one
        }
        int n = t.length;
        if (n < 4) {
            return linear(y, left, time);
        }
        // candidate stencils: [left-1, left+2], [left-2, left+1], [left, left+3]; take the smoothest one
        double best = Double.NaN;
        double bestRoughness = Double.POSITIVE_INFINITY;
        for (int start = left - 2; start <= left; start++) {
            if (start < 0 || start + 3 >= n || !(t[start] < t[start + 1] && t[start + 1] < t[start + 2]
                    && t[start + 2] < t[start + 3]) || !(Double.isFinite(y[start]) && Double.isFinite(y[start + 3])
                    && Double.isFinite(y[start + 1]) && Double.isFinite(y[start + 2]))) {
                continue;
            }
            double roughness = Math.abs(thirdDifference(y, start));
            if (roughness < bestRoughness) {
                bestRoughness = roughness;
                best = lagrange(y, start, time);
            }
        }
        return Double.isNaN(best) ? linear(y, left, time) : best;
    }

    private double linear(double[] y, int i, double time) {
        return y[i] + (y[i + 1] - y[i]) * (time - t[i]) / (t[i + 1] - t[i]);
    }

    private double thirdDifference(double[] y, int s) {
        double d01 = (y[s + 1] - y[s]) / (t[s + 1] - t[s]);
        double d12 = (y[s + 2] - y[s + 1]) / (t[s + 2] - t[s + 1]);
        double d23 = (y[s + 3] - y[s + 2]) / (t[s + 3] - t[s + 2]);
        double dd1 = (d12 - d01) / (t[s + 2] - t[s]);
        double dd2 = (d23 - d12) / (t[s + 3] - t[s + 1]);
        return (dd2 - dd1) / (t[s + 3] - t[s]);
    }

    private double lagrange(double[] y, int s, double time) {
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

    /** One value, for callers with a single query (searches the axis by bisection). */
    public static double at(double[] time, double[] y, double x) {
        return new Interpolation(time, new double[] {x}).at(y)[0];
    }
}
