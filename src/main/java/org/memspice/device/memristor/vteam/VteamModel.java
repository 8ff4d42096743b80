package org.memspice.device.memristor.vteam;

import org.memspice.device.Device;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.device.memristor.MemristorInstance;
import org.memspice.device.memristor.MemristorModelKind;
import org.memspice.device.memristor.team.TeamModel;
import org.memspice.netlist.SourceLocation;

/**
 * {@code .model NAME vteam (ron= roff= von= voff= kon= koff= alphaon= alphaoff= xon= xoff= aon= aoff= wc=
 * window=kvatinsky|none rlaw=linear|exponential x0=)}: the VTEAM voltage-threshold memristor (Kvatinsky et al.
 * 2015). Lengths in metres, speeds in m/s; the state x(ym1) is printed in nm. Defaults: the VTEAM model page
 * of the Technion ASIC2 group as MemTorch ships them (Ron 50 Ω, Roff 1 kΩ, von −0.2 V, voff 0.02 V, kon −10 m/s,
 * koff 0.5 mm/s, αon 3, αoff 1, xon 0, xoff 3 nm); window edges at xon/xoff with wc = 1 pm as in the TEAM
 * benchmark of physics reference §4.
 */
public final class VteamModel implements MemristorModelKind {
    public static final ModelParameters.Declaration PARAMETERS = new ModelParameters.Declaration()
            .number("ron", 50).number("roff", 1e3)
            .number("von", -0.2).number("voff", 0.02)
            .number("kon", -10).number("koff", 5e-4)
            .number("alphaon", 3).number("alphaoff", 1)
            .number("xon", 0).number("xoff", 3e-9)
            .number("aon", 0).number("aoff", 3e-9).number("wc", 1e-12)
            .number("x0", 0)
            .keyword("window", "kvatinsky", "none")
            .keyword("rlaw", "linear", "exponential");

    @Override
    public Device create(MemristorInstance instance, ElaborationContext context) {
        ModelParameters p = ModelParameters.resolve(PARAMETERS, instance.model(), instance.instanceFields(), context,
                instance.displayName());
        SourceLocation at = instance.card().loc();
        double ron = p.inRange("ron", Double.MIN_NORMAL, Double.NaN, at);
        double roff = p.inRange("roff", Double.MIN_NORMAL, Double.NaN, at);
        double von = TeamModel.negative(p, "von", at, "the on-switching threshold voltage (von < 0 < voff)");
        double voff = TeamModel.positive(p, "voff", at, "the off-switching threshold voltage (von < 0 < voff)");
        double kon = p.inRange("kon", Double.NaN, 0, at);
        double koff = p.inRange("koff", 0, Double.NaN, at);
        double alphaOn = p.inRange("alphaon", 1, Double.NaN, at);
        double alphaOff = p.inRange("alphaoff", 1, Double.NaN, at);
        double xon = p.get("xon");
        double xoff = p.get("xoff");
        if (!(xoff != xon)) {
            throw p.error("xoff", at, "must differ from xon (= " + xon + ")");
        }
        boolean windowed = p.keyword("window").equals("kvatinsky");
        double wc = windowed ? p.inRange("wc", Double.MIN_NORMAL, Double.NaN, at) : p.get("wc");
        double nm = VteamMemristor.NM;
        return new VteamMemristor(instance.name(), instance.plus(), instance.minus(), p.get("x0") * nm,
                p.keyword("rlaw").equals("exponential"), windowed, ron, roff, xon * nm, xoff * nm, von, voff,
                kon * nm, koff * nm, alphaOn, alphaOff, p.get("aon") * nm, p.get("aoff") * nm, wc * nm);
    }
}
