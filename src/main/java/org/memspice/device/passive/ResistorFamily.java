package org.memspice.device.passive;

import java.util.Set;
import org.memspice.device.CardError;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.CardFields;
import org.memspice.device.ElaborationContext;
import org.memspice.device.lsmo.LsmoModel;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.parse.SpiceNumber;
import org.memspice.netlist.ast.Statement.ElementCard;

/**
 * {@code Rname n+ n- value [tc1=…] [tc2=…]} or {@code Rname n+ n- r=value …}; {@code Rname n+ n- MODEL [param=…]}
 * when the value is the name of a {@code .model} (only type {@code lsmo} so far).
 */
public final class ResistorFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'r';
    }

    @Override
    public String description() {
        return "resistor: Rname n+ n- value [tc1=] [tc2=]";
    }

    /** The LSMO series element of the ECM issue is a resistor with a model (see {@link LsmoModel}). */
    @Override
    public Set<String> modelTypes() {
        return Set.of(LsmoModel.TYPE);
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        Device modelled = modelledResistor(card, context);
        if (modelled != null) {
            return modelled;
        }
        PassiveCard c = PassiveCard.read(card, context, "resistance", Set.of("r", "resistance"),
                Set.of("tc1", "tc2"));
        if (c.value() == 0.0) {
            throw new CardError(card.loc(), card.name() + ": resistance must be nonzero");
        }
        return new Resistor(c.name(), c.a(), c.b(), c.value(), c.parameters().getOrDefault("tc1", 0.0),
                c.parameters().getOrDefault("tc2", 0.0), context.nominalTemperature());
    }

    /** A resistor whose third field is not a number but names a model card: the model's element, else null. */
    private static Device modelledResistor(ElementCard card, ElaborationContext context) {
        if (card.fields().size() < 3 || !(card.fields().get(2) instanceof Field.Word w)
                || SpiceNumber.tryParse(w.text()).isPresent()) {
            return null;
        }
        try {
            context.model(w);
        } catch (CardError noSuchModel) {
            return null; // a parameter name or a mistake: the value path reports it
        }
        context.model(w, LsmoModel.TYPE); // a model of another type is an error located at its name
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        f.word("model name");
        return LsmoModel.create(f.deviceName(), card.name(), a, b, context.model(w, LsmoModel.TYPE), f.remaining(),
                context, card.loc());
    }
}
