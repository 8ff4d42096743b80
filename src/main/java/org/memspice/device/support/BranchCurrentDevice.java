package org.memspice.device.support;

import org.memspice.device.BranchCurrentOwner;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;

/**
 * A two-terminal element whose current is an MNA unknown and whose branch row fixes the voltage from a to b:
 * V, L, E and H. Subclasses add their own terms to the branch row: {@code v(a) − v(b) − (their voltage) = 0}.
 */
public abstract class BranchCurrentDevice implements Device, BranchCurrentOwner {
    protected final String name;
    protected final int a;
    protected final int b;
    private int branch;
    private BranchEquation equation;

    protected BranchCurrentDevice(String name, int a, int b) {
        this.name = name;
        this.a = a;
        this.b = b;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void allocate(UnknownAllocator unknowns) {
        branch = unknowns.branchCurrent(name);
        allocateMore(unknowns);
    }

    /** Unknowns beyond the branch current (a DAC's code vector); bind and load them in the hooks below. */
    protected void allocateMore(UnknownAllocator unknowns) {}

    @Override
    public final int branchCurrent() {
        return branch;
    }

    @Override
    public void topology(TopologySink sink) {
        sink.voltageDefined(a, b);
    }

    @Override
    public final void bind(MatrixBinder matrix) {
        equation = new BranchEquation(matrix, a, b, branch);
        bindBranch(matrix, branch);
    }

    @Override
    public final void load(LoadContext context) {
        equation.load(context);
        loadBranch(context, branch);
    }

    /** Declares the entries of the branch row (and column) beyond v(a) − v(b) and ±i. */
    protected void bindBranch(MatrixBinder matrix, int branch) {}

    /** Adds the rest of the branch row, and any charge, at the present iterate. */
    protected abstract void loadBranch(LoadContext context, int branch);
}
