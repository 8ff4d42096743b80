package org.memspice.device.controlled;

import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Statement.ElementCard;

/** current-controlled current source: Fname n+ n- vcontrol gain. */
public final class CccsFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'f';
    }

    @Override
    public String description() {
        return "current-controlled current source: Fname n+ n- vcontrol gain";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        ControlledSourceCards.CurrentControlled c = ControlledSourceCards.currentControlled(card, context, "gain");
        return new Cccs(c.name(), c.a(), c.b(), c.controlling(), c.gain());
    }
}
