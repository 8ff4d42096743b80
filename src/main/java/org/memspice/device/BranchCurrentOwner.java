package org.memspice.device;

/** A device whose current is an MNA unknown (V, L, E, H): current-controlled sources refer to it. */
public interface BranchCurrentOwner {
    /** The branch-current unknown; valid after {@link Device#allocate}. */
    int branchCurrent();
}
