package org.memspice.device.dac;

import java.util.Arrays;

/**
 * The DAC's output voltage in time: levels joined by linear edges. A code change at t starts a ramp from the value
 * the output has at t to the new level, lasting trise (up) or tfall (down); a change before the ramp ends cuts it
 * there. Before the first point the first value holds, after the last the last. Points may be appended while a
 * transient runs (a DAC reading bit nodes), always at or after the last change.
 */
final class CodeWaveform {
    private double[] times = new double[8];
    private double[] values = new double[8];
    private int count;

    void reset(double initial) {
        count = 0;
        append(0.0, initial);
    }

    /** Starts an edge at t towards {@code level}; returns the time the ramp ends. */
    double change(double t, double level, double trise, double tfall) {
        double from = value(t);
        // cut a ramp still running at t
        while (count > 0 && times[count - 1] > t) {
            count--;
        }
        if (count == 0 || times[count - 1] < t) {
            append(t, from);
        }
        double end = t + (level >= from ? trise : tfall);
        append(end, level);
        return end;
    }

    double value(double t) {
        if (t <= times[0]) {
            return values[0];
        }
        if (t >= times[count - 1]) {
            return values[count - 1];
        }
        int k = Arrays.binarySearch(times, 0, count, t);
        if (k >= 0) {
            return values[k];
        }
        int hi = -k - 1;
        int lo = hi - 1;
        double u = (t - times[lo]) / (times[hi] - times[lo]);
        return values[lo] + u * (values[hi] - values[lo]);
    }

    double[] times() {
        return Arrays.copyOf(times, count);
    }

    private void append(double t, double v) {
        if (count == times.length) {
            times = Arrays.copyOf(times, 2 * count);
            values = Arrays.copyOf(values, 2 * count);
        }
        times[count] = t;
        values[count] = v;
        count++;
    }
}
