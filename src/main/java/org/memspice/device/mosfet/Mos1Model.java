package org.memspice.device.mosfet;

import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.device.semiconductor.JunctionPhysics;
import org.memspice.netlist.SourceLocation;

/**
 * A level-1 MOSFET {@code .model NAME NMOS|PMOS (level=1 …)} with ngspice's names and defaults (mos1set.c), and its
 * preprocessing and temperature update (mos1temp.c): KP from UO·Cox when TOX is given without KP; PHI, GAMMA and
 * VTO from NSUB; band-gap laws for PHI, VBI, IS, PB and the junction capacitances; KP ∝ (T/Tnom)^−1.5.
 */
final class Mos1Model {
    static final ModelParameters.Declaration PARAMETERS = new ModelParameters.Declaration()
            .number("level", 1).number("vto", 0).number("kp", 2e-5).number("gamma", 0).number("phi", 0.6)
            .number("lambda", 0).number("rd", 0).number("rs", 0).number("cbd", 0).number("cbs", 0)
            .number("is", 1e-14).number("pb", 0.8).number("cgso", 0).number("cgdo", 0).number("cgbo", 0)
            .number("rsh", 0).number("cj", 0).number("mj", 0.5).number("cjsw", 0).number("mjsw", 0.5)
            .number("js", 0).number("tox", 0).number("ld", 0).number("uo", 600).number("fc", 0.5)
            .number("nsub", 0).number("tpg", 1).number("nss", 0).number("tnom", Double.NaN)
            .number("kf", 0).number("af", 1)
            .alias("vt0", "vto").alias("u0", "uo");

    /** 3.9·ε0 (ngspice's oxide permittivity) and 11.7·ε0 (silicon). */
    private static final double EPS_OX = 3.9 * 8.854214871e-12;
    private static final double EPS_SI = 11.70 * 8.854214871e-12;

    final int type;
    final double vto;
    final double kp;
    final double gamma;
    final double phi;
    final double lambda;
    final double rd;
    final double rs;
    final boolean rdGiven;
    final boolean rsGiven;
    final double rsh;
    final double cbd;
    final double cbs;
    final boolean cbdGiven;
    final boolean cbsGiven;
    final double is;
    final double pb;
    final double cgso;
    final double cgdo;
    final double cgbo;
    final double cj;
    final boolean cjGiven;
    final double mj;
    final double cjsw;
    final boolean cjswGiven;
    final double mjsw;
    final double js;
    final double ld;
    final double fc;
    final double oxideCapFactor;
    final double tnom;

    Mos1Model(ModelParameters p, int type, SourceLocation at, ElaborationContext context) {
        this.type = type;
        if (p.get("level") != 1) {
            throw p.error("level", at, "= " + p.get("level") + ": only the level-1 (Shichman-Hodges) MOSFET exists");
        }
        tnom = p.given("tnom") ? p.inRange("tnom", -273.15, Double.NaN, at) + 273.15 : context.nominalTemperature();
        double vtnom = JunctionPhysics.thermalVoltage(tnom);
        double egfet1 = JunctionPhysics.bandGap(tnom);
        double tox = p.inRange("tox", 0, Double.NaN, at);
        double kpv = p.inRange("kp", 0, Double.NaN, at);
        double phiv = p.inRange("phi", Double.MIN_NORMAL, Double.NaN, at);
        double gammav = p.inRange("gamma", 0, Double.NaN, at);
        double vtov = p.get("vto");
        double uo = p.inRange("uo", 0, Double.NaN, at);
        if (!p.given("tox") || tox == 0) {
            oxideCapFactor = 0;
        } else {
            oxideCapFactor = EPS_OX / tox;
            if (!p.given("kp")) {
                kpv = uo * oxideCapFactor * 1e-4; // uo in cm²/Vs
            }
            if (p.given("nsub")) {
                double nsub = p.get("nsub");
                if (!(nsub * 1e6 > 1.45e16)) {
                    throw p.error("nsub", at, "= " + nsub + " cm^-3 is below the intrinsic density 1.45e10 cm^-3");
                }
                if (!p.given("phi")) {
                    phiv = Math.max(0.1, 2 * vtnom * Math.log(nsub * 1e6 / 1.45e16));
                }
                double fermis = type * 0.5 * phiv;
                double wkfng = 3.2;
                double tpg = p.get("tpg");
                if (tpg != 0) {
                    double fermig = type * tpg * 0.5 * egfet1;
                    wkfng = 3.25 + 0.5 * egfet1 - fermig;
                }
                double wkfngs = wkfng - (3.25 + 0.5 * egfet1 + fermis);
                if (!p.given("gamma")) {
                    gammav = Math.sqrt(2 * EPS_SI * JunctionPhysics.CHARGE * nsub * 1e6) / oxideCapFactor;
                }
                if (!p.given("vto")) {
                    double vfb = wkfngs - p.get("nss") * 1e4 * JunctionPhysics.CHARGE / oxideCapFactor;
                    vtov = vfb + type * (gammav * Math.sqrt(phiv) + phiv);
                }
            }
        }
        vto = vtov;
        kp = kpv;
        gamma = gammav;
        phi = phiv;
        lambda = p.get("lambda");
        rd = p.inRange("rd", 0, Double.NaN, at);
        rs = p.inRange("rs", 0, Double.NaN, at);
        rdGiven = p.given("rd");
        rsGiven = p.given("rs");
        rsh = p.inRange("rsh", 0, Double.NaN, at);
        cbd = p.inRange("cbd", 0, Double.NaN, at);
        cbs = p.inRange("cbs", 0, Double.NaN, at);
        cbdGiven = p.given("cbd");
        cbsGiven = p.given("cbs");
        is = p.inRange("is", 0, Double.NaN, at);
        pb = p.inRange("pb", Double.MIN_NORMAL, Double.NaN, at);
        cgso = p.inRange("cgso", 0, Double.NaN, at);
        cgdo = p.inRange("cgdo", 0, Double.NaN, at);
        cgbo = p.inRange("cgbo", 0, Double.NaN, at);
        cj = p.inRange("cj", 0, Double.NaN, at);
        cjGiven = p.given("cj");
        mj = p.inRange("mj", 0, 0.99, at);
        cjsw = p.inRange("cjsw", 0, Double.NaN, at);
        cjswGiven = p.given("cjsw");
        mjsw = p.inRange("mjsw", 0, 0.99, at);
        js = p.inRange("js", 0, Double.NaN, at);
        ld = p.inRange("ld", 0, Double.NaN, at);
        fc = p.inRange("fc", 0, 0.95, at);
    }

    /** The geometry of one instance. */
    record Geometry(double l, double w, double ad, double as, double pd, double ps, double nrd, double nrs,
                    double m) {}

    /** What the load needs at one temperature for one instance (mos1temp.c, with the load's per-instance terms). */
    static final class Hot {
        double vt;
        double tPhi;
        double tVbi;
        double tVto;
        double beta;
        double oxideCap;
        double gsOverlap;
        double gdOverlap;
        double gbOverlap;
        double drainSatCur;
        double sourceSatCur;
        double drainVcrit;
        double sourceVcrit;
        double tBulkPot;
        double tDepCap;
        double czbd;
        double czbdsw;
        double czbs;
        double czbssw;
        double f2d;
        double f3d;
        double f4d;
        double f2s;
        double f3s;
        double f4s;
        double drainConductance;
        double sourceConductance;
    }

    Hot at(double temp, Geometry g) {
        Hot h = new Hot();
        double vt = JunctionPhysics.thermalVoltage(temp);
        double vtnom = JunctionPhysics.thermalVoltage(tnom);
        double ratio = temp / tnom;
        double fact1 = tnom / JunctionPhysics.REFTEMP;
        double fact2 = temp / JunctionPhysics.REFTEMP;
        double egfet = JunctionPhysics.bandGap(temp);
        double egfet1 = JunctionPhysics.bandGap(tnom);
        double pbfact = JunctionPhysics.pbfact(temp);
        double pbfact1 = JunctionPhysics.pbfact(tnom);
        h.vt = vt;
        double ratio4 = ratio * Math.sqrt(ratio);
        double tKp = kp / ratio4;
        double phio = (phi - pbfact1) / fact1;
        h.tPhi = fact2 * phio + pbfact;
        h.tVbi = vto - type * (gamma * Math.sqrt(phi)) + 0.5 * (egfet1 - egfet) + type * 0.5 * (h.tPhi - phi);
        h.tVto = h.tVbi + type * gamma * Math.sqrt(h.tPhi);
        double tSatCur = is * Math.exp(-egfet / vt + egfet1 / vtnom);
        double tSatCurDens = js * Math.exp(-egfet / vt + egfet1 / vtnom);
        double pbo = (pb - pbfact1) / fact1;
        double gmaold = (pb - pbo) / pbo;
        double capfact = 1 / (1 + mj * (4e-4 * (tnom - JunctionPhysics.REFTEMP) - gmaold));
        double tCbd = cbd * capfact;
        double tCbs = cbs * capfact;
        double tCj = cj * capfact;
        capfact = 1 / (1 + mjsw * (4e-4 * (tnom - JunctionPhysics.REFTEMP) - gmaold));
        double tCjsw = cjsw * capfact;
        h.tBulkPot = fact2 * pbo + pbfact;
        double gmanew = (h.tBulkPot - pbo) / pbo;
        capfact = 1 + mj * (4e-4 * (temp - JunctionPhysics.REFTEMP) - gmanew);
        tCbd *= capfact;
        tCbs *= capfact;
        tCj *= capfact;
        tCjsw *= 1 + mjsw * (4e-4 * (temp - JunctionPhysics.REFTEMP) - gmanew);
        h.tDepCap = fc * h.tBulkPot;

        double leff = g.l() - 2 * ld;
        h.beta = tKp * g.m() * g.w() / leff;
        h.oxideCap = oxideCapFactor * leff * g.m() * g.w();
        h.gsOverlap = cgso * g.m() * g.w();
        h.gdOverlap = cgdo * g.m() * g.w();
        h.gbOverlap = cgbo * g.m() * leff;
        if (tSatCurDens == 0 || g.ad() == 0 || g.as() == 0) {
            h.drainSatCur = h.sourceSatCur = g.m() * tSatCur;
            h.drainVcrit = h.sourceVcrit = vt * Math.log(vt / (JunctionPhysics.ROOT2 * g.m() * tSatCur));
        } else {
            h.drainSatCur = tSatCurDens * g.m() * g.ad();
            h.sourceSatCur = tSatCurDens * g.m() * g.as();
            h.drainVcrit = vt * Math.log(vt / (JunctionPhysics.ROOT2 * h.drainSatCur));
            h.sourceVcrit = vt * Math.log(vt / (JunctionPhysics.ROOT2 * h.sourceSatCur));
        }
        h.czbd = cbdGiven ? tCbd * g.m() : cjGiven ? tCj * g.m() * g.ad() : 0;
        h.czbdsw = cjswGiven ? tCjsw * g.pd() * g.m() : 0;
        h.czbs = cbsGiven ? tCbs * g.m() : cjGiven ? tCj * g.as() * g.m() : 0;
        h.czbssw = cjswGiven ? tCjsw * g.ps() * g.m() : 0;
        double arg = 1 - fc;
        double sarg = Math.exp(-mj * Math.log(arg));
        double sargsw = Math.exp(-mjsw * Math.log(arg));
        h.f2d = h.czbd * (1 - fc * (1 + mj)) * sarg / arg + h.czbdsw * (1 - fc * (1 + mjsw)) * sargsw / arg;
        h.f3d = h.czbd * mj * sarg / arg / h.tBulkPot + h.czbdsw * mjsw * sargsw / arg / h.tBulkPot;
        h.f4d = h.czbd * h.tBulkPot * (1 - arg * sarg) / (1 - mj) + h.czbdsw * h.tBulkPot * (1 - arg * sargsw)
                / (1 - mjsw) - h.f3d / 2 * (h.tDepCap * h.tDepCap) - h.tDepCap * h.f2d;
        h.f2s = h.czbs * (1 - fc * (1 + mj)) * sarg / arg + h.czbssw * (1 - fc * (1 + mjsw)) * sargsw / arg;
        h.f3s = h.czbs * mj * sarg / arg / h.tBulkPot + h.czbssw * mjsw * sargsw / arg / h.tBulkPot;
        h.f4s = h.czbs * h.tBulkPot * (1 - arg * sarg) / (1 - mj) + h.czbssw * h.tBulkPot * (1 - arg * sargsw)
                / (1 - mjsw) - h.f3s / 2 * (h.tDepCap * h.tDepCap) - h.tDepCap * h.f2s;
        h.drainConductance = rdGiven ? (rd != 0 ? g.m() / rd : 0) : rsh != 0 ? g.m() / (rsh * g.nrd()) : 0;
        h.sourceConductance = rsGiven ? (rs != 0 ? g.m() / rs : 0)
                : rsh != 0 && g.nrs() != 0 ? g.m() / (rsh * g.nrs()) : 0;
        return h;
    }

    /**
     * Bulk junction depletion charge and capacitance into out = {q, C} (mos1load.c): bottom (MJ) and sidewall (MJSW)
     * parts below FC·PB, the quadratic continuation f4 + v·(f2 + v·f3/2) above.
     */
    void junctionCharge(double v, double czb, double czbsw, double f2, double f3, double f4, Hot h, double[] out) {
        if (czb == 0 && czbsw == 0) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        if (v < h.tDepCap) {
            double arg = 1 - v / h.tBulkPot;
            double sarg = Math.exp(-mj * Math.log(arg));
            double sargsw = Math.exp(-mjsw * Math.log(arg));
            out[0] = h.tBulkPot * (czb * (1 - arg * sarg) / (1 - mj) + czbsw * (1 - arg * sargsw) / (1 - mjsw));
            out[1] = czb * sarg + czbsw * sargsw;
        } else {
            out[0] = f4 + v * (f2 + v * (f3 / 2));
            out[1] = f2 + f3 * v;
        }
    }
}
