package org.memspice.device.passive;

import java.util.Set;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
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
        PassiveCard c = PassiveCard.read(card, context, "inductance", Set.of("l"), Set.of("ic"));
        return new Inductor(c.name(), c.a(), c.b(), c.value(), c.parameters().get("ic"));
    }
}
