package org.memspice.output;

/** Variable types as SPICE raw files name them. */
public enum VariableType {
    TIME("time"), VOLTAGE("voltage"), CURRENT("current"), NOTYPE("notype");

    private final String rawName;

    VariableType(String rawName) {
        this.rawName = rawName;
    }

    public String rawName() {
        return rawName;
    }

    /** The type a raw file names {@code rawName} (case-insensitive); types memspice does not write become NOTYPE. */
    public static VariableType fromRawName(String rawName) {
        for (VariableType t : values()) {
            if (t.rawName.equalsIgnoreCase(rawName)) {
                return t;
            }
        }
        return NOTYPE;
    }
}
