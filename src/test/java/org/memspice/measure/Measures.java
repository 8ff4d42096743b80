package org.memspice.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.memspice.analysis.Simulator;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.MemorySink;

/** Runs netlist text and returns its measurement results by lower-case name. */
final class Measures {
    private Measures() {}

    static Map<String, MeasureResult> run(String netlist) throws Exception {
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.read(netlist, "test.cir"));
        return run(plan);
    }

    static Map<String, MeasureResult> run(SimulationPlan plan) throws Exception {
        MeasureRecorder recorder = new MeasureRecorder(plan.measurements());
        new Simulator(plan).run(new MemorySink(), recorder);
        Map<String, MeasureResult> byName = new LinkedHashMap<>();
        for (MeasureResult r : recorder.results()) {
            byName.put(r.name().toLowerCase(java.util.Locale.ROOT), r);
        }
        return byName;
    }
}
