package org.memspice.device.controlled;

import java.util.List;
import org.memspice.device.Device;
import org.memspice.device.behavioural.BehaviouralSourceFamily;
import org.memspice.netlist.ast.Field;
import org.memspice.device.CardFields;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Statement.ElementCard;

/** The two card shapes of linear controlled sources: by a controlling voltage (E, G) or a controlling current (F, H). */
final class ControlledSourceCards {
    record VoltageControlled(String name, int a, int b, int c, int d, double gain) {}

    record CurrentControlled(String name, int a, int b, String controlling, double gain) {}

    private ControlledSourceCards() {}

    /**
     * The behavioural form {@code Xname n+ n- VALUE={expr}} (PSpice, Xyce) of an E or G card, or null if the card
     * has the linear form.
     */
    static Device behavioural(ElementCard card, ElaborationContext context, boolean voltage) {
        List<Field> fields = card.fields();
        if (fields.size() == 3 && fields.get(2) instanceof Field.Assign a && !a.hasKeyArgs()
                && a.lowerKey().equals("value")) {
            CardFields f = new CardFields(card, context);
            int plus = f.node("node n+");
            int minus = f.node("node n-");
            return BehaviouralSourceFamily.build(card, context, f.deviceName(), plus, minus, voltage, a.value());
        }
        return null;
    }

    static VoltageControlled voltageControlled(ElementCard card, ElaborationContext context, String gainName) {
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        int c = f.node("controlling node nc+");
        int d = f.node("controlling node nc-");
        double gain = f.value(gainName);
        f.expectEnd();
        return new VoltageControlled(f.deviceName(), a, b, c, d, gain);
    }

    static CurrentControlled currentControlled(ElementCard card, ElaborationContext context, String gainName) {
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        String controlling = context.deviceName(f.word("controlling voltage source name").text());
        double gain = f.value(gainName);
        f.expectEnd();
        return new CurrentControlled(f.deviceName(), a, b, controlling, gain);
    }
}
