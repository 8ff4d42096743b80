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

/** {@code Cname n+ n- value [ic=v]}. */
public final class CapacitorFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'c';
    }

    @Override
    public String description() {
        return "capacitor: Cname n+ n- value [ic=v]";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        Double value = f.peek() instanceof Field.Assign ? null : f.value("capacitance");
        Map<String, Double> p = f.parameters(Set.of("c", "ic"));
        if (value == null) {
            value = p.get("c");
        }
        if (value == null || !Double.isFinite(value)) {
            throw new CardError(card.loc(), card.name() + ": expected a finite capacitance value");
        }
        return new Capacitor(f.deviceName(), a, b, value, p.get("ic"));
    }
}
