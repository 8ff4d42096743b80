package org.memspice.device.source;

import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Statement.ElementCard;

/** {@code Iname n+ n- [DC] i [AC mag] [PULSE|PWL|SIN|EXP(...)]}: current flows from n+ through it to n-. */
public final class CurrentSourceFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'i';
    }

    @Override
    public String description() {
        return "independent current source: Iname n+ n- [DC] i [AC mag] [PULSE|PWL|SIN|EXP(...)]";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        return new CurrentSource(f.deviceName(), a, b, SourceSpec.read(f, card.name()));
    }
}
