package org.memspice.device.wv;

import org.memspice.device.ModelParameters;
import org.memspice.netlist.SourceLocation;

/**
 * The parameters of a write-verify controller ({@code .model NAME wv (…)} and/or the instance card), checked.
 * Voltages in V, times in s, conductances in S; tol is relative (0.1 = ±10 %).
 */
record WriteVerifySettings(double vread, double tread, double vg, double vgset, double vset, double vsetstep,
                           double vsetmax, double vreset, double vresetstep, double vresetmax, double tpulse,
                           double tedge, double tsettle, double trelax, double delay, double tol, int maxpulses) {

    static final ModelParameters.Declaration DECLARATION = new ModelParameters.Declaration()
            .number("vread", 0.2).number("tread", 10e-6).number("vg", 3.3).number("vgset", Double.NaN)
            .number("vset", 1).number("vsetstep", 0.1).number("vsetmax", Double.NaN)
            .number("vreset", 1).number("vresetstep", 0.1).number("vresetmax", Double.NaN)
            .number("tpulse", 10e-6).number("tedge", 100e-9).number("tsettle", 1e-6).number("trelax", 1e-6)
            .number("delay", 0).number("tol", 0.1).number("maxpulses", 20);

    static WriteVerifySettings of(ModelParameters p, SourceLocation at) {
        double none = Double.NaN;
        double vread = p.get("vread");
        if (!(vread > 0)) {
            throw p.error("vread", at, "must be > 0 (the read conductance is i/vread), found " + vread);
        }
        double vg = p.get("vg");
        double vset = p.inRange("vset", 0, none, at);
        double vreset = p.inRange("vreset", 0, none, at);
        double vsetmax = p.given("vsetmax") ? p.get("vsetmax") : vset;
        double vresetmax = p.given("vresetmax") ? p.get("vresetmax") : vreset;
        if (!(vsetmax >= vset)) {
            throw p.error("vsetmax", at, "= " + vsetmax + " must not be below vset = " + vset);
        }
        if (!(vresetmax >= vreset)) {
            throw p.error("vresetmax", at, "= " + vresetmax + " must not be below vreset = " + vreset);
        }
        for (String t : new String[] {"tread", "tpulse", "tedge", "tsettle", "trelax"}) {
            if (!(p.get(t) > 0)) {
                throw p.error(t, at, "must be > 0, found " + p.get(t));
            }
        }
        double tol = p.get("tol");
        if (!(tol > 0 && tol < 1)) {
            throw p.error("tol", at, "is a relative tolerance in (0, 1), found " + tol);
        }
        double maxpulses = p.inRange("maxpulses", 0, 1e6, at);
        if (maxpulses != Math.rint(maxpulses)) {
            throw p.error("maxpulses", at, "must be a whole number, found " + maxpulses);
        }
        return new WriteVerifySettings(vread, p.get("tread"), vg, p.given("vgset") ? p.get("vgset") : vg, vset,
                p.inRange("vsetstep", 0, none, at), vsetmax, vreset, p.inRange("vresetstep", 0, none, at), vresetmax,
                p.get("tpulse"), p.get("tedge"), p.get("tsettle"), p.get("trelax"), p.inRange("delay", 0, none, at),
                tol, (int) maxpulses);
    }
}
