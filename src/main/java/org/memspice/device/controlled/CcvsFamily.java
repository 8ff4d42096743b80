package org.memspice.device.controlled;

import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Statement.ElementCard;

/** current-controlled voltage source: Hname n+ n- vcontrol transresistance. */
public final class CcvsFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'h';
    }

    @Override
    public String description() {
        return "current-controlled voltage source: Hname n+ n- vcontrol transresistance";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        ControlledSourceCards.CurrentControlled c = ControlledSourceCards.currentControlled(card, context, "transresistance");
        return new Ccvs(c.name(), c.a(), c.b(), c.controlling(), c.gain());
    }
}
