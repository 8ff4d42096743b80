package org.memspice.device.dac;

import org.apache.commons.math3.random.RandomGenerator;
import org.memspice.device.ModelParameters;
import org.memspice.device.support.ConverterNonlinearity;
import org.memspice.netlist.SourceLocation;

/**
 * The static transfer function of a DAC: code c (0 … 2^bits − 1) gives
 * {@code V(c) = vmin + offset + (1 + gainerr)·(c + INL(c))·LSB} with {@code LSB = (vmax − vmin)/2^bits}
 * (the binary-weighted convention: full scale vmax is one LSB above the top code, so a DAC and an ADC of equal
 * range and bits invert each other), INL in LSB from {@link ConverterNonlinearity} (0 at codes 0 and 2^bits − 1).
 */
final class DacModel {
    static final ModelParameters.Declaration DECLARATION = new ModelParameters.Declaration()
            .number("bits", 8)
            .number("vmin", 0)
            .number("vmax", 1)
            .number("rout", 0)
            .number("trise", 1e-9)
            .number("tfall", 1e-9)
            .number("offset", 0)
            .number("gainerr", 0)
            .number("inl", 0)
            .number("dnl", 0)
            .number("period", 0)
            .number("delay", 0)
            .number("vth", 0.5);

    final int bits;
    final int codes;
    final double vmin;
    final double lsb;
    final double rout;
    final double trise;
    final double tfall;
    final double[] levels;

    DacModel(ModelParameters p, SourceLocation at, RandomGenerator random) {
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
        rout = p.inRange("rout", 0, Double.NaN, at);
        trise = p.get("trise");
        tfall = p.get("tfall");
        if (!(trise > 0)) {
            throw p.error("trise", at, "must be > 0 (an edge is a ramp), found " + trise);
        }
        if (!(tfall > 0)) {
            throw p.error("tfall", at, "must be > 0 (an edge is a ramp), found " + tfall);
        }
        double gain = 1 + p.get("gainerr");
        double offset = p.get("offset");
        double[] inl = ConverterNonlinearity.profile(codes, p.get("inl"), p.inRange("dnl", 0, Double.NaN, at),
                random);
        levels = new double[codes];
        for (int c = 0; c < codes; c++) {
            levels[c] = vmin + offset + gain * (c + inl[c]) * lsb;
        }
    }

    double level(int code) {
        return levels[code];
    }
}
