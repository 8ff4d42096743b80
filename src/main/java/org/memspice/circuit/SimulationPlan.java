package org.memspice.circuit;

import java.util.List;
import java.util.Map;
import org.memspice.netlist.Diagnostic;

/**
 * Everything a run needs: the circuit, options, analyses in netlist order, {@code .ic} node values (unknown index
 * to volts), the requested outputs (empty: every unknown) and warnings to show the user.
 */
public record SimulationPlan(Circuit circuit, SimulationOptions options, List<AnalysisRequest> analyses,
                             Map<Integer, Double> initialConditions, List<OutputRequest> outputs,
                             List<Diagnostic> warnings) {}
