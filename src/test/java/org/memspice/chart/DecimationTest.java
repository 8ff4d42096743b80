package org.memspice.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thinning keeps, per image column, the extremes a line through all points would reach, and keeps gaps. */
class DecimationTest {
    @Test
    void everyBucketKeepsItsExtremesAndEnds() {
        int n = 100_000;
        int buckets = 500;
        double[] x = new double[n];
        double[] y = new double[n];
        Random r = new Random(7);
        for (int i = 0; i < n; i++) {
            x[i] = i * 1e-6;
            y[i] = Math.sin(2 * Math.PI * 50 * x[i]) + 0.3 * r.nextGaussian(); // noisy: extremes anywhere
        }
        double lo = x[0];
        double hi = x[n - 1];
        double[][] thin = Decimation.m4(x, y, lo, hi, buckets, false);
        assertTrue(thin[0].length <= 4 * (buckets + 1), "points kept: " + thin[0].length);
        // brute force per bucket, with the same bucket rule
        double[] min = new double[buckets + 1];
        double[] max = new double[buckets + 1];
        double[] tMin = new double[buckets + 1];
        double[] tMax = new double[buckets + 1];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(tMin, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(tMax, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int b = (int) Math.floor((x[i] - lo) * buckets / (hi - lo));
            min[b] = Math.min(min[b], y[i]);
            max[b] = Math.max(max[b], y[i]);
        }
        for (int i = 0; i < thin[0].length; i++) {
            int b = (int) Math.floor((thin[0][i] - lo) * buckets / (hi - lo));
            tMin[b] = Math.min(tMin[b], thin[1][i]);
            tMax[b] = Math.max(tMax[b], thin[1][i]);
        }
        for (int b = 0; b <= buckets; b++) {
            assertEquals(min[b], tMin[b], 0.0, "min of bucket " + b);
            assertEquals(max[b], tMax[b], 0.0, "max of bucket " + b);
        }
        assertEquals(x[0], thin[0][0]);
        assertEquals(x[n - 1], thin[0][thin[0].length - 1]);
        for (int i = 1; i < thin[0].length; i++) {
            assertTrue(thin[0][i] > thin[0][i - 1], "original order kept");
        }
    }

    @Test
    void gapsSurviveAndLoopsAreLeftWhole() {
        int n = 10_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i >= 4000 && i < 6000 ? Double.NaN : Math.cos(i * 0.01);
        }
        double[][] thin = Decimation.m4(x, y, 0, n - 1, 100, false);
        int gaps = 0;
        for (int i = 0; i < thin[1].length; i++) {
            if (Double.isNaN(thin[1][i])) {
                gaps++;
                assertTrue(thin[0][i - 1] < 4000 && thin[0][i + 1] >= 6000, "the gap stays where it was");
            }
        }
        assertEquals(1, gaps);
        // an I-V loop: x goes up and comes back
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.sin(2 * Math.PI * i / n);
        }
        assertSame(v, Decimation.m4(v, y, -1, 1, 100, false)[0]);
    }
}
