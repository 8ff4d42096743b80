package org.memspice.compare;

/**
 * How closely one signal must agree. A transient signal passes when
 * {@code sqrt(∫((ref − test)/(reltol·|ref| + abstol))² dt / T) < 1}; a point of an operating point or DC sweep
 * when the values are equal, both within {@code clip} of zero, or
 * {@code |a − b| < reltol·0.5·(|a| + |b| + |a − b|) + abstol} (with abstol 0, the relative test of FORMATS.md).
 *
 * @param reltol      relative tolerance
 * @param abstol      absolute tolerance in the signal's unit
 * @param peakAbstol  an absolute tolerance as this fraction of the signal's largest |reference| value, for signals
 *                    in units of their own (device states): the larger of the two absolute tolerances applies
 * @param clip        for point data: values within this of zero count as zero; NaN: the absolute tolerance
 * @param skip        not compared (a {@code *COMP … skip} line)
 */
public record Tolerance(double reltol, double abstol, double peakAbstol, double clip, boolean skip) {
    public static final double DEFAULT_RELTOL = 1e-3;
    public static final double DEFAULT_VABSTOL = 1e-6;
    public static final double DEFAULT_IABSTOL = 1e-12;
    public static final double DEFAULT_XPEAK = 1e-6;

    /** The numbers one comparison uses, once the signal's peak is known. */
    public record Resolved(double reltol, double abstol, double clip) {}

    public Resolved resolve(double peak) {
        double abs = Math.max(abstol, peakAbstol * peak);
        return new Resolved(reltol, abs, Double.isNaN(clip) ? abs : clip);
    }

    /** The defaults: reltol 1e-3 (SPICE's), voltages 1e-6 V, currents 1e-12 A, states 1e-6 of their peak. */
    public static Tolerance defaultFor(SignalKind kind) {
        return switch (kind) {
            case VOLTAGE -> new Tolerance(DEFAULT_RELTOL, DEFAULT_VABSTOL, 0, Double.NaN, false);
            case CURRENT -> new Tolerance(DEFAULT_RELTOL, DEFAULT_IABSTOL, 0, Double.NaN, false);
            case STATE -> new Tolerance(DEFAULT_RELTOL, 0, DEFAULT_XPEAK, Double.NaN, false);
        };
    }

    Tolerance withReltol(double r) {
        return new Tolerance(r, abstol, peakAbstol, clip, skip);
    }

    /** An absolute tolerance given explicitly replaces a peak-relative one. */
    Tolerance withAbstol(double a) {
        return new Tolerance(reltol, a, 0, clip, skip);
    }

    Tolerance withClip(double c) {
        return new Tolerance(reltol, abstol, peakAbstol, c, skip);
    }

    Tolerance skipped() {
        return new Tolerance(reltol, abstol, peakAbstol, clip, true);
    }
}
