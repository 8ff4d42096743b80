package org.memspice.analysis;

import java.util.ArrayList;
import java.util.List;
import org.memspice.circuit.OutputRequest;
import org.memspice.circuit.SimulationPlan;
import org.memspice.device.MatrixBinder;
import org.memspice.output.Variable;
import org.memspice.output.VariableType;
import org.memspice.solver.mna.UnknownKind;
import org.memspice.solver.mna.Unknowns;

/** The vectors an analysis writes: those {@code .print}/{@code .save} name, or else every unknown. */
final class OutputColumns {
    private final List<OutputRequest> requests;
    private final Unknowns unknowns;
    /** Told of every filled row (the scale is row[0] when offset is 1). */
    SolutionObserver observer = SolutionObserver.NONE;

    OutputColumns(SimulationPlan plan) {
        unknowns = plan.circuit().unknowns();
        if (!plan.outputs().isEmpty()) {
            requests = plan.outputs();
        } else {
            Unknowns u = plan.circuit().unknowns();
            requests = new ArrayList<>();
            for (int i = 0; i < u.size(); i++) {
                requests.add(new OutputRequest(u.name(i), u.kind(i) == UnknownKind.BRANCH_CURRENT, i,
                        MatrixBinder.GROUND));
            }
        }
    }

    /** Variables with {@code scale} first (null: none, as in an operating point). */
    List<Variable> variables(Variable scale) {
        List<Variable> vars = new ArrayList<>();
        if (scale != null) {
            vars.add(scale);
        }
        for (OutputRequest r : requests) {
            vars.add(new Variable(r.name(), r.current() ? VariableType.CURRENT
                    : r.name().startsWith("x(") || r.name().startsWith("n(") ? VariableType.NOTYPE : VariableType.VOLTAGE,
                    codeBits(r)));
        }
        return vars;
    }

    /** A code's width when the request is one code unknown as it is (not a difference, not derived). */
    private int codeBits(OutputRequest r) {
        boolean plain = r.derived() == null && r.plus() >= 0 && r.minus() == MatrixBinder.GROUND;
        return plain ? unknowns.codeBits(r.plus()) : 0;
    }

    int size() {
        return requests.size();
    }

    /** Writes the outputs at solution {@code x} into {@code row} from {@code offset}. */
    void fill(double[] row, int offset, double[] x) {
        for (int k = 0; k < requests.size(); k++) {
            row[offset + k] = requests.get(k).value(x);
        }
        observer.point(offset > 0 ? row[0] : 0.0, x);
    }
}
