package org.memspice.device.passive;

import java.util.Set;
import org.memspice.device.CardError;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Statement.ElementCard;

/** {@code Rname n+ n- value [tc1=…] [tc2=…]} or {@code Rname n+ n- r=value …}. */
public final class ResistorFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'r';
    }

    @Override
    public String description() {
        return "resistor: Rname n+ n- value [tc1=] [tc2=]";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        PassiveCard c = PassiveCard.read(card, context, "resistance", Set.of("r", "resistance"),
                Set.of("tc1", "tc2"));
        if (c.value() == 0.0) {
            throw new CardError(card.loc(), card.name() + ": resistance must be nonzero");
        }
        return new Resistor(c.name(), c.a(), c.b(), c.value(), c.parameters().getOrDefault("tc1", 0.0),
                c.parameters().getOrDefault("tc2", 0.0), context.nominalTemperature());
    }
}
