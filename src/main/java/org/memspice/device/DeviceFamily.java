package org.memspice.device;

import org.memspice.netlist.ast.Statement.ElementCard;

/** Builds devices of one element letter from their cards; registered once in {@link DeviceRegistry}. */
public interface DeviceFamily {
    /** Lower-case element letter, e.g. {@code 'r'}. */
    char letter();

    /** One-line description for help and "did you mean" messages. */
    String description();

    /** The {@code .model} types this family reads (lower case), so that an unknown type gets a "did you mean". */
    default java.util.Set<String> modelTypes() {
        return java.util.Set.of();
    }

    /** @throws CardError for anything wrong on the card, located at the offending field */
    Device create(ElementCard card, ElaborationContext context);
}
