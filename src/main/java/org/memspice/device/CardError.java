package org.memspice.device;

import org.memspice.netlist.SourceLocation;

/**
 * A problem with one card found while building a device or analysis from it. The elaborator turns it into a
 * diagnostic quoting the line and goes on with the next card, so every bad line is reported once.
 */
public class CardError extends RuntimeException {
    private final SourceLocation location;

    public CardError(SourceLocation location, String message) {
        super(message, null, false, false);
        this.location = location;
    }

    public SourceLocation location() {
        return location;
    }
}
