package org.memspice.device.source;

import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Statement.ElementCard;

/** {@code Vname n+ n- [DC] v [AC mag] [PULSE|PWL|SIN|EXP(...)]}. */
public final class VoltageSourceFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'v';
    }

    @Override
    public String description() {
        return "independent voltage source: Vname n+ n- [DC] v [AC mag] [PULSE|PWL|SIN|EXP(...)]";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        return new VoltageSource(f.deviceName(), a, b, SourceSpec.read(f, card.name()));
    }
}
