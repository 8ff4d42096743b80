package org.memspice.device.passive;

import org.memspice.device.AnalysisMode;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.support.BranchStamp;

/** Linear capacitor: q = C·v(a,b). With {@code ic=} and {@code uic}, the initial charge is C·ic. */
public final class Capacitor implements Device {
    private final String name;
    private final int a;
    private final int b;
    private final double capacitance;
    private final Double initialVoltage;
    private BranchStamp stamp;

    public Capacitor(String name, int a, int b, double capacitance, Double initialVoltage) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.capacitance = capacitance;
        this.initialVoltage = initialVoltage;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void bind(MatrixBinder m) {
        stamp = new BranchStamp(m, a, b);
    }

    @Override
    public void load(LoadContext ctx) {
        double v = ctx.mode() == AnalysisMode.TRANSIENT_INITIAL && initialVoltage != null
                ? initialVoltage : ctx.x(a) - ctx.x(b);
        stamp.addCharge(ctx, capacitance * v);
        stamp.addCapacitance(ctx, capacitance);
    }
}
