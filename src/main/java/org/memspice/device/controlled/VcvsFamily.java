package org.memspice.device.controlled;

import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Statement.ElementCard;

/** voltage-controlled voltage source: Ename n+ n- nc+ nc- gain. */
public final class VcvsFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'e';
    }

    @Override
    public String description() {
        return "voltage-controlled voltage source: Ename n+ n- nc+ nc- gain";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        Device behavioural = ControlledSourceCards.behavioural(card, context, true);
        if (behavioural != null) {
            return behavioural;
        }
        ControlledSourceCards.VoltageControlled c = ControlledSourceCards.voltageControlled(card, context, "gain");
        return new Vcvs(c.name(), c.a(), c.b(), c.c(), c.d(), c.gain());
    }
}
