package org.memspice.device.diode;

import org.memspice.device.AnalysisMode;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.semiconductor.Limiting;
import org.memspice.device.support.BranchStamp;

/**
 * The SPICE3 junction diode (ngspice dioload.c): anode a, cathode b, series RS between a and the internal anode
 * {@code d1#internal}. Junction current in three regions (vd = junction voltage, vte = N·vt):
 * <ul>
 *   <li>forward, vd ≥ −3·vte: I = IS·(e^{vd/vte} − 1);</li>
 *   <li>reverse, −BV ≤ vd &lt; −3·vte: I = −IS·(1 + (3·vte/(e·vd))³), SPICE's cubic that meets the exponential with
 *       a continuous value and slope at −3·vte and tends to −IS;</li>
 *   <li>breakdown (BV given), vd &lt; −BV: I = −IS·e^{−(BV + vd)/(NBV·vt)}, BV moved so that I(−BV) = IBV;</li>
 * </ul>
 * plus GMIN·vd in parallel. Charge: TT·I (without GMIN) + depletion charge of CJO with the FC linearisation.
 */
final class Diode implements Device {
    private final String name;
    private final int anode;
    private final int cathode;
    private final DiodeModel model;
    private final double area;
    private final boolean off;
    private final Double initialVoltage;
    private final double gmin;
    private int internal;
    private BranchStamp junction;
    private BranchStamp series;
    private double hotTemperature = Double.NaN;
    private DiodeModel.Hot hot;
    /** The junction voltage used at the previous load (ngspice's state0 vd), the reference of pnjlim. */
    private double lastVd = Double.NaN;
    private final double[] depletion = new double[2];

    Diode(String name, int anode, int cathode, DiodeModel model, double area, boolean off, Double initialVoltage,
          double gmin) {
        this.name = name;
        this.anode = anode;
        this.cathode = cathode;
        this.model = model;
        this.area = area;
        this.off = off;
        this.initialVoltage = initialVoltage;
        this.gmin = gmin;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        internal = model.rs() > 0 ? unknowns.internalNode(name, "internal") : anode;
    }

    @Override
    public void bind(MatrixBinder m) {
        junction = new BranchStamp(m, internal, cathode);
        if (internal != anode) {
            series = new BranchStamp(m, anode, internal);
        }
    }

    @Override
    public void topology(TopologySink sink) {
        sink.conductive(anode, cathode); // the check covers circuit nodes; the internal node sits inside RS
    }

    @Override
    public boolean isNonlinear() {
        return true;
    }

    @Override
    public void load(LoadContext ctx) {
        if (ctx.temperature() != hotTemperature) {
            hot = model.at(ctx.temperature(), area);
            hotTemperature = ctx.temperature();
        }
        double v = ctx.x(internal) - ctx.x(cathode);
        double vd;
        if (ctx.mode() == AnalysisMode.TRANSIENT_INITIAL && initialVoltage != null) {
            vd = initialVoltage; // uic: the junction starts at its ic= (ngspice MODEINITJCT with MODEUIC)
        } else if (Double.isNaN(lastVd)) {
            vd = off ? 0.0 : hot.vcrit(); // ngspice MODEINITJCT: the first iterate starts at vcrit
        } else {
            vd = limit(v, lastVd);
        }
        if (vd != v) {
            ctx.markLimited();
        }
        lastVd = vd;

        // junction current and conductance at vd (without gmin: the diffusion charge uses this one)
        double vte = hot.vte();
        double id;
        double gd;
        if (vd >= -3 * vte) {
            double evd = Math.exp(vd / vte);
            id = hot.satCur() * (evd - 1);
            gd = hot.satCur() * evd / vte;
        } else if (!model.hasBreakdown() || vd >= -hot.breakdownVoltage()) {
            double arg = 3 * vte / (vd * Math.E);
            arg = arg * arg * arg;
            id = -hot.satCur() * (1 + arg);
            gd = hot.satCur() * 3 * arg / vd;
        } else {
            double evrev = Math.exp(-(hot.breakdownVoltage() + vd) / hot.vteBreakdown());
            id = -hot.satCur() * evrev;
            gd = hot.satCur() * evrev / hot.vteBreakdown();
        }
        double dv = v - vd; // f and q are the linearisation at the limited voltage
        double current = id + gmin * vd;
        double conductance = gd + gmin;
        junction.addCurrent(ctx, current + conductance * dv);
        junction.addConductance(ctx, conductance);

        hot.depletion().charge(hot.jctCap(), vd, depletion);
        double charge = hot.transitTime() * id + depletion[0];
        double capacitance = hot.transitTime() * gd + depletion[1];
        junction.addCharge(ctx, charge + capacitance * dv);
        junction.addCapacitance(ctx, capacitance);

        if (series != null) {
            series.addCurrent(ctx, hot.seriesConductance() * (ctx.x(anode) - ctx.x(internal)));
            series.addConductance(ctx, hot.seriesConductance());
        }
    }

    /** pnjlim, in the breakdown region on the mirrored voltage −(vd + BV) with NBV·vt (dioload.c). */
    private double limit(double v, double vold) {
        if (model.hasBreakdown() && v < Math.min(0, -hot.breakdownVoltage() + 10 * hot.vteBreakdown())) {
            double toward = -(v + hot.breakdownVoltage());
            double mirrored = Limiting.pnjlim(toward, -(vold + hot.breakdownVoltage()), hot.vteBreakdown(),
                    hot.vcrit());
            return mirrored == toward ? v : -(mirrored + hot.breakdownVoltage()); // unlimited: v itself, unrounded
        }
        return Limiting.pnjlim(v, vold, hot.vte(), hot.vcrit());
    }
}
