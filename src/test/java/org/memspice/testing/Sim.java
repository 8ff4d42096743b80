package org.memspice.testing;

import java.util.List;
import org.memspice.analysis.Simulator;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.parse.NetlistParser;

/** Runs netlist text through parser, elaborator and analyses, returning the plots in memory. */
public final class Sim {
    private Sim() {}

    public static List<SimPlot> run(String netlist) throws Exception {
        return run(netlist, false);
    }

    public static List<SimPlot> run(String netlist, boolean fixedStep) throws Exception {
        Netlist parsed = NetlistParser.read(netlist, "test.cir");
        SimulationPlan plan = Elaborator.elaborate(parsed);
        Simulator sim = new Simulator(plan);
        if (fixedStep) {
            sim.withFixedTimeStep();
        }
        MemorySink sink = new MemorySink();
        sim.run(sink);
        return sink.plots();
    }

    /** Runs a netlist file, so that {@code .include} resolves relative to it. */
    public static List<SimPlot> run(java.nio.file.Path file) throws Exception {
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.read(file));
        MemorySink sink = new MemorySink();
        new Simulator(plan).run(sink);
        return sink.plots();
    }

    public static SimPlot single(String netlist) throws Exception {
        List<SimPlot> plots = run(netlist);
        if (plots.size() != 1) {
            throw new AssertionError("expected one plot, got " + plots.size());
        }
        return plots.get(0);
    }
}
