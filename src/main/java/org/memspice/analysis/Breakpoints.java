package org.memspice.analysis;

import java.util.Arrays;
import org.memspice.device.BreakpointSink;

/** Sorted, merged times at which the transient must land a time point (source corners and tstop). */
final class Breakpoints implements BreakpointSink {
    private double[] times = new double[16];
    private int count;
    private int next;
    private final double tstop;

    Breakpoints(double tstop) {
        this.tstop = tstop;
    }

    @Override
    public void add(double time) {
        if (time > 0 && time <= tstop && Double.isFinite(time)) {
            if (count == times.length) {
                times = Arrays.copyOf(times, count * 2);
            }
            times[count++] = time;
        }
    }

    /** Sorts and merges times closer than {@code resolution}; then tstop is always the last breakpoint. */
    void seal(double resolution) {
        add(tstop);
        Arrays.sort(times, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || times[i] - times[unique - 1] > resolution) {
                times[unique++] = times[i];
            }
        }
        times[unique - 1] = Math.max(times[unique - 1], tstop);
        if (times[unique - 1] - tstop <= resolution) {
            times[unique - 1] = tstop;
        }
        count = unique;
    }

    /** The first breakpoint after {@code t} by more than {@code resolution}. */
    double nextAfter(double t, double resolution) {
        while (next < count && times[next] <= t + resolution) {
            next++;
        }
        return next < count ? times[next] : tstop;
    }
}
