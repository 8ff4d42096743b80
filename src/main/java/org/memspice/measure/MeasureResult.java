package org.memspice.measure;

import org.memspice.netlist.SourceLocation;

/**
 * The outcome of one measurement: its value and ngspice-style details ({@code targ=… trig=…}, {@code at=…},
 * {@code from=… to=…}), or why it failed ({@code failure} not null, {@code value} NaN).
 */
public record MeasureResult(String name, double value, String detail, String failure, SourceLocation loc) {
    public boolean failed() {
        return failure != null;
    }

    static MeasureResult ok(Measurement m, double value, String detail) {
        return new MeasureResult(m.name(), value, detail, null, m.loc());
    }

    static MeasureResult failed(Measurement m, String why) {
        return new MeasureResult(m.name(), Double.NaN, "", why, m.loc());
    }
}
