package org.memspice.device.memristor.yakopcic;

import org.memspice.device.Device;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.device.memristor.MemristorInstance;
import org.memspice.device.memristor.MemristorModelKind;
import org.memspice.netlist.SourceLocation;

/**
 * {@code .model NAME memristor level=3 (…)} with {@code YMEMRISTOR m1 a b NAME xo=0.11}: Yakopcic's model with
 * Xyce's parameter names and defaults (Xyce N_DEV_MemristorYakopcic), so Xyce decks run unchanged. Departures
 * (models/README.md): VN defaults to +0.01 V (a magnitude, as Xyce's own regression deck and the paper use it;
 * Xyce's −0.01 puts the device in motion at 0 V) and XP, XN default to 0.3 and 0.5 (Xyce's 1 divides by 1 − 1).
 */
public final class YakopcicModel implements MemristorModelKind {
    public static final ModelParameters.Declaration PARAMETERS = new ModelParameters.Declaration()
            .number("level", 3)
            .number("eta", 1).number("vp", 1.0e-2).number("vn", 1.0e-2)
            .number("ap", 1).number("an", 1).number("a1", 1).number("a2", 1).number("b", 1)
            .number("alphap", 1).number("alphan", 1).number("xp", 0.3).number("xn", 0.5)
            .number("xscaling", 1)
            .number("resnoise", 0).number("resseed", 0).number("reslambda", 0).number("restd", 0)
            .number("reseptd", 1e-10).number("resdelta", 0).number("resdeltagrad", 0)
            .number("xnoise", 0).number("xseed", 0).number("xlambda", 0).number("xtd", 0)
            .number("xeptd", 1e-10).number("xdelta", 0).number("xdeltagrad", 0)
            .number("xo", 0);

    /** xp, xn: in [0, 1), since the windows divide by 1 − xp and 1 − xn (eqs. 5–6). */
    private static double below1(ModelParameters p, String name, SourceLocation at) {
        double v = p.get(name);
        if (!(v >= 0 && v < 1)) {
            throw p.error(name, at, "= " + v + " is outside [0, 1): the window divides by 1 - " + name);
        }
        return v;
    }

    @Override
    public Device create(MemristorInstance instance, ElaborationContext context) {
        ModelParameters p = ModelParameters.resolve(PARAMETERS, instance.model(), instance.instanceFields(), context,
                instance.displayName());
        SourceLocation at = instance.card().loc();
        for (String noise : new String[] {"resnoise", "xnoise"}) {
            if (p.get(noise) != 0) {
                throw p.error(noise, at, "= " + p.get(noise) + " asks for Xyce's random-telegraph noise, which"
                        + " memspice does not support; use Monte Carlo parameters (agauss …) for variability");
            }
        }
        double vp = p.inRange("vp", 0, Double.NaN, at);
        double vn = p.inRange("vn", 0, Double.NaN, at);
        double ap = p.inRange("ap", 0, Double.NaN, at);
        double an = p.inRange("an", 0, Double.NaN, at);
        double xp = below1(p, "xp", at);
        double xn = below1(p, "xn", at);
        double alphaP = p.inRange("alphap", 0, Double.NaN, at);
        double alphaN = p.inRange("alphan", 0, Double.NaN, at);
        double x0 = p.inRange("xo", 0, 1, at);
        return new YakopcicMemristor(instance.name(), instance.plus(), instance.minus(), x0, 1e-7,
                p.get("a1"), p.get("a2"), p.get("b"), vp, vn, ap, an, xp, xn, alphaP, alphaN, p.get("eta"));
    }
}
