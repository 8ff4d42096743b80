package org.memspice.device;

/** Declares Jacobian entries and resolves references to other devices' unknowns, before any load. */
public interface MatrixBinder {
    /** Ground (node 0) as an unknown index: rows and columns of ground are dropped. */
    int GROUND = -1;

    /** Handle of entry (row, col); entries in a ground row or column get a handle that is silently ignored. */
    int entry(int row, int col);

    /**
     * The branch-current unknown of a device that owns one (V, L, E, H), for current-controlled sources.
     * @throws IllegalArgumentException naming the device if it has no branch current
     */
    int branchCurrentOf(String deviceName);
}
