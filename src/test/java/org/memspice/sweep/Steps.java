package org.memspice.sweep;

import java.util.List;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.MemorySink;
import org.memspice.testing.SimPlot;

/** Runs deck text through the step runner into memory. */
final class Steps {
    private Steps() {}

    static List<SimPlot> run(String deck) throws Exception {
        MemorySink sink = new MemorySink();
        StepRunner.prepare(NetlistParser.read(deck, "s.cir")).run(sink, new StepRunner.StepObserver() {});
        return sink.plots();
    }

    static StepPlan plan(String deck) throws NetlistException {
        return StepPlan.of(NetlistParser.read(deck, "s.cir"));
    }

    /** The rendered errors of a deck that must not run. */
    static String errors(String deck) {
        try {
            StepRunner.prepare(NetlistParser.read(deck, "s.cir"));
        } catch (NetlistException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a netlist error");
    }
}
