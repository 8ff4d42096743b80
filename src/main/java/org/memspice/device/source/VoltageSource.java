package org.memspice.device.source;

import org.memspice.device.LoadContext;
import org.memspice.device.support.BranchCurrentDevice;

/** Independent voltage source: branch row v(a) − v(b) − V(t) = 0; {@code i(v)} flows from a through it to b. */
public final class VoltageSource extends BranchCurrentDevice implements IndependentSource {
    private final SourceValue value;

    VoltageSource(String name, int a, int b, SourceSpec spec) {
        super(name, a, b);
        this.value = new SourceValue(spec);
    }

    @Override
    protected void loadBranch(LoadContext ctx, int branch) {
        ctx.addF(branch, -value.at(ctx));
    }

    @Override
    public SourceValue sourceValue() {
        return value;
    }

    @Override
    public boolean isVoltage() {
        return true;
    }
}
