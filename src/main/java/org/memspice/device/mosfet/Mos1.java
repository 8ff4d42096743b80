package org.memspice.device.mosfet;

import org.memspice.device.AnalysisMode;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.StepObserver;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.semiconductor.Limiting;
import org.memspice.device.support.BranchStamp;

/**
 * The level-1 MOSFET (Shichman & Hodges, IEEE JSSC 3, 285 (1968)) as ngspice's mos1load.c evaluates it. Voltages
 * are normalised by the type (+1 NMOS, −1 PMOS): vgs, vds, vbs between the gate, the internal drain d' and bulk and
 * the internal source s'. When vds &lt; 0 the device runs in inverse mode with drain and source exchanged.
 * <ul>
 *   <li>threshold: von = VBI + GAMMA·√(PHI − vbs) (linearised √ for vbs &gt; 0), vgst = vgs − von;</li>
 *   <li>saturation (vgst ≤ vds): I = KP·W/Leff·(1 + LAMBDA·vds)·vgst²/2; linear: I = β(1 + λ·vds)·vds·(vgst − vds/2);</li>
 *   <li>bulk-source and bulk-drain junctions: ideal diodes with gmin, depletion charge with MJ/MJSW and FC;</li>
 *   <li>Meyer gate capacitances, integrated as ngspice does: q(t) = q(t−1) + (C(t) + C(t−1))/2·Δv (not a charge
 *       function of the voltages, so the previous accepted point's values are kept by {@link #acceptStep}),
 *       plus the overlap capacitances CGSO·W, CGDO·W, CGBO·Leff.</li>
 * </ul>
 * Newton limiting follows mos1load.c: fetlim on vgs (or vgd in inverse mode), limvds on vds, pnjlim on vbs/vbd.
 */
final class Mos1 implements Device, StepObserver {
    private static final int D = 0;
    private static final int G = 1;
    private static final int S = 2;
    private static final int B = 3;
    private static final double MAX_EXP_ARG = 709.0;

    private final String name;
    private final int drain;
    private final int gate;
    private final int source;
    private final int bulk;
    private final Mos1Model model;
    private final Mos1Model.Geometry geometry;
    private final boolean off;
    private final double gmin;
    private final int type;
    private int drainPrime;
    private int sourcePrime;
    /** Jacobian handles [row][column] over (d', g, s', b). */
    private final int[][] h = new int[4][4];
    private final int[] node = new int[4];
    private BranchStamp drainResistor;
    private BranchStamp sourceResistor;
    private double hotTemperature = Double.NaN;
    private Mos1Model.Hot hot;

    /** Voltages used at the previous load (ngspice's state0), the references of the limiters. */
    private boolean started;
    private double lastVgs;
    private double lastVds;
    private double lastVbs;
    private double lastVon;

    /** Meyer state at the previous accepted time point (ngspice's state1) and at the present load. */
    private final double[] accepted = new double[9];
    private final double[] present = new double[9];
    private final Meyer meyer = new Meyer();
    private final double[] junction = new double[2];
    /** Scratch for the Meyer charges (no allocation while loading). */
    private final double[] half = new double[3];
    private final double[][] halfD = new double[3][3];
    private final double[] overlap = new double[3];
    private final double[] gateVoltages = new double[3];
    private final double[] partials = new double[3];
    /** vgs, vgd, vgb by the normalised (vgs, vds, vbs), and the terminal each gate charge faces. */
    private static final double[][] DV = {{1, 0, 0}, {1, -1, 0}, {1, 0, -1}};
    private static final int[] GATE_TO = {S, D, B};

    Mos1(String name, int drain, int gate, int source, int bulk, Mos1Model model, Mos1Model.Geometry geometry,
         boolean off, double gmin) {
        this.name = name;
        this.drain = drain;
        this.gate = gate;
        this.source = source;
        this.bulk = bulk;
        this.model = model;
        this.geometry = geometry;
        this.off = off;
        this.gmin = gmin;
        this.type = model.type;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isNonlinear() {
        return true;
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        boolean rd = model.rdGiven ? model.rd != 0 : model.rsh != 0;
        boolean rs = model.rsGiven ? model.rs != 0 : model.rsh != 0 && geometry.nrs() != 0;
        drainPrime = rd ? unknowns.internalNode(name, "drain") : drain;
        sourcePrime = rs ? unknowns.internalNode(name, "source") : source;
    }

    @Override
    public void bind(MatrixBinder m) {
        node[D] = drainPrime;
        node[G] = gate;
        node[S] = sourcePrime;
        node[B] = bulk;
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                h[r][c] = m.entry(node[r], node[c]);
            }
        }
        if (drainPrime != drain) {
            drainResistor = new BranchStamp(m, drain, drainPrime);
        }
        if (sourcePrime != source) {
            sourceResistor = new BranchStamp(m, source, sourcePrime);
        }
    }

    @Override
    public void topology(TopologySink sink) {
        sink.conductive(drain, source); // the channel; the gate conducts nothing at DC
        sink.conductive(bulk, source); // bulk junctions
        sink.conductive(bulk, drain);
    }

    @Override
    public void load(LoadContext ctx) {
        if (ctx.temperature() != hotTemperature) {
            hot = model.at(ctx.temperature(), geometry);
            hotTemperature = ctx.temperature();
        }
        double vt = hot.vt;
        double vbsRaw = type * (ctx.x(bulk) - ctx.x(sourcePrime));
        double vgsRaw = type * (ctx.x(gate) - ctx.x(sourcePrime));
        double vdsRaw = type * (ctx.x(drainPrime) - ctx.x(sourcePrime));
        double vbs = vbsRaw;
        double vgs = vgsRaw;
        double vds = vdsRaw;
        boolean limited = false;
        if (ctx.mode() == AnalysisMode.TRANSIENT_INITIAL) {
            // uic: the voltages as given, no limiting
        } else if (!started) {
            // ngspice MODEINITJCT: an "on" device starts at vbs = −1, vgs = VTO, vds = 0
            limited = true;
            if (off) {
                vbs = vgs = vds = 0;
            } else {
                vbs = -1;
                vgs = type * hot.tVto;
                vds = 0;
            }
        } else {
            double vgd = vgs - vds;
            if (lastVds >= 0) {
                double g = Limiting.fetlim(vgs, lastVgs, lastVon);
                if (g != vgs) {
                    limited = true;
                    vgs = g;
                    vds = g - vgd;
                }
                double d = Limiting.limvds(vds, lastVds);
                if (d != vds) {
                    limited = true;
                    vds = d;
                }
            } else {
                double gd = Limiting.fetlim(vgd, lastVgs - lastVds, lastVon);
                boolean moved = false;
                if (gd != vgd) {
                    moved = true;
                    vgd = gd;
                    vds = vgs - gd;
                }
                double d = -Limiting.limvds(-vds, -lastVds);
                if (d != vds) {
                    moved = true;
                    vds = d;
                }
                if (moved) {
                    limited = true;
                    vgs = vgd + vds;
                }
            }
            if (vds >= 0) {
                double b = Limiting.pnjlim(vbs, lastVbs, vt, hot.sourceVcrit);
                if (b != vbs) {
                    limited = true;
                    vbs = b;
                }
            } else {
                double vbd = vbs - vds;
                double b = Limiting.pnjlim(vbd, lastVbs - lastVds, vt, hot.drainVcrit);
                if (b != vbd) {
                    limited = true;
                    vbs = b + vds;
                }
            }
        }
        if (limited) {
            ctx.markLimited();
        }
        started = true;
        double vbd = vbs - vds;
        double vgd = vgs - vds;
        double vgb = vgs - vbs;
        double dvgs = vgsRaw - vgs;
        double dvds = vdsRaw - vds;
        double dvbs = vbsRaw - vbs;

        // bulk junctions (ideal diodes with gmin), normalised currents from bulk into s' and d'
        double cbs;
        double gbs;
        if (vbs <= -3 * vt) {
            gbs = gmin;
            cbs = gbs * vbs - hot.sourceSatCur;
        } else {
            double evbs = Math.exp(Math.min(MAX_EXP_ARG, vbs / vt));
            gbs = hot.sourceSatCur * evbs / vt + gmin;
            cbs = hot.sourceSatCur * (evbs - 1) + gmin * vbs;
        }
        double cbd;
        double gbd;
        if (vbd <= -3 * vt) {
            gbd = gmin;
            cbd = gbd * vbd - hot.drainSatCur;
        } else {
            double evbd = Math.exp(Math.min(MAX_EXP_ARG, vbd / vt));
            gbd = hot.drainSatCur * evbd / vt + gmin;
            cbd = hot.drainSatCur * (evbd - 1) + gmin * vbd;
        }

        // channel, in the orientation of the present mode
        int mode = vds >= 0 ? 1 : -1;
        double vbx = mode == 1 ? vbs : vbd;
        double sarg;
        double dsarg; // d sarg / d vbx
        if (vbx <= 0) {
            sarg = Math.sqrt(hot.tPhi - vbx);
            dsarg = -0.5 / sarg;
        } else {
            double root = Math.sqrt(hot.tPhi);
            sarg = root - vbx / (root + root);
            dsarg = -1 / (root + root);
            if (sarg < 0) {
                sarg = 0;
                dsarg = 0;
            }
        }
        double von = hot.tVbi * type + model.gamma * sarg;
        double dvonDvbx = model.gamma * dsarg;
        double vgst = (mode == 1 ? vgs : vgd) - von;
        double vdsat = Math.max(vgst, 0);
        double vdsm = vds * mode;
        double cdrain;
        double gm;
        double gds;
        if (vgst <= 0) {
            cdrain = gm = gds = 0;
        } else {
            double betap = hot.beta * (1 + model.lambda * vdsm);
            if (vgst <= vdsm) {
                cdrain = betap * vgst * vgst * 0.5;
                gm = betap * vgst;
                gds = model.lambda * hot.beta * vgst * vgst * 0.5;
            } else {
                cdrain = betap * vdsm * (vgst - 0.5 * vdsm);
                gm = betap * vdsm;
                gds = betap * (vgst - vdsm) + model.lambda * hot.beta * vdsm * (vgst - 0.5 * vdsm);
            }
        }
        double gmbs = -gm * dvonDvbx;
        // partials of cdrain by the normalised (vgs, vds, vbs)
        double cG = gm;
        double cD = mode == 1 ? gds : -gm - gds - gmbs;
        double cB = gmbs;
        flow(ctx, D, S, mode * cdrain, mode * cG, mode * cD, mode * cB, dvgs, dvds, dvbs, false);
        flow(ctx, B, S, cbs, 0, 0, gbs, dvgs, dvds, dvbs, false);
        flow(ctx, B, D, cbd, 0, -gbd, gbd, dvgs, dvds, dvbs, false);
        lastVgs = vgs;
        lastVds = vds;
        lastVbs = vbs;
        lastVon = von;

        // bulk junction charges
        model.junctionCharge(vbs, hot.czbs, hot.czbssw, hot.f2s, hot.f3s, hot.f4s, hot, junction);
        flow(ctx, B, S, junction[0], 0, 0, junction[1], dvgs, dvds, dvbs, true);
        model.junctionCharge(vbd, hot.czbd, hot.czbdsw, hot.f2d, hot.f3d, hot.f4d, hot, junction);
        flow(ctx, B, D, junction[0], 0, -junction[1], junction[1], dvgs, dvds, dvbs, true);

        loadMeyer(ctx, mode, vgs, vgd, vgb, vgst, vdsm, dvonDvbx, dvgs, dvds, dvbs);

        if (drainResistor != null) {
            drainResistor.addCurrent(ctx, hot.drainConductance * (ctx.x(drain) - ctx.x(drainPrime)));
            drainResistor.addConductance(ctx, hot.drainConductance);
        }
        if (sourceResistor != null) {
            sourceResistor.addCurrent(ctx, hot.sourceConductance * (ctx.x(source) - ctx.x(sourcePrime)));
            sourceResistor.addConductance(ctx, hot.sourceConductance);
        }
    }

    /**
     * Meyer's gate charges qgs, qgd, qgb (normalised). In a transient q = q(t−1) + C̄·(v − v(t−1)) with
     * C̄ = half(now) + half(t−1) + overlap; at an operating point q = v·(2·half + overlap) (ngspice MODETRANOP).
     */
    private void loadMeyer(LoadContext ctx, int mode, double vgs, double vgd, double vgb, double vgst, double u,
                           double dvonDvbx, double dvgs, double dvds, double dvbs) {
        meyer.evaluate(vgst, u, hot.tPhi, hot.oxideCap);
        // d(vgst)/d(vgs, vds, vbs) and du/d(…), in the present orientation
        double gG = 1;
        double gD = mode == 1 ? 0 : -1 + dvonDvbx;
        double gB = -dvonDvbx;
        double uD = mode;
        // halves by (source side, drain side) of the present orientation → gate-source / gate-drain of the device
        double hs = mode == 1 ? meyer.cgs : meyer.cgd;
        double hd = mode == 1 ? meyer.cgd : meyer.cgs;
        double hsG = mode == 1 ? meyer.cgsG : meyer.cgdG;
        double hsU = mode == 1 ? meyer.cgsU : meyer.cgdU;
        double hdG = mode == 1 ? meyer.cgdG : meyer.cgsG;
        double hdU = mode == 1 ? meyer.cgdU : meyer.cgsU;
        double[] half = this.half;
        half[0] = hs;
        half[1] = hd;
        half[2] = meyer.cgb;
        double[][] halfD = this.halfD;
        halfD[0][0] = hsG * gG;
        halfD[0][1] = hsG * gD + hsU * uD;
        halfD[0][2] = hsG * gB;
        halfD[1][0] = hdG * gG;
        halfD[1][1] = hdG * gD + hdU * uD;
        halfD[1][2] = hdG * gB;
        halfD[2][0] = meyer.cgbG * gG;
        halfD[2][1] = meyer.cgbG * gD + meyer.cgbU * uD;
        halfD[2][2] = meyer.cgbG * gB;
        double[] overlap = this.overlap;
        overlap[0] = hot.gsOverlap;
        overlap[1] = hot.gdOverlap;
        overlap[2] = hot.gbOverlap;
        double[] v = this.gateVoltages;
        v[0] = vgs;
        v[1] = vgd;
        v[2] = vgb;
        double[] p = this.partials;
        boolean inTransient = ctx.mode() == AnalysisMode.TRANSIENT;
        for (int k = 0; k < 3; k++) {
            double q;
            if (inTransient) {
                double c = half[k] + accepted[3 + k] + overlap[k];
                double delta = v[k] - accepted[k];
                q = accepted[6 + k] + c * delta;
                for (int j = 0; j < 3; j++) {
                    p[j] = c * DV[k][j] + delta * halfD[k][j];
                }
            } else {
                double c = 2 * half[k] + overlap[k];
                q = v[k] * c;
                for (int j = 0; j < 3; j++) {
                    p[j] = c * DV[k][j] + v[k] * 2 * halfD[k][j];
                }
            }
            present[k] = v[k];
            present[3 + k] = half[k];
            present[6 + k] = q;
            flow(ctx, G, GATE_TO[k], q, p[0], p[1], p[2], dvgs, dvds, dvbs, true);
        }
        if (!inTransient) {
            System.arraycopy(present, 0, accepted, 0, present.length); // the operating point starts the history
        }
    }

    /** The accepted point's Meyer voltages, half capacitances and charges become the history (ngspice state1). */
    @Override
    public boolean acceptStep(double time, double[] solution) {
        System.arraycopy(present, 0, accepted, 0, present.length);
        return false;
    }

    /**
     * Adds a normalised quantity Q (current when !charge, charge otherwise) flowing from terminal {@code from} to
     * {@code to}, with partials (pG, pD, pB) by the normalised vgs, vds, vbs, linearised from the limited voltages
     * to the iterate's by (dvgs, dvds, dvbs). The type cancels in the Jacobian: v = type·ΔV and Q_actual = type·Q.
     */
    private void flow(LoadContext ctx, int from, int to, double value, double pG, double pD, double pB, double dvgs,
                      double dvds, double dvbs, boolean charge) {
        double actual = type * (value + pG * dvgs + pD * dvds + pB * dvbs);
        double pS = -(pG + pD + pB);
        if (charge) {
            ctx.addQ(node[from], actual);
            ctx.addQ(node[to], -actual);
            addJac(ctx, from, pG, pD, pS, pB, true);
            addJac(ctx, to, -pG, -pD, -pS, -pB, true);
        } else {
            ctx.addF(node[from], actual);
            ctx.addF(node[to], -actual);
            addJac(ctx, from, pG, pD, pS, pB, false);
            addJac(ctx, to, -pG, -pD, -pS, -pB, false);
        }
    }

    private void addJac(LoadContext ctx, int row, double pG, double pD, double pS, double pB, boolean charge) {
        if (charge) {
            ctx.addJacQ(h[row][G], pG);
            ctx.addJacQ(h[row][D], pD);
            ctx.addJacQ(h[row][S], pS);
            ctx.addJacQ(h[row][B], pB);
        } else {
            ctx.addJacF(h[row][G], pG);
            ctx.addJacF(h[row][D], pD);
            ctx.addJacF(h[row][S], pS);
            ctx.addJacF(h[row][B], pB);
        }
    }
}
