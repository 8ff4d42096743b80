package org.memspice.circuit;

import java.util.List;
import org.memspice.netlist.SourceLocation;

/** An analysis asked for by the netlist, values resolved to numbers. */
public sealed interface AnalysisRequest {
    SourceLocation location();

    record OperatingPoint(SourceLocation location) implements AnalysisRequest {}

    /** Sweeps, inner (fastest) first. */
    record DcSweep(List<Sweep> sweeps, SourceLocation location) implements AnalysisRequest {}

    record Sweep(String source, double start, double stop, double step) {
        /** Points from start to stop inclusive (SPICE rounds the count so that stop is reached). */
        public int points() {
            if (step == 0) {
                return 1;
            }
            return (int) Math.floor((stop - start) / step + 1e-9) + 1;
        }

        public double value(int k) {
            return start + k * step;
        }
    }

    record Transient(double tstep, double tstop, double tstart, double tmax, boolean uic, SourceLocation location)
            implements AnalysisRequest {}
}
