package org.memspice.device.passive;

import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.support.BranchStamp;

/** Linear resistor with SPICE's quadratic temperature law R(T) = R·(1 + tc1·ΔT + tc2·ΔT²), ΔT = T − tnom. */
public final class Resistor implements Device, org.memspice.device.Probeable {
    private final String name;
    private final int a;
    private final int b;
    private final double resistance;
    private final double tc1;
    private final double tc2;
    private final double tnomKelvin;
    private BranchStamp stamp;
    private double conductanceTemperature = Double.NaN;
    private double conductance;

    public Resistor(String name, int a, int b, double resistance, double tc1, double tc2, double tnomKelvin) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.resistance = resistance;
        this.tc1 = tc1;
        this.tc2 = tc2;
        this.tnomKelvin = tnomKelvin;
    }

    /** The resistance at the nominal temperature, in ohms. */
    public double resistance() {
        return resistance;
    }

    @Override
    public String name() {
        return name;
    }

    /** Xyce's lead current {@code i(r1)}: from n+ through the resistor, at the temperature of the last load. */
    @Override
    public double leadCurrent(double[] solution) {
        return conductance * (org.memspice.device.Probeable.at(solution, a)
                - org.memspice.device.Probeable.at(solution, b));
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
            double dt = t - tnomKelvin;
            conductance = 1.0 / (resistance * (1.0 + tc1 * dt + tc2 * dt * dt));
            conductanceTemperature = t;
        }
        stamp.addCurrent(ctx, conductance * (ctx.x(a) - ctx.x(b)));
        stamp.addConductance(ctx, conductance);
    }
}
