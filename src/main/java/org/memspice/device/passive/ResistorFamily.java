package org.memspice.device.passive;

import java.util.Map;
import java.util.Set;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
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
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        Double value = f.peek() instanceof org.memspice.netlist.ast.Field.Assign ? null : f.value("resistance");
        Map<String, Double> p = f.parameters(Set.of("r", "resistance", "tc1", "tc2"));
        if (value == null) {
            value = p.containsKey("r") ? p.get("r") : p.get("resistance");
        }
        if (value == null) {
            throw new CardError(card.loc(), card.name() + ": expected a resistance value");
        }
        if (value == 0.0 || !Double.isFinite(value)) {
            throw new CardError(card.loc(), card.name() + ": resistance must be finite and nonzero, got " + value);
        }
        return new Resistor(f.deviceName(), a, b, value, p.getOrDefault("tc1", 0.0), p.getOrDefault("tc2", 0.0),
                context.nominalTemperature());
    }
}
