package org.memspice.device;

import org.memspice.expr.ExpressionParser;
import org.memspice.expr.Scope;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ModelCard;

/** What a device family may ask while it builds a device from its card. */
public interface ElaborationContext {
    /** Node index for a node name ({@code 0}/{@code gnd} give {@link MatrixBinder#GROUND}); creates it on first use. */
    int node(Field.Word name);

    /**
     * The flattened name of a device named {@code localName} on a card of this scope, for cards that refer to
     * another device (F/H controlling source, {@code i(v1)} in a B source): {@code v1} inside instance {@code x1} is
     * {@code v.x1.v1} (the ngspice convention).
     */
    default String deviceName(String localName) {
        return localName.toLowerCase(java.util.Locale.ROOT);
    }

    /** Numeric value of a field: a SPICE number now, an expression once parameters exist. */
    double value(Field field);

    /**
     * A behavioural expression ({@code V={...}} of a B source) that may read v() and i(), with its probes; its
     * parameter names and user functions are resolved through {@link #parameterScope()} when evaluated.
     */
    ExpressionParser.Behavioural behavioural(Field.Expr expression);

    /** Parameters and user functions, for evaluating behavioural expressions during the simulation. */
    Scope parameterScope();

    /**
     * The device's own random generator for this run (seeded from {@code .options seed}, the Monte Carlo run and
     * the device's flattened name): for device-to-device variation drawn once here, and cycle-to-cycle variation
     * drawn at switching events later. The same seed gives the same draws.
     */
    org.apache.commons.math3.random.RandomGenerator randomStream(String deviceName);

    /** {@code .options tnom} in kelvin: the temperature at which model parameters were measured. */
    double nominalTemperature();

    /**
     * The run's {@code .options}: semiconductor devices read gmin (their junction shunt), reltol (ngspice matches
     * a diode's breakdown knee to IBV within it) and the circuit temperature.
     */
    default org.memspice.circuit.SimulationOptions options() {
        return org.memspice.circuit.SimulationOptions.defaults();
    }

    /** The {@code .model} card of that name, or a CardError at {@code where} naming what was expected. */
    ModelCard model(Field.Word name, String... acceptedTypes);

    /**
     * The layout of the {@code .crossbar} of that name (lower case, {@code xb}) built so far in this netlist, or null:
     * for elements that drive an array's lines by name (the write-verify controller).
     */
    default org.memspice.array.Crossbar.Layout crossbar(String name) {
        return null;
    }
}
