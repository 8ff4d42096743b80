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

    /**
     * A sink that inserts times into the sealed schedule while the transient runs (for {@code LiveBreakpoints}
     * devices); times not later than the last one handed out by {@link #nextAfter} by more than {@code resolution},
     * or closer than {@code resolution} to a scheduled one, are dropped.
     */
    BreakpointSink live(double resolution) {
        return time -> {
            if (!(time > 0 && time <= tstop && Double.isFinite(time))) {
                return;
            }
            int from = Math.max(0, next - 1);
            if (next > 0 && time <= times[next - 1] + resolution) {
                return;
            }
            int at = Arrays.binarySearch(times, from, count, time);
            if (at >= 0) {
                return;
            }
            at = -at - 1;
            if ((at < count && times[at] - time <= resolution) || (at > 0 && time - times[at - 1] <= resolution)) {
                return;
            }
            if (count == times.length) {
                times = Arrays.copyOf(times, count * 2);
            }
            System.arraycopy(times, at, times, at + 1, count - at);
            times[at] = time;
            count++;
        };
    }
}
