package org.memspice.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.memspice.analysis.TransientProgress;

/**
 * Draws a transient's progress on one terminal line, redrawn in place with {@code \r}: first after half a second
 * (short runs print nothing), then at most four times a second, and erased when the transient ends. At an
 * accepted point it only counts down; it reads the clock every {@code stride} points, with the stride adapted so
 * that reads come about every 50 ms whatever the step rate. No text is built between draws.
 */
final class TerminalProgress implements TransientProgress {
    static final long FIRST_DRAW_NANOS = 500_000_000L;
    static final long REDRAW_NANOS = 250_000_000L;
    static final long CHECK_NANOS = 50_000_000L;
    private static final long MAX_STRIDE = 1 << 20;

    private final PrintWriter out;
    private final LongSupplier clock;
    private String prefix = "";
    private double tstop;
    private long start;
    private long lastCheck;
    private long lastDraw;
    private long stride;
    private long countdown;
    /** Width of the line on screen, 0 when nothing is shown. */
    private int shown;

    TerminalProgress(PrintWriter out, LongSupplier nanoClock) {
        this.out = out;
        this.clock = nanoClock;
    }

    /** Shown before the line: the step of a sweep ({@code "step 3/10 r=2k: "}), or empty. */
    void prefix(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void started(double tstart, double tstop) {
        this.tstop = tstop;
        start = clock.getAsLong();
        lastCheck = start;
        lastDraw = start;
        stride = 1;
        countdown = 1;
    }

    @Override
    public void accepted(double time, long acceptedSteps, long rejectedSteps) {
        if (--countdown > 0) {
            return;
        }
        long now = clock.getAsLong();
        long since = now - lastCheck;
        // aim the next read CHECK_NANOS ahead, changing the stride at most fourfold per read
        long next = since <= 0 ? stride * 4 : stride * CHECK_NANOS / since;
        stride = Math.max(1, Math.min(MAX_STRIDE, Math.max(stride / 4, Math.min(stride * 4, next))));
        countdown = stride;
        lastCheck = now;
        if (now - start >= FIRST_DRAW_NANOS && (shown == 0 || now - lastDraw >= REDRAW_NANOS)) {
            draw(ProgressLine.format(prefix, time, tstop, acceptedSteps, rejectedSteps, (now - start) * 1e-9));
            lastDraw = now;
        }
    }

    @Override
    public void finished() {
        clear();
    }

    /** Erases the line, so that what is printed next starts on a clean line. */
    void clear() {
        if (shown > 0) {
            out.print("\r" + " ".repeat(shown) + "\r");
            out.flush();
            shown = 0;
        }
    }

    private void draw(String line) {
        out.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        out.flush();
        shown = Math.max(shown, line.length());
    }
}
