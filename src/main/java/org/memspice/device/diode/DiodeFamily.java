package org.memspice.device.diode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.netlist.ast.Statement.ModelCard;

/**
 * {@code Dname n+ n- MODEL [area] [off] [area=] [ic=]} with {@code .model NAME D (is rs n tt cjo vj m eg xti fc bv
 * ibv nbv tnom)}: the SPICE3/ngspice junction diode. ngspice-39 itself refuses the positional area; memspice reads
 * both spellings.
 */
public final class DiodeFamily implements DeviceFamily {
    static final ModelParameters.Declaration PARAMETERS = new ModelParameters.Declaration()
            .number("is", 1e-14).number("rs", 0).number("n", 1).number("tt", 0).number("cjo", 0)
            .number("vj", 1).number("m", 0.5).number("eg", 1.11).number("xti", 3).number("fc", 0.5)
            .number("bv", Double.POSITIVE_INFINITY).number("ibv", 1e-3).number("nbv", Double.NaN)
            .number("tnom", Double.NaN).number("kf", 0).number("af", 1)
            .alias("cj0", "cjo").alias("cj", "cjo").alias("pb", "vj").alias("mj", "m").alias("js", "is");

    @Override
    public char letter() {
        return 'd';
    }

    @Override
    public String description() {
        return "diode: Dname n+ n- MODEL [area] [off] [ic=]";
    }

    @Override
    public Set<String> modelTypes() {
        return Set.of("d");
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        int anode = f.node("node n+ (anode)");
        int cathode = f.node("node n- (cathode)");
        Field.Word modelName = f.word("model name");
        ModelCard model = context.model(modelName, "d");
        double area = Double.NaN;
        boolean off = false;
        Double ic = null;
        List<Field> none = new ArrayList<>();
        while (f.hasNext()) {
            Field next = f.peek();
            if (f.acceptKeyword("off")) {
                off = true;
            } else if (next instanceof Field.Assign a && a.lowerKey().equals("area") && !a.hasKeyArgs()) {
                f.next("area");
                area = context.value(a.value());
            } else if (next instanceof Field.Assign a && a.lowerKey().equals("ic") && !a.hasKeyArgs()) {
                f.next("ic");
                ic = context.value(a.value());
            } else if (!(next instanceof Field.Assign) && Double.isNaN(area) && !(next instanceof Field.Word w
                    && Character.isLetter(w.text().charAt(0)))) {
                area = f.value("area");
            } else {
                throw new CardError(next.loc(), card.name() + ": unexpected '" + CardFields.text(next)
                        + "'; expected [area] [off] [area=] [ic=]");
            }
        }
        if (Double.isNaN(area)) {
            area = 1.0;
        } else if (!(area > 0)) {
            throw new CardError(card.loc(), card.name() + ": area must be positive, found " + area);
        }
        ModelParameters p = ModelParameters.resolve(PARAMETERS, model, none, context, card.name());
        DiodeModel m = DiodeModel.from(p, card.loc(), context);
        return new Diode(f.deviceName(), anode, cathode, m, area, off, ic, context.options().gmin());
    }
}
