package org.memspice.device.passive;

import java.util.Map;
import java.util.Set;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;

/** {@code Lname n+ n- value [ic=i]}. */
public final class InductorFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'l';
    }

    @Override
    public String description() {
        return "inductor: Lname n+ n- value [ic=i]";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        Double value = f.peek() instanceof Field.Assign ? null : f.value("inductance");
        Map<String, Double> p = f.parameters(Set.of("l", "ic"));
        if (value == null) {
            value = p.get("l");
        }
        if (value == null || !Double.isFinite(value)) {
            throw new CardError(card.loc(), card.name() + ": expected a finite inductance value");
        }
        return new Inductor(f.deviceName(), a, b, value, p.get("ic"));
    }
}
