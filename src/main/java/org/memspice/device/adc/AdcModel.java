package org.memspice.device.adc;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.memspice.device.ModelParameters;
import org.memspice.device.support.ConverterNonlinearity;
import org.memspice.netlist.SourceLocation;

/**
 * The static transfer function and timing of an ADC.
 *
 * <p>With {@code LSB = (vmax − vmin)/2^bits}, the ideal transition into code k (k = 1 … 2^bits − 1) lies at
 * {@code vmin + (k − ½)·LSB} ({@code rounding=round}, mid-tread: code = round((v − vmin)/LSB)) or
 * {@code vmin + k·LSB} ({@code rounding=floor}: code = floor((v − vmin)/LSB)); the actual transition adds
 * {@code INL(k)·LSB} ({@link ConverterNonlinearity}, 0 at the first and last transitions). The converter sees
 * {@code v' = vmin + (1 + gainerr)·(v − vmin) + offset + noise} and returns the number of transitions at or below
 * v': an input exactly on a transition gets the upper code; below the first transition code 0, above the last the
 * top code (clipping).
 *
 * <p>Conversion time, from the sampling instant to the code at the output (IEEE 1241 latency):
 * flash one comparator delay {@code tcomp}; SAR one bit cycle per bit, {@code bits·tbit}; single-slope (ramp) a
 * full count, {@code 2^bits·tcount} (the counter is read when the ramp completes, whatever the code).
 */
final class AdcModel {
    static final ModelParameters.Declaration DECLARATION = new ModelParameters.Declaration()
            .number("bits", 8)
            .number("vmin", 0)
            .number("vmax", 1)
            .keyword("arch", "flash", "sar", "ramp")
            .keyword("rounding", "round", "floor")
            .number("tcomp", 1e-9)
            .number("tbit", 1e-9)
            .number("tcount", 1e-9)
            .number("offset", 0)
            .number("gainerr", 0)
            .number("inl", 0)
            .number("dnl", 0)
            .number("noise", 0)
            .number("period", 0)
            .number("delay", 0)
            .number("vth", 0.5)
            .number("ic", 0);

    final int bits;
    final int codes;
    final double vmin;
    final double lsb;
    final double gain;
    final double offset;
    final double noise;
    final double conversionTime;
    final String arch;
    /** Actual transition levels, index k − 1 for the transition into code k. */
    final double[] transitions;
    private final boolean monotonic;

    AdcModel(ModelParameters p, SourceLocation at, RandomGenerator random) {
        double b = p.inRange("bits", 1, 20, at);
        if (b != Math.rint(b)) {
            throw p.error("bits", at, "must be a whole number, found " + b);
        }
        bits = (int) b;
        codes = 1 << bits;
        vmin = p.get("vmin");
        double vmax = p.get("vmax");
        if (!(vmax > vmin)) {
            throw p.error("vmax", at, "must exceed vmin (" + vmin + "), found " + vmax);
        }
        lsb = (vmax - vmin) / codes;
        gain = 1 + p.get("gainerr");
        if (!(gain > 0)) {
            throw p.error("gainerr", at, "must be > -1, found " + p.get("gainerr"));
        }
        offset = p.get("offset");
        noise = p.inRange("noise", 0, Double.NaN, at);
        arch = p.keyword("arch");
        switch (arch) {
            case "sar":
                conversionTime = bits * p.inRange("tbit", 0, Double.NaN, at);
                break;
            case "ramp":
                conversionTime = codes * p.inRange("tcount", 0, Double.NaN, at);
                break;
            default:
                conversionTime = p.inRange("tcomp", 0, Double.NaN, at);
        }
        double half = p.keyword("rounding").equals("round") ? 0.5 : 0.0;
        double[] inl = ConverterNonlinearity.profile(codes - 1, p.get("inl"), p.inRange("dnl", 0, Double.NaN, at),
                random);
        transitions = new double[codes - 1];
        boolean rising = true;
        for (int k = 1; k < codes; k++) {
            transitions[k - 1] = vmin + (k - half + inl[k - 1]) * lsb;
            rising &= k == 1 || transitions[k - 1] > transitions[k - 2];
        }
        monotonic = rising;
    }

    /** The code for input v (volts, between in and ref) with a noise sample {@code n} (volts, input-referred). */
    int convert(double v, double n) {
        double seen = vmin + gain * (v - vmin) + offset + n;
        if (Double.isNaN(seen)) {
            return 0;
        }
        if (monotonic) {
            // number of transitions <= seen: the insertion point after any equal ones
            int lo = 0;
            int hi = transitions.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (transitions[mid] <= seen) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
        // a non-monotonic converter (DNL below −1 LSB) still counts the comparators that fire, as a flash does
        return (int) Arrays.stream(transitions).filter(t -> t <= seen).count();
    }

    /** The ideal reconstructed voltage of a code (relative to ref). */
    double reconstruct(double code) {
        return vmin + code * lsb;
    }
}
