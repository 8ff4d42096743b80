package org.memspice.circuit;

import java.util.List;
import java.util.Map;
import org.memspice.measure.Measurement;
import org.memspice.netlist.Diagnostic;

/**
 * Everything a run needs: the circuit, options, analyses in netlist order, {@code .ic} node values (unknown index
 * to volts), the requested outputs (empty: every unknown), warnings to show the user, the {@code .meas}
 * measurements in netlist order and the {@code .options} that say which files to write.
 */
public record SimulationPlan(Circuit circuit, SimulationOptions options, List<AnalysisRequest> analyses,
                             Map<Integer, Double> initialConditions, List<OutputRequest> outputs,
                             List<Diagnostic> warnings, List<Measurement> measurements, OutputOptions outputOptions) {

    public SimulationPlan(Circuit circuit, SimulationOptions options, List<AnalysisRequest> analyses,
                          Map<Integer, Double> initialConditions, List<OutputRequest> outputs,
                          List<Diagnostic> warnings, List<Measurement> measurements) {
        this(circuit, options, analyses, initialConditions, outputs, warnings, measurements, OutputOptions.defaults());
    }

    /** A plan without measurements. */
    public SimulationPlan(Circuit circuit, SimulationOptions options, List<AnalysisRequest> analyses,
                          Map<Integer, Double> initialConditions, List<OutputRequest> outputs,
                          List<Diagnostic> warnings) {
        this(circuit, options, analyses, initialConditions, outputs, warnings, List.of());
    }
}
