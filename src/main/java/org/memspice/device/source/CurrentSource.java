package org.memspice.device.source;

import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;

/** Independent current source: I(t) flows from node a through the source to node b. */
public final class CurrentSource extends IndependentSource implements Device {
    private final int a;
    private final int b;

    CurrentSource(String name, int a, int b, SourceSpec spec) {
        super(name, spec);
        this.a = a;
        this.b = b;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void bind(MatrixBinder m) {
        // no Jacobian entries: the current does not depend on any unknown
    }

    @Override
    public void load(LoadContext ctx) {
        double i = value(ctx);
        ctx.addF(a, i);
        ctx.addF(b, -i);
    }

    @Override
    public boolean isVoltage() {
        return false;
    }
}
