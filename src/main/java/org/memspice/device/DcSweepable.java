package org.memspice.device;

/** An independent source whose DC value a {@code .dc} sweep may set. */
public interface DcSweepable {
    void setSweepValue(double value);

    /** Back to the value on the card. */
    void clearSweepValue();

    /** {@code voltage} or {@code current}: the type of the sweep scale in the output. */
    boolean isVoltage();
}
