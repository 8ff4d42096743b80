package org.memspice.device.controlled;

import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;

/** F: current-controlled current source, gain·i(vcontrol) flows from a through the source to b. */
public final class Cccs implements Device {
    private final String name;
    private final int a;
    private final int b;
    private final String controlling;
    private final double gain;
    private int control;
    private int aControl;
    private int bControl;

    Cccs(String name, int a, int b, String controlling, double gain) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.controlling = controlling;
        this.gain = gain;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void bind(MatrixBinder m) {
        control = m.branchCurrentOf(controlling);
        aControl = m.entry(a, control);
        bControl = m.entry(b, control);
    }

    @Override
    public void load(LoadContext ctx) {
        double i = gain * ctx.x(control);
        ctx.addF(a, i);
        ctx.addF(b, -i);
        ctx.addJacF(aControl, gain);
        ctx.addJacF(bControl, -gain);
    }
}
