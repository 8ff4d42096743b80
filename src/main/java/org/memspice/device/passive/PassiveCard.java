package org.memspice.device.passive;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;

/**
 * The card shape R, C and L share: {@code Xname n+ n- value [name=value …]}, where the value may also be given as
 * a parameter ({@code r=1k}, {@code c=1p}, {@code l=1u}).
 */
record PassiveCard(String name, int a, int b, double value, Map<String, Double> parameters) {

    static PassiveCard read(ElementCard card, ElaborationContext context, String quantity, Set<String> valueKeys,
                            Set<String> otherKeys) {
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        Double value = f.peek() instanceof Field.Assign ? null : f.value(quantity);
        Set<String> allowed = new HashSet<>(valueKeys);
        allowed.addAll(otherKeys);
        Map<String, Double> p = f.parameters(allowed);
        for (String key : valueKeys) {
            if (value == null) {
                value = p.get(key);
            }
        }
        if (value == null || !Double.isFinite(value)) {
            throw new CardError(card.loc(), card.name() + ": expected a finite " + quantity + " value");
        }
        return new PassiveCard(f.deviceName(), a, b, value, p);
    }
}
