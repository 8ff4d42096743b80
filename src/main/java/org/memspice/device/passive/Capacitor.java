package org.memspice.device.passive;

import org.memspice.device.AnalysisMode;
import org.memspice.device.ChargeCurrent;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.Probeable;
import org.memspice.device.support.BranchStamp;
import org.memspice.device.support.ChargeHistory;

/** Linear capacitor: q = C·v(a,b). With {@code ic=} and {@code uic}, the initial charge is C·ic. */
public final class Capacitor implements Device, ChargeCurrent {
    private final String name;
    private final int a;
    private final int b;
    private final double capacitance;
    private final Double initialVoltage;
    private BranchStamp stamp;
    private final ChargeHistory charge = new ChargeHistory();

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
        if (ctx.mode() == AnalysisMode.DC) {
            charge.dc();
        }
        stamp.addCharge(ctx, capacitance * v);
        stamp.addCapacitance(ctx, capacitance);
    }

    /** {@code i(c1)}: into the first terminal, dq/dt as the transient integrated it at the last accepted point. */
    @Override
    public double leadCurrent(double[] solution) {
        return charge.current();
    }

    @Override
    public void startCharge(double[] solution, boolean uic) {
        double v = uic && initialVoltage != null ? initialVoltage
                : Probeable.at(solution, a) - Probeable.at(solution, b);
        charge.start(capacitance * v);
    }

    @Override
    public void acceptCharge(double[] solution, double c0, double c1, double c2, double cd) {
        charge.accept(capacitance * (Probeable.at(solution, a) - Probeable.at(solution, b)), c0, c1, c2, cd);
    }
}
