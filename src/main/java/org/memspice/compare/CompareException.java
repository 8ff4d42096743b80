package org.memspice.compare;

/** The files cannot be compared at all (nothing in common, a malformed time axis): bad input, not a difference. */
public final class CompareException extends Exception {
    public CompareException(String message) {
        super(message);
    }
}
