package org.memspice.device.support;

import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.Probeable;
import org.memspice.device.TopologySink;

/**
 * A linear two-terminal resistor whose value depends only on the circuit temperature: the conductance is
 * recomputed when the temperature changes (a {@code .step temp}), not at every load. Subclasses give R(T).
 */
public abstract class TemperatureResistor implements Device, Probeable {
    protected final String name;
    protected final int a;
    protected final int b;
    private BranchStamp stamp;
    private double conductanceTemperature = Double.NaN;
    private double conductance;

    protected TemperatureResistor(String name, int a, int b) {
        this.name = name;
        this.a = a;
        this.b = b;
    }

    /** R at temperature {@code kelvin}, in ohms. */
    protected abstract double resistanceAt(double kelvin);

    @Override
    public final String name() {
        return name;
    }

    /** Xyce's lead current {@code i(r1)}: from n+ through the resistor, at the temperature of the last load. */
    @Override
    public double leadCurrent(double[] solution) {
        return conductance * (Probeable.at(solution, a) - Probeable.at(solution, b));
    }

    @Override
    public void topology(TopologySink sink) {
        sink.conductive(a, b);
    }

    @Override
    public void bind(MatrixBinder m) {
        stamp = new BranchStamp(m, a, b);
    }

    @Override
    public void load(LoadContext ctx) {
        double t = ctx.temperature();
        if (t != conductanceTemperature) {
            conductance = 1.0 / resistanceAt(t);
            conductanceTemperature = t;
        }
        stamp.addCurrent(ctx, conductance * (ctx.x(a) - ctx.x(b)));
        stamp.addConductance(ctx, conductance);
    }
}
