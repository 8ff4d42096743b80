package org.memspice.compare;

import java.util.Locale;
import org.memspice.output.VariableType;

/** What a compared vector measures, which decides its default tolerance. */
public enum SignalKind {
    VOLTAGE, CURRENT,
    /** Device states, converter codes and anything else in its own units (gap in nm, normalised state, code). */
    STATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** By the name's function ({@code v(…)}, {@code i(…)}, {@code x(…)}, {@code n(…)}), else the file's type. */
    static SignalKind of(String canonicalName, VariableType type) {
        if (canonicalName.startsWith("v(")) {
            return VOLTAGE;
        }
        if (canonicalName.startsWith("i(")) {
            return CURRENT;
        }
        if (canonicalName.startsWith("x(") || canonicalName.startsWith("n(")) {
            return STATE;
        }
        return type == VariableType.VOLTAGE ? VOLTAGE : type == VariableType.CURRENT ? CURRENT : STATE;
    }
}
