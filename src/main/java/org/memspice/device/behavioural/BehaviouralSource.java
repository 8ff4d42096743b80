package org.memspice.device.behavioural;

import java.util.List;
import org.memspice.device.BranchCurrentOwner;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.support.BranchEquation;
import org.memspice.expr.Expression;
import org.memspice.expr.Scope;

/**
 * B source (ngspice): a current {@code I={expr}} from a through the source to b, or a voltage {@code V={expr}}
 * across a to b, where expr reads node voltages and branch currents. The Jacobian comes from automatic
 * differentiation of the expression tree ({@link Expression#gradient}), so Newton sees exact derivatives.
 */
final class BehaviouralSource implements Device, BranchCurrentOwner {
    /** What probe k reads: v(plus) − v(minus) for voltages, or a branch current named at bind time. */
    record ProbeTarget(int plus, int minus, String branchOf) {}

    private final String name;
    private final int a;
    private final int b;
    private final boolean voltage;
    private final Expression expression;
    private final List<ProbeTarget> targets;
    private final double[] probeValues;
    private final double[] gradient;
    private final int[] probePlus;
    private final int[] probeMinus;
    private int branch = -1;
    private BranchEquation equation;
    /** Jacobian handles: for each probe, the entries of the rows the source writes (a, b or the branch row). */
    private int[] rowAPlus;
    private int[] rowAMinus;
    private int[] rowBPlus;
    private int[] rowBMinus;
    private final Scope scope;

    BehaviouralSource(String name, int a, int b, boolean voltage, Expression expression, List<ProbeTarget> targets,
                      Scope parameters) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.voltage = voltage;
        this.expression = expression;
        this.targets = targets;
        int n = targets.size();
        this.probeValues = new double[n];
        this.scope = Scope.probing(parameters, probeValues);
        this.gradient = new double[n];
        this.probePlus = new int[n];
        this.probeMinus = new int[n];
    }

    @Override
    public String name() {
        return name;
    }

    /** Evaluates once with every probe at 0, so undefined names surface at elaboration rather than mid-solve. */
    void checkNames() {
        expression.evaluate(scope);
        expression.gradient(scope, 1.0, gradient);
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        if (voltage) {
            branch = unknowns.branchCurrent(name);
        }
    }

    /** The branch current of a V= source; -1 for an I= source, which has none. */
    @Override
    public int branchCurrent() {
        return branch;
    }

    @Override
    public void topology(TopologySink sink) {
        if (voltage) {
            sink.voltageDefined(a, b);
        }
    }

    @Override
    public void bind(MatrixBinder m) {
        int n = targets.size();
        for (int k = 0; k < n; k++) {
            ProbeTarget t = targets.get(k);
            probePlus[k] = t.branchOf() != null ? m.branchCurrentOf(t.branchOf()) : t.plus();
            probeMinus[k] = t.branchOf() != null ? MatrixBinder.GROUND : t.minus();
        }
        rowAPlus = new int[n];
        rowAMinus = new int[n];
        rowBPlus = new int[n];
        rowBMinus = new int[n];
        int rowA = voltage ? branch : a;
        int rowB = voltage ? MatrixBinder.GROUND : b;
        if (voltage) {
            equation = new BranchEquation(m, a, b, branch);
        }
        for (int k = 0; k < n; k++) {
            rowAPlus[k] = m.entry(rowA, probePlus[k]);
            rowAMinus[k] = m.entry(rowA, probeMinus[k]);
            rowBPlus[k] = m.entry(rowB, probePlus[k]);
            rowBMinus[k] = m.entry(rowB, probeMinus[k]);
        }
    }

    @Override
    public void load(LoadContext ctx) {
        int n = probeValues.length;
        for (int k = 0; k < n; k++) {
            probeValues[k] = ctx.x(probePlus[k]) - ctx.x(probeMinus[k]);
            gradient[k] = 0;
        }
        double value = expression.evaluate(scope);
        expression.gradient(scope, 1.0, gradient);
        for (int k = 0; k < n; k++) {
            gradient[k] = finiteSlope(gradient[k]);
        }
        if (voltage) {
            // branch row: v(a) − v(b) − V(x) = 0
            equation.load(ctx);
            ctx.addF(branch, -value);
            for (int k = 0; k < n; k++) {
                ctx.addJacF(rowAPlus[k], -gradient[k]);
                ctx.addJacF(rowAMinus[k], gradient[k]);
            }
        } else {
            ctx.addF(a, value);
            ctx.addF(b, -value);
            for (int k = 0; k < n; k++) {
                ctx.addJacF(rowAPlus[k], gradient[k]);
                ctx.addJacF(rowAMinus[k], -gradient[k]);
                ctx.addJacF(rowBPlus[k], -gradient[k]);
                ctx.addJacF(rowBMinus[k], gradient[k]);
            }
        }
    }

    /** The largest slope stamped: 1e12 S (or V/V), far beyond any real element, still safe in the LU. */
    static final double MAX_SLOPE = 1e12;

    /**
     * A slope where the expression has none (sqrt or x**0.5 at 0, log at 0, reached at Newton's zero start) is
     * stamped as a large finite one, as ngspice's parse-tree functions do: the next iterate moves off the
     * singular point and the true derivative takes over. The residual itself is never altered.
     */
    static double finiteSlope(double g) {
        if (Double.isNaN(g)) {
            return 0;
        }
        return Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, g));
    }

    @Override
    public boolean isNonlinear() {
        return true;
    }
}
