package org.memspice.device.diode;

import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.device.semiconductor.JunctionPhysics;
import org.memspice.netlist.SourceLocation;

/** A diode {@code .model}'s parameters, validated, and their temperature update (ngspice diotemp.c, tlev = 0). */
record DiodeModel(double is, double rs, double n, double tt, double cjo, double vj, double m, double eg, double xti,
                  double fc, double bv, double ibv, double nbv, double tnomKelvin, double reltol) {

    /** ngspice limits the temperature-adjusted grading coefficient to 0.9 (DIOgradingCoeffMax). */
    static final double GRADING_MAX = 0.9;

    static DiodeModel from(ModelParameters p, SourceLocation at, ElaborationContext context) {
        double n = p.inRange("n", Double.MIN_NORMAL, Double.NaN, at);
        double tnom = p.given("tnom") ? p.inRange("tnom", -273.15, Double.NaN, at) + 273.15
                : context.nominalTemperature();
        if (p.given("bv") && !(p.get("bv") > 0)) {
            throw p.error("bv", at, "= " + p.get("bv") + " must be positive (the breakdown voltage as a magnitude)");
        }
        return new DiodeModel(p.inRange("is", Double.MIN_NORMAL, Double.NaN, at),
                p.inRange("rs", 0, Double.NaN, at), n, p.inRange("tt", 0, Double.NaN, at),
                p.inRange("cjo", 0, Double.NaN, at), p.inRange("vj", Double.MIN_NORMAL, Double.NaN, at),
                p.inRange("m", 0, 0.99, at), p.inRange("eg", 0.1, Double.NaN, at), p.get("xti"),
                p.inRange("fc", 0, 0.95, at), p.get("bv"), p.inRange("ibv", Double.MIN_NORMAL, Double.NaN, at),
                p.given("nbv") ? p.inRange("nbv", Double.MIN_NORMAL, Double.NaN, at) : n, tnom,
                context.options().reltol());
    }

    boolean hasBreakdown() {
        return Double.isFinite(bv);
    }

    /** What the load needs at one temperature, for one instance's area. */
    record Hot(double satCur, double vte, double vteBreakdown, double vcrit, double breakdownVoltage,
               double jctCap, JunctionPhysics.Depletion depletion, double transitTime, double seriesConductance) {}

    /** diotemp.c: IS(T) from EG and XTI, VJ and CJO from the band gap, BV adjusted so that I(−BV) = IBV. */
    Hot at(double temp, double area) {
        double vt = JunctionPhysics.thermalVoltage(temp);
        double vte = n * vt;
        double grading = Math.min(m, GRADING_MAX);

        // junction potential and zero-bias capacitance (tlevc = 0)
        double fact2 = temp / JunctionPhysics.REFTEMP;
        double fact1 = tnomKelvin / JunctionPhysics.REFTEMP;
        double pbfact1 = JunctionPhysics.pbfact(tnomKelvin);
        double pbo = (vj - pbfact1) / fact1;
        double gmaold = (vj - pbo) / pbo;
        double jctCap = cjo * area / (1 + grading * (400e-6 * (tnomKelvin - JunctionPhysics.REFTEMP) - gmaold));
        double jctPot = JunctionPhysics.pbfact(temp) + fact2 * pbo;
        double gmanew = (jctPot - pbo) / pbo;
        jctCap *= 1 + grading * (400e-6 * (temp - JunctionPhysics.REFTEMP) - gmanew);
        if (fc * jctPot > 1.0) {
            jctPot = 1.0 / fc; // ngspice: "junction potential VJ too large, limited to 1/FC"
        }

        // saturation current: IS·exp((T/Tnom − 1)·EG/(N·vt) + XTI/N·ln(T/Tnom))
        double satCur = is * area * Math.exp((temp / tnomKelvin - 1) * eg / vte + xti / n * Math.log(temp / tnomKelvin));
        double vcrit = vte * Math.log(vte / (JunctionPhysics.ROOT2 * satCur));

        // breakdown voltage moved so that the breakdown exponential carries IBV at −BV (fixed-point iteration)
        double xbv = Double.POSITIVE_INFINITY;
        if (hasBreakdown()) {
            double cbv = ibv;
            if (cbv < satCur * bv / vt) {
                xbv = bv;
            } else {
                double tol = reltol * cbv;
                xbv = bv - nbv * vt * Math.log(1 + cbv / satCur);
                for (int iter = 0; iter < 25; iter++) {
                    xbv = bv - nbv * vt * Math.log(cbv / satCur + 1 - xbv / vt);
                    double xcbv = satCur * (Math.exp((bv - xbv) / (nbv * vt)) - 1 + xbv / vt);
                    if (Math.abs(xcbv - cbv) <= tol) {
                        break;
                    }
                }
            }
        }
        return new Hot(satCur, vte, nbv * vt, vcrit, xbv, jctCap, JunctionPhysics.Depletion.of(jctPot, grading, fc),
                tt, rs > 0 ? area / rs : 0.0);
    }

}
