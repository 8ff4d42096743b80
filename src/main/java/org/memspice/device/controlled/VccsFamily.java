package org.memspice.device.controlled;

import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Statement.ElementCard;

/** voltage-controlled current source: Gname n+ n- nc+ nc- transconductance. */
public final class VccsFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'g';
    }

    @Override
    public String description() {
        return "voltage-controlled current source: Gname n+ n- nc+ nc- transconductance";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        Device behavioural = ControlledSourceCards.behavioural(card, context, false);
        if (behavioural != null) {
            return behavioural;
        }
        ControlledSourceCards.VoltageControlled c = ControlledSourceCards.voltageControlled(card, context, "transconductance");
        return new Vccs(c.name(), c.a(), c.b(), c.c(), c.d(), c.gain());
    }
}
