package org.memspice.analysis;

import java.util.Arrays;
import org.memspice.device.BreakpointSink;

/**
 * The times at which the transient must land a time point: corners (source corners, converter outputs that drive
 * the circuit, tstop), after which it restarts its integration, and sample points, which it lands on without a
 * restart (see {@link BreakpointSink}).
 */
final class Breakpoints implements BreakpointSink {
    private final Schedule corners = new Schedule();
    private final Schedule samples = new Schedule();
    private final double tstop;
    private boolean nextIsCorner = true;

    Breakpoints(double tstop) {
        this.tstop = tstop;
    }

    @Override
    public void add(double time) {
        if (inRange(time)) {
            corners.append(time);
        }
    }

    @Override
    public void addSamplePoint(double time) {
        if (inRange(time)) {
            samples.append(time);
        }
    }

    private boolean inRange(double time) {
        return time > 0 && time <= tstop && Double.isFinite(time);
    }

    /** Sorts and merges times closer than {@code resolution}; then tstop is always the last corner. */
    void seal(double resolution) {
        add(tstop);
        corners.seal(resolution);
        corners.times[corners.count - 1] = Math.max(corners.times[corners.count - 1], tstop);
        if (corners.times[corners.count - 1] - tstop <= resolution) {
            corners.times[corners.count - 1] = tstop;
        }
        samples.seal(resolution);
    }

    /** The first breakpoint of either kind after {@code t} by more than {@code resolution}. */
    double nextAfter(double t, double resolution) {
        double corner = corners.nextAfter(t, resolution, tstop);
        double sample = samples.nextAfter(t, resolution, tstop);
        // a sample point within resolution of a corner is that corner
        nextIsCorner = corner <= sample + resolution;
        return nextIsCorner ? corner : sample;
    }

    /** Whether the time the last {@link #nextAfter} returned is a corner (rather than only a sample point). */
    boolean nextIsCorner() {
        return nextIsCorner;
    }

    /**
     * A sink that inserts times into the sealed schedules while the transient runs (for {@code LiveBreakpoints}
     * devices); times not later than the last one handed out by {@link #nextAfter} by more than {@code resolution},
     * or closer than {@code resolution} to a scheduled one of the same kind, are dropped.
     */
    BreakpointSink live(double resolution) {
        return new BreakpointSink() {
            @Override
            public void add(double time) {
                if (inRange(time)) {
                    corners.insert(time, resolution);
                }
            }

            @Override
            public void addSamplePoint(double time) {
                if (inRange(time)) {
                    samples.insert(time, resolution);
                }
            }
        };
    }

    /** A sorted list of times with a cursor at the first one not yet passed. */
    private static final class Schedule {
        double[] times = new double[16];
        int count;
        int next;

        void append(double time) {
            if (count == times.length) {
                times = Arrays.copyOf(times, count * 2);
            }
            times[count++] = time;
        }

        void seal(double resolution) {
            Arrays.sort(times, 0, count);
            int unique = 0;
            for (int i = 0; i < count; i++) {
                if (unique == 0 || times[i] - times[unique - 1] > resolution) {
                    times[unique++] = times[i];
                }
            }
            count = unique;
        }

        double nextAfter(double t, double resolution, double otherwise) {
            while (next < count && times[next] <= t + resolution) {
                next++;
            }
            return next < count ? times[next] : otherwise;
        }

        void insert(double time, double resolution) {
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
        }
    }
}
