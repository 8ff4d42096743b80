package org.memspice.device.source;

import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;

/** Independent current source: I(t) flows from node a through the source to node b. */
public final class CurrentSource implements Device, IndependentSource {
    private final String name;
    private final int a;
    private final int b;
    private final SourceValue value;

    CurrentSource(String name, int a, int b, SourceSpec spec) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.value = new SourceValue(spec);
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
        double i = value.at(ctx);
        ctx.addF(a, i);
        ctx.addF(b, -i);
    }

    @Override
    public SourceValue sourceValue() {
        return value;
    }

    @Override
    public boolean isVoltage() {
        return false;
    }
}
