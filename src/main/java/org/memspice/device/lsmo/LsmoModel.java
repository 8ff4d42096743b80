package org.memspice.device.lsmo;

import java.util.List;
import java.util.Locale;
import org.memspice.device.Device;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ModelCard;

/**
 * {@code .model NAME lsmo (rref= tc1= tref= ea= law=linear|polaron)}: Model B of the physics reference (§2), the
 * La0.3Sr0.7MnO3 bottom electrode of seed 001 acting as a built-in series resistor (S1, citing Xu et al., Sci.
 * Rep. 5, 10409 (2015)); ohmic, as S1 Fig. S4 shows a linear I-V from 1 to 5 V. Instanced as a resistor whose
 * value names the model: {@code Rname a b NAME [rref=… tc1=…]}.
 *
 * <ul>
 *   <li>{@code rref} = 6e5 Ω [fit to S1: I(1 V) ~1 µA, LRS(0.2 V) ~1e6 Ω], the resistance at {@code tref};</li>
 *   <li>{@code tref} = 27 °C (SPICE's tnom convention; S1 is measured at room temperature);</li>
 *   <li>{@code law=linear}: R = rref·[1 + tc1·(T − tref)], tc1 = 0 [assume: S1 is isothermal];</li>
 *   <li>{@code law=polaron}: R = rref·(T/tref)·exp[(ea/k)(1/T − 1/tref)], small-polaron hopping in an insulating
 *       manganite, ea = 0.15 eV [assume: reference range 0.1–0.2 eV].</li>
 * </ul>
 */
public final class LsmoModel {
    public static final String TYPE = "lsmo";
    public static final ModelParameters.Declaration PARAMETERS = new ModelParameters.Declaration()
            .number("rref", 6e5).number("tc1", 0).number("tref", 27).number("ea", 0.15)
            .keyword("law", "linear", "polaron")
            .alias("r", "rref");

    private LsmoModel() {}

    /** The element of {@code Rname a b NAME [param=value…]}: the instance fields override the model card. */
    public static Device create(String name, String displayName, int a, int b, ModelCard model,
                                List<Field> instanceFields, ElaborationContext context, SourceLocation at) {
        ModelParameters p = ModelParameters.resolve(PARAMETERS, model, instanceFields, context, displayName);
        double rref = p.inRange("rref", Double.MIN_NORMAL, Double.NaN, at);
        double trefKelvin = p.inRange("tref", -273.15 + 1e-3, Double.NaN, at) + 273.15;
        double ea = p.inRange("ea", 0, 5, at);
        boolean polaron = p.keyword("law").toLowerCase(Locale.ROOT).equals("polaron");
        return new LsmoResistor(name, a, b, rref, p.get("tc1"), trefKelvin, ea, polaron);
    }
}
