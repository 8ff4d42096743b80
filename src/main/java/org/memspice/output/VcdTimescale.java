package org.memspice.output;

import java.util.Locale;

/**
 * A VCD time unit, 10^exponent seconds ({@code 1 fs} … {@code 100 s}), and the conversion between seconds and
 * integer ticks. Ticks are computed by multiplying or dividing by an exact power of ten, never by the inexact
 * double 1e-15, so a time that is a whole number of units maps to that number exactly.
 */
public record VcdTimescale(int exponent) {
    /** The finest unit memspice writes (IEEE 1364 stops at fs); readers also accept as and zs. */
    public static final int FINEST_WRITTEN = -15;
    public static final int COARSEST = 2;
    /** The finest unit any reader accepts (zs). */
    static final int FINEST_READ = -21;
    /** Ticks per smallest step aimed for, so that tick rounding moves a time by at most 0.05 % of that step. */
    static final double TICKS_PER_STEP = 1000;
    /** Most ticks a file may reach: GTKWave keeps times in signed 64-bit integers; this leaves a margin. */
    static final double MAX_TICK = 1e18;

    private static final String[] UNITS = {"s", "ms", "us", "ns", "ps", "fs", "as", "zs"};

    public VcdTimescale {
        if (exponent < FINEST_READ || exponent > COARSEST) {
            throw new IllegalArgumentException("time unit 1e" + exponent + " s is outside 1 zs … 100 s");
        }
    }

    /**
     * The unit for a plot whose smallest step between consecutive times is {@code smallestStep} and whose last
     * time is {@code lastTime}: the coarsest power of ten at or below {@code smallestStep / 1000}, but not below
     * 1 fs, and coarser when the last time would otherwise exceed {@link #MAX_TICK} ticks (then steps shorter than
     * a unit merge). {@code smallestStep} is infinite for a plot with fewer than two distinct times.
     */
    public static VcdTimescale choose(double smallestStep, double lastTime) {
        double reference = Double.isFinite(smallestStep) ? smallestStep / TICKS_PER_STEP
                : lastTime > 0 ? lastTime / TICKS_PER_STEP : 0;
        int e = COARSEST;
        // The 1e-9 slack keeps a step of exactly 1e-12 from falling to 100 fs through the inexact double 1e-12.
        while (e > FINEST_WRITTEN && Math.pow(10, e) > reference * (1 + 1e-9)) {
            e--;
        }
        while (e < COARSEST && Math.abs(lastTime) / Math.pow(10, e) > MAX_TICK) {
            e++;
        }
        return new VcdTimescale(e);
    }

    /** The unit in seconds (the nearest double). */
    public double seconds() {
        return exponent >= 0 ? pow10(exponent) : 1 / pow10(-exponent);
    }

    /** The nearest tick to {@code t} seconds. */
    public long tick(double t) {
        return Math.round(exponent <= 0 ? t * pow10(-exponent) : t / pow10(exponent));
    }

    /** Tick {@code k} in seconds, correctly rounded when k·magnitude is below 2^53. */
    public double seconds(long k) {
        return exponent <= 0 ? k / pow10(-exponent) : k * pow10(exponent);
    }

    /** As written after {@code $timescale}: {@code 1 fs}, {@code 10 ps}, {@code 100 ms}. */
    public String text() {
        int unit = Math.min(0, Math.floorDiv(exponent, 3) * 3);
        return (long) pow10(exponent - unit) + " " + UNITS[-unit / 3];
    }

    /** Parses {@code 1 fs}, {@code 10ps}, {@code 100 ms} (case-insensitive); null when it is not a timescale. */
    static VcdTimescale parse(String magnitude, String unit) {
        int m;
        switch (magnitude) {
            case "1":
                m = 0;
                break;
            case "10":
                m = 1;
                break;
            case "100":
                m = 2;
                break;
            default:
                return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        for (int k = 0; k < UNITS.length; k++) {
            if (UNITS[k].equals(u)) {
                int e = m - 3 * k;
                return e <= COARSEST ? new VcdTimescale(e) : null;
            }
        }
        return null;
    }

    /** 10^n for 0 ≤ n ≤ 22, exact. */
    private static double pow10(int n) {
        double p = 1;
        for (int k = 0; k < n; k++) {
            p *= 10; // exact: every 10^k up to 10^22 is a double
        }
        return p;
    }
}
