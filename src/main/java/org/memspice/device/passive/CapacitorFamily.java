package org.memspice.device.passive;

import java.util.Set;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
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
        PassiveCard c = PassiveCard.read(card, context, "capacitance", Set.of("c"), Set.of("ic"));
        return new Capacitor(c.name(), c.a(), c.b(), c.value(), c.parameters().get("ic"));
    }
}
