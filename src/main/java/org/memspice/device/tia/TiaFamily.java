package org.memspice.device.tia;

import java.util.Set;
import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;

/**
 * Transimpedance sense amplifiers: {@code YTIA name in out ref MODEL [param=value …]} with
 * {@code .model NAME tia (rf= a0= gbw= vomin= vomax=)}; see {@link Tia}.
 */
public final class TiaFamily implements DeviceFamily {
    static final ModelParameters.Declaration DECLARATION = new ModelParameters.Declaration()
            .number("rf", 10e3)
            .number("a0", 1e5)
            .number("gbw", 0)
            .number("vomin", Double.NEGATIVE_INFINITY)
            .number("vomax", Double.POSITIVE_INFINITY);

    @Override
    public char letter() {
        return 'y';
    }

    @Override
    public String description() {
        return "transimpedance amplifier: YTIA name in out ref MODEL [rf= a0= gbw= vomin= vomax=]";
    }

    @Override
    public Set<String> modelTypes() {
        return Set.of("tia");
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        int in = f.node("node in");
        int out = f.node("node out");
        int ref = f.node("node ref");
        Field.Word modelName = f.word("model name");
        ModelParameters p = ModelParameters.resolve(DECLARATION, context.model(modelName, "tia"), f.remaining(),
                context, card.name());
        SourceLocation at = card.loc();
        double rf = p.get("rf");
        if (!(rf > 0)) {
            throw p.error("rf", at, "must be > 0, found " + rf);
        }
        double a0 = p.get("a0");
        if (!(a0 > 0) || Double.isInfinite(a0)) {
            throw p.error("a0", at, "must be a finite gain > 0, found " + a0);
        }
        double gbw = p.inRange("gbw", 0, Double.NaN, at);
        double vomin = p.get("vomin");
        double vomax = p.get("vomax");
        if (!(vomax > vomin)) {
            throw p.error("vomax", at, "must exceed vomin (" + vomin + "), found " + vomax);
        }
        return new Tia(f.deviceName(), in, out, ref, rf, a0, gbw, vomin, vomax);
    }
}
