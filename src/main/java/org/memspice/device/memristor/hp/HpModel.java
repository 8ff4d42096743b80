package org.memspice.device.memristor.hp;

import org.memspice.device.Device;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.device.memristor.MemristorInstance;
import org.memspice.device.memristor.MemristorModelKind;

/**
 * {@code .model NAME hp (ron= roff= d= uv= x0= window=none|joglekar|biolek|prodromakis p= j=)}: the HP linear
 * ion-drift memristor (Strukov et al., Nature 453, 80 (2008)) with the window functions of Joglekar & Wolf (2009),
 * Biolek et al. (2009) and Prodromakis et al. (2011); physics reference §4.
 */
public final class HpModel implements MemristorModelKind {
    static final ModelParameters.Declaration PARAMETERS = new ModelParameters.Declaration()
            .number("ron", 100).number("roff", 16e3).number("d", 10e-9).number("uv", 1e-14)
            .number("x0", 0.1).number("p", 1).number("j", 1).number("ismooth", 1e-9)
            .keyword("window", "none", "joglekar", "biolek", "prodromakis");

    @Override
    public Device create(MemristorInstance instance, ElaborationContext context) {
        ModelParameters p = ModelParameters.resolve(PARAMETERS, instance.model(), instance.instanceFields(), context,
                instance.displayName());
        var at = instance.card().loc();
        double ron = p.inRange("ron", Double.MIN_NORMAL, Double.NaN, at);
        double roff = p.inRange("roff", Double.MIN_NORMAL, Double.NaN, at);
        double d = p.inRange("d", Double.MIN_NORMAL, Double.NaN, at);
        double x0 = p.inRange("x0", 0, 1, at);
        double exponent = p.inRange("p", 0.5, Double.NaN, at);
        HpMemristor.Window window = HpMemristor.Window.valueOf(p.keyword("window").toUpperCase(java.util.Locale.ROOT));
        return new HpMemristor(instance.name(), instance.plus(), instance.minus(), ron, roff,
                p.inRange("uv", Double.MIN_NORMAL, Double.NaN, at) * ron / (d * d), x0, window, exponent,
                window == HpMemristor.Window.PRODROMAKIS ? p.inRange("j", Double.MIN_NORMAL, Double.NaN, at)
                        : p.get("j"),
                p.inRange("ismooth", Double.MIN_NORMAL, Double.NaN, at));
    }
}
