package org.memspice.device;

/** Hands out MNA unknowns beyond the circuit's nodes; each carries a printable name and a tolerance kind. */
public interface UnknownAllocator {
    /** A branch current unknown, printed as {@code i(owner)}; its equation row is the branch constitutive law. */
    int branchCurrent(String owner);

    /** An internal node, printed as {@code v(owner#suffix)}; its equation row is KCL. */
    int internalNode(String owner, String suffix);

    /**
     * A state variable of {@code device}, printed as {@code x(device)} if it is the device's main state and as
     * {@code x(device,state)} otherwise (the main state answers to both). {@code abstol} is its absolute tolerance
     * for Newton convergence and truncation error: scale states to O(1) so that one tolerance fits.
     */
    int state(String device, String state, boolean main, double abstol);

    /**
     * Declares that state unknown {@code index} holds an unsigned integer code of {@code bits} bits (a converter's
     * output code): waveform formats with buses (VCD) write it as one, the others as a number.
     */
    void integerCode(int index, int bits);
}
