package org.memspice.device.memristor;

import java.util.List;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.netlist.ast.Statement.ModelCard;

/**
 * A memristor instance as written: its flattened name ({@code ym1}), terminals, model card and the remaining
 * {@code name=value} fields, which override the model's parameters (see {@link org.memspice.device.ModelParameters}).
 */
public record MemristorInstance(String name, int plus, int minus, ModelCard model, List<Field> instanceFields,
                                ElementCard card) {
    /** "YM1", as messages name the device. */
    public String displayName() {
        return card.name();
    }
}
