package org.memspice.device;

/** Hands out MNA unknowns beyond the circuit's nodes; each carries a printable name and a tolerance kind. */
public interface UnknownAllocator {
    /** A branch current unknown, printed as {@code i(owner)}; its equation row is the branch constitutive law. */
    int branchCurrent(String owner);

    /** An internal node, printed as {@code v(owner#suffix)}; its equation row is KCL. */
    int internalNode(String owner, String suffix);

    /** A state variable, printed as {@code name}; {@code abstol} is its absolute convergence tolerance. */
    int state(String name, double abstol);
}
