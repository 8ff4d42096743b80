package org.memspice.device.memristor.team;

import org.memspice.device.Device;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.device.memristor.MemristorInstance;
import org.memspice.device.memristor.MemristorModelKind;
import org.memspice.netlist.SourceLocation;

/**
 * {@code .model NAME memristor level=2 (…)}: TEAM with Xyce's parameter names, defaults and window numbering
 * (Xyce N_DEV_MemristorTEAM, reference guide "Memristor Device (YMEMRISTOR)"), so Xyce decks run unchanged.
 * Departures (models/README.md): ION defaults to −8.9 µA (Xyce's +8.9 µA drifts at zero current), the Biolek
 * step and the Prodromakis "+0.75" follow the papers, and {@code xo} (metres) sets the initial state.
 */
public final class TeamModel implements MemristorModelKind {
    public static final ModelParameters.Declaration PARAMETERS = new ModelParameters.Declaration()
            .number("level", 2)
            .number("kon", -8.0e-13).number("koff", 8.0e-13)
            .number("alphaon", 3).number("alphaoff", 3)
            .number("xon", 0).number("xoff", 3.0e-9)
            .number("ron", 50).number("roff", 1.0e3)
            .number("ion", -8.9e-6).number("ioff", 1.15e-4)
            .number("xscaling", 1)
            .number("d", 1.15e-4).number("p", 1.15e-4).number("j", 1.15e-4)
            .number("aon", 0).number("aoff", 3.0e-9).number("wc", 1.07e-12)
            .number("wt", 0)
            .number("resnoise", 0).number("resseed", 0).number("reslambda", 0).number("restd", 0)
            .number("reseptd", 1e-10).number("resdelta", 0).number("resdeltagrad", 0)
            .number("ivrelation", 0)
            .number("xo", 0);

    @Override
    public Device create(MemristorInstance instance, ElaborationContext context) {
        ModelParameters p = ModelParameters.resolve(PARAMETERS, instance.model(), instance.instanceFields(), context,
                instance.displayName());
        SourceLocation at = instance.card().loc();
        double ron = p.inRange("ron", Double.MIN_NORMAL, Double.NaN, at);
        double roff = p.inRange("roff", Double.MIN_NORMAL, Double.NaN, at);
        double ion = negative(p, "ion", at, "the on-switching threshold current (TEAM: ion < 0 < ioff; Xyce's"
                + " default +8.9e-6 would drift at zero current)");
        double ioff = positive(p, "ioff", at, "the off-switching threshold current (TEAM: ion < 0 < ioff)");
        double kon = p.inRange("kon", Double.NaN, 0, at);
        double koff = p.inRange("koff", 0, Double.NaN, at);
        double alphaOn = p.inRange("alphaon", 1, Double.NaN, at);
        double alphaOff = p.inRange("alphaoff", 1, Double.NaN, at);
        double s = p.inRange("xscaling", Double.MIN_NORMAL, Double.NaN, at);
        double xon = p.get("xon");
        double xoff = p.get("xoff");
        if (!(xoff != xon)) {
            throw p.error("xoff", at, "must differ from xon (= " + xon + ")");
        }
        int wt = integer(p, "wt", 0, 4, at);
        int ivrelation = integer(p, "ivrelation", 0, 1, at);
        if (p.get("resnoise") != 0) {
            throw p.error("resnoise", at, "= " + p.get("resnoise") + " asks for Xyce's random-telegraph resistance noise, which"
                    + " memspice does not support; use Monte Carlo parameters (agauss …) for variability");
        }
        TeamMemristor.Window window = TeamMemristor.Window.values()[wt];
        double d = p.get("d");
        double exponent = p.get("p");
        double j = p.get("j");
        if (wt >= 1 && wt <= 3) {
            // Xyce's defaults for D, P and J (1.15e-4, copies of IOFF) make no window: they must be given
            d = p.inRange("d", Double.MIN_NORMAL, Double.NaN, at);
            exponent = p.get("p");
            if (!(exponent >= 0.5)) {
                throw p.error("p", at, "= " + exponent + " must be at least 0.5 for wt=" + wt + " (Xyce's default"
                        + " 1.15e-4 gives no window): set p, and d in the units of the scaled state");
            }
            if (wt == 3) {
                j = p.inRange("j", Double.MIN_NORMAL, Double.NaN, at);
            }
        }
        double wc = wt == 4 ? p.inRange("wc", Double.MIN_NORMAL, Double.NaN, at) : p.get("wc");
        double x0 = p.get("xo") * s;
        double span = Math.abs(xoff - xon) * s;
        return new TeamMemristor(instance.name(), instance.plus(), instance.minus(), x0, 1e-6 * span,
                ivrelation == 1, ron, roff, xon * s, xoff * s, ion, ioff, kon * s, koff * s, alphaOn, alphaOff,
                window, d, exponent, j, p.get("aon") * s, p.get("aoff") * s, wc * s);
    }

    /** A parameter that must be negative, with what it is for. */
    public static double negative(ModelParameters p, String name, SourceLocation at, String what) {
        double v = p.get(name);
        if (!(v < 0)) {
            throw p.error(name, at, "= " + v + " must be negative: " + what);
        }
        return v;
    }

    /** A parameter that must be positive, with what it is for. */
    public static double positive(ModelParameters p, String name, SourceLocation at, String what) {
        double v = p.get(name);
        if (!(v > 0)) {
            throw p.error(name, at, "= " + v + " must be positive: " + what);
        }
        return v;
    }

    /** An integer-valued parameter (Xyce's WT, IVRELATION) within [lo, hi]. */
    public static int integer(ModelParameters p, String name, int lo, int hi, SourceLocation at) {
        double v = p.inRange(name, lo, hi, at);
        if (v != Math.rint(v)) {
            throw p.error(name, at, "= " + v + " must be an integer in [" + lo + ", " + hi + "]");
        }
        return (int) v;
    }
}
