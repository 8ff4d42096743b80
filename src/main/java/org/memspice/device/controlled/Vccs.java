package org.memspice.device.controlled;

import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.support.BranchStamp;

/** G: voltage-controlled current source, gm·v(c,d) flows from a through the source to b. */
public final class Vccs implements Device {
    private final String name;
    private final int a;
    private final int b;
    private final int c;
    private final int d;
    private final double transconductance;
    private BranchStamp stamp;

    Vccs(String name, int a, int b, int c, int d, double transconductance) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.transconductance = transconductance;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void bind(MatrixBinder m) {
        stamp = new BranchStamp(m, a, b, c, d);
    }

    @Override
    public void load(LoadContext ctx) {
        stamp.addCurrent(ctx, transconductance * (ctx.x(c) - ctx.x(d)));
        stamp.addConductance(ctx, transconductance);
    }
}
