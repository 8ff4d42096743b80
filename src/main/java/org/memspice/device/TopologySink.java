package org.memspice.device;

/**
 * What a device tells about its connections before solving, so floating nodes and loops of voltage-defining
 * branches are found and named instead of surfacing as a singular matrix.
 */
public interface TopologySink {
    /** Nodes a and b are joined by a path that conducts at DC (resistor, diode, channel). */
    void conductive(int a, int b);

    /** The voltage between a and b is fixed by a branch equation (V, E, H, and L at DC). */
    void voltageDefined(int a, int b);
}
