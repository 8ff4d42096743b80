package org.memspice.chart;

import java.util.Arrays;

/**
 * Thins a long waveform to what a line can show: per column of the image, the first, lowest, highest and last point
 * (the M4 scheme), in their original order. The drawn line covers the same pixels as the full one, while a
 * transient of 10^5 points no longer makes a 14 MB SVG. Only for x that never turns back (time, a sweep); an x-y
 * loop is kept whole.
 */
final class Decimation {
    private Decimation() {}

    /**
     * {@code {x, y}} thinned to about four points per bucket, {@code buckets} equal slices of [lo, hi] (of log10 x
     * when {@code logX}); NaN gaps are kept. Returns the input arrays when there is nothing to gain.
     */
    static double[][] m4(double[] x, double[] y, double lo, double hi, int buckets, boolean logX) {
        int n = x.length;
        if (n <= 4 * buckets || !monotone(x)) {
            return new double[][] {x, y};
        }
        double pLo = logX ? Math.log10(lo) : lo;
        double pHi = logX ? Math.log10(hi) : hi;
        double scale = pHi > pLo ? buckets / (pHi - pLo) : 0;
        double[] ox = new double[Math.min(n, 4 * buckets + 16)];
        double[] oy = new double[ox.length];
        int out = 0;
        int bucket = Integer.MIN_VALUE;
        int first = -1;
        int last = -1;
        int min = -1;
        int max = -1;
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            boolean gap = !end && (Double.isNaN(x[i]) || Double.isNaN(y[i]));
            int b = end || gap ? Integer.MIN_VALUE
                    : (int) Math.max(-1, Math.min(buckets, Math.floor(((logX ? Math.log10(x[i]) : x[i]) - pLo) * scale)));
            if (first >= 0 && (end || gap || b != bucket)) {
                int[] keep = {first, min, max, last};
                Arrays.sort(keep);
                for (int k = 0; k < 4; k++) {
                    if (k == 0 || keep[k] != keep[k - 1]) {
                        if (out == ox.length) {
                            ox = Arrays.copyOf(ox, 2 * out);
                            oy = Arrays.copyOf(oy, 2 * out);
                        }
                        ox[out] = x[keep[k]];
                        oy[out++] = y[keep[k]];
                    }
                }
                first = -1;
            }
            if (end) {
                break;
            }
            if (gap) {
                if (out > 0 && !Double.isNaN(oy[out - 1])) { // one NaN is enough to break the line
                    if (out == ox.length) {
                        ox = Arrays.copyOf(ox, 2 * out);
                        oy = Arrays.copyOf(oy, 2 * out);
                    }
                    ox[out] = Double.NaN;
                    oy[out++] = Double.NaN;
                }
                continue;
            }
            if (first < 0) {
                bucket = b;
                first = i;
                min = i;
                max = i;
            }
            last = i;
            if (y[i] < y[min]) {
                min = i;
            }
            if (y[i] > y[max]) {
                max = i;
            }
        }
        return new double[][] {Arrays.copyOf(ox, out), Arrays.copyOf(oy, out)};
    }

    /** Whether the values that are not gaps never decrease, or never increase. */
    static boolean monotone(double[] x) {
        boolean up = true;
        boolean down = true;
        double prev = Double.NaN;
        for (double v : x) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (!Double.isNaN(prev)) {
                up &= v >= prev;
                down &= v <= prev;
            }
            prev = v;
        }
        return up || down;
    }
}
