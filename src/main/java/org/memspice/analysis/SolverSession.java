package org.memspice.analysis;

import java.util.Map;
import org.memspice.circuit.Circuit;
import org.memspice.circuit.SimulationOptions;
import org.memspice.device.AnalysisMode;
import org.memspice.device.Device;
import org.memspice.solver.linear.EjmlAmdSolver;
import org.memspice.solver.linear.KluSolver;
import org.memspice.solver.linear.LinearSolver;
import org.memspice.solver.mna.MnaSystem;
import org.memspice.solver.mna.PatternBuilder;
import org.memspice.solver.mna.SparsePattern;
import org.memspice.solver.newton.ConvergenceTolerances;
import org.memspice.solver.newton.NewtonResult;
import org.memspice.solver.newton.NewtonSolver;

/**
 * One circuit bound to its MNA system and Newton solver, shared by the analyses of a run: the pattern is built
 * and ordered once. Holds the DC operating-point strategy (plain Newton, then gmin stepping, then source
 * stepping) that both {@code .op} and the transient's initial point use.
 */
public final class SolverSession {
    /** SPICE's conductance for holding {@code .ic} nodes during the DC point. */
    private static final double IC_CLAMP = 1e10;

    private final Circuit circuit;
    private final SimulationOptions options;
    private final MnaSystem system;
    private final NewtonSolver newton;
    private String operatingPointMethod = "";

    public SolverSession(Circuit circuit, SimulationOptions options) {
        this.circuit = circuit;
        this.options = options;
        int n = circuit.unknowns().size();
        PatternBuilder builder = new PatternBuilder(n, circuit.branchCurrents());
        for (Device d : circuit.devices()) {
            d.bind(builder);
        }
        SparsePattern pattern = builder.build();
        system = new MnaSystem(circuit.devices(), circuit.unknowns(), pattern, builder.slots());
        system.setTemperature(options.temperatureKelvin());
        LinearSolver linear = options.solver().equals("ejml") ? new EjmlAmdSolver() : new KluSolver();
        newton = new NewtonSolver(system, linear,
                new ConvergenceTolerances(options.reltol(), options.abstol(), options.vntol()));
        newton.allowChordIterations(options.chordNewton());
    }

    public MnaSystem system() {
        return system;
    }

    public NewtonSolver newton() {
        return newton;
    }

    public Circuit circuit() {
        return circuit;
    }

    public SimulationOptions options() {
        return options;
    }

    public int size() {
        return system.size();
    }

    /** How the last DC operating point was found: "Newton", "gmin stepping" or "source stepping". */
    public String operatingPointMethod() {
        return operatingPointMethod;
    }

    /**
     * Solves the DC operating point into {@code x} (its content is the initial guess), holding the nodes of
     * {@code clamps} at their values. Tries plain Newton, then gmin stepping, then source stepping.
     */
    public void operatingPoint(double[] x, Map<Integer, Double> clamps, String what) throws SimulationException {
        operatingPoint(x, clamps, what, AnalysisMode.DC);
    }

    /** As {@link #operatingPoint(double[], Map, String)}, in {@code mode} (DC or the transient's t = 0 point). */
    public void operatingPoint(double[] x, Map<Integer, Double> clamps, String what, AnalysisMode mode)
            throws SimulationException {
        system.setAnalysisPoint(mode, 0.0, 0.0);
        system.setSourceFactor(1.0);
        NewtonSolver.LoadAugment clamp = clamps.isEmpty() ? null : (s, it) -> clamps.forEach(
                (node, v) -> s.addClamp(node, v, IC_CLAMP));
        double[] start = x.clone();
        NewtonResult r = newton.solve(x, 0.0, null, clamp, options.itl1());
        if (r.converged()) {
            operatingPointMethod = "Newton";
            return;
        }
        if (r.singular()) {
            throw new SimulationException(what + ": singular matrix" + at(r.worstUnknown()));
        }
        System.arraycopy(start, 0, x, 0, x.length);
        if (gminStepping(x, clamp)) {
            operatingPointMethod = "gmin stepping";
            return;
        }
        if (sourceStepping(x, clamp)) {
            operatingPointMethod = "source stepping";
            return;
        }
        throw new SimulationException(what + ": no convergence (plain Newton, gmin stepping and source stepping"
                + " all failed)" + at(r.worstUnknown()));
    }

    private String at(int unknown) {
        return unknown >= 0 ? " at " + circuit.unknowns().name(unknown) : "";
    }

    /** Shunts every node with a conductance stepped down by decades from 1e-2 S, then removes it. */
    private boolean gminStepping(double[] x, NewtonSolver.LoadAugment clamp) {
        double[] trial = x.clone();
        for (double g = 1e-2; g >= options.gmin() * 0.999; g /= 10) {
            double shunt = g;
            NewtonSolver.LoadAugment augment = (s, it) -> {
                s.addNodeShunts(shunt);
                if (clamp != null) {
                    clamp.apply(s, it);
                }
            };
            if (!newton.solve(trial, 0.0, null, augment, options.itl1()).converged()) {
                return false;
            }
        }
        if (!newton.solve(trial, 0.0, null, clamp, options.itl1()).converged()) {
            return false;
        }
        System.arraycopy(trial, 0, x, 0, x.length);
        return true;
    }

    /** Ramps every independent source from 0 to its value, halving the step when a point fails. */
    private boolean sourceStepping(double[] x, NewtonSolver.LoadAugment clamp) {
        double[] trial = new double[x.length];
        double factor = 0.0;
        double step = 0.1;
        system.setSourceFactor(0.0);
        if (!newton.solve(trial, 0.0, null, clamp, options.itl1()).converged()) {
            system.setSourceFactor(1.0);
            return false;
        }
        double[] saved = trial.clone();
        while (factor < 1.0) {
            double next = Math.min(1.0, factor + step);
            system.setSourceFactor(next);
            if (newton.solve(trial, 0.0, null, clamp, options.itl1()).converged()) {
                factor = next;
                System.arraycopy(trial, 0, saved, 0, trial.length);
                step = Math.min(step * 2, 0.25);
            } else {
                System.arraycopy(saved, 0, trial, 0, trial.length);
                step /= 4;
                if (step < 1e-6) {
                    system.setSourceFactor(1.0);
                    return false;
                }
            }
        }
        system.setSourceFactor(1.0);
        System.arraycopy(trial, 0, x, 0, x.length);
        return true;
    }
}
