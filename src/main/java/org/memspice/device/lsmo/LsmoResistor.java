package org.memspice.device.lsmo;

import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.support.BranchStamp;

/** The LSMO series element: a linear resistor whose value follows the temperature law of Model B (reference §2). */
public final class LsmoResistor implements Device {
    /** Boltzmann constant in eV/K. */
    private static final double K_EV = 8.617333262e-5;

    private final String name;
    private final int a;
    private final int b;
    private final double rref;
    private final double tc1;
    private final double trefKelvin;
    private final double ea;
    private final boolean polaron;
    private BranchStamp stamp;
    private double conductanceTemperature = Double.NaN;
    private double conductance;

    LsmoResistor(String name, int a, int b, double rref, double tc1, double trefKelvin, double ea, boolean polaron) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.rref = rref;
        this.tc1 = tc1;
        this.trefKelvin = trefKelvin;
        this.ea = ea;
        this.polaron = polaron;
    }

    /** R(T) of Model B at temperature {@code kelvin}. */
    public double resistance(double kelvin) {
        if (polaron) { // R = R_ref (T/T_ref) exp[(E_a/k)(1/T − 1/T_ref)]
            return rref * (kelvin / trefKelvin) * Math.exp(ea / K_EV * (1 / kelvin - 1 / trefKelvin));
        }
        return rref * (1 + tc1 * (kelvin - trefKelvin)); // R = R_ref [1 + TC1 (T − T_ref)]
    }

    @Override
    public String name() {
        return name;
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
            double r = resistance(t);
            if (!(r > 0) || !Double.isFinite(r)) {
                throw new IllegalStateException(name + ": LSMO resistance " + r + " Ohm at " + t + " K");
            }
            conductance = 1 / r;
            conductanceTemperature = t;
        }
        stamp.addCurrent(ctx, conductance * (ctx.x(a) - ctx.x(b)));
        stamp.addConductance(ctx, conductance);
    }
}
