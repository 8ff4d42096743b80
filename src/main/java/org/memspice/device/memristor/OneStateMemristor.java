package org.memspice.device.memristor;

import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.Probeable;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.support.StateEquation;

/**
 * A two-terminal memristor with one state x (an MNA unknown printed {@code x(ym1)}, Xyce's
 * {@code n(ymemristor!m1_x)}): the reference models TEAM, VTEAM and Yakopcic share this stamp. A model gives the
 * current i(v, x) and the state rate dx/dt = F(v, x) with their partial derivatives; this class stamps the 3×3
 * Jacobian (KCL rows: ∂i/∂v, ∂i/∂x; state row: ∂F/∂v, ∂F/∂x and the q = x term), as Xyce's memristors do
 * (physics reference §5.1). At operating points the state is held at x0 (§5.7).
 */
public abstract class OneStateMemristor implements Device, Probeable {
    /** What a model returns at one (v, x). */
    protected static final class Eval {
        public double i;
        public double diDv;
        public double diDx;
        public double rate;
        public double dRateDv;
        public double dRateDx;
    }

    private final String name;
    private final int a;
    private final int b;
    private final double x0;
    private final double abstol;
    private final Eval eval = new Eval();
    private int x;
    private int aa;
    private int ab;
    private int ba;
    private int bb;
    private StateEquation state;

    /** @param abstol absolute tolerance of the state in its own (scaled) units */
    protected OneStateMemristor(String name, int a, int b, double x0, double abstol) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.x0 = x0;
        this.abstol = abstol;
    }

    /** Fills {@code e} at branch voltage v (from n+ to n−) and state x. Must be finite for every finite input. */
    protected abstract void evaluate(double v, double x, Eval e);

    /** The device's current and state rate at (v, x): for tests of the equations. */
    public final double[] evaluateAt(double v, double xValue) {
        Eval e = new Eval();
        evaluate(v, xValue, e);
        return new double[] {e.i, e.diDv, e.diDx, e.rate, e.dRateDv, e.dRateDx};
    }

    /** The initial state (in the state's units). */
    public final double initialState() {
        return x0;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        x = unknowns.state(name, "x", true, abstol);
    }

    @Override
    public void bind(MatrixBinder m) {
        aa = m.entry(a, a);
        ab = m.entry(a, b);
        ba = m.entry(b, a);
        bb = m.entry(b, b);
        state = StateEquation.ofBranch(m, x, a, b);
    }

    @Override
    public void load(LoadContext ctx) {
        boolean held = StateEquation.held(ctx.mode());
        double v = ctx.x(a) - ctx.x(b);
        double w = held ? x0 : ctx.x(x);
        evaluate(v, w, eval);
        ctx.addF(a, eval.i);
        ctx.addF(b, -eval.i);
        ctx.addJacF(aa, eval.diDv);
        ctx.addJacF(ab, -eval.diDv);
        ctx.addJacF(ba, -eval.diDv);
        ctx.addJacF(bb, eval.diDv);
        if (!held) {
            state.loadCurrentSensitivity(ctx, eval.diDx);
        }
        state.load(ctx, x0, eval.rate, eval.dRateDx, eval.dRateDv, -eval.dRateDv);
    }

    /** The device current at an accepted solution: Xyce's lead current {@code i(ymemristor!m1)}. */
    @Override
    public double leadCurrent(double[] solution) {
        Eval e = new Eval();
        evaluate(Probeable.at(solution, a) - Probeable.at(solution, b), Probeable.at(solution, x), e);
        return e.i;
    }

    /**
     * {@code r}: the chord resistance v/i (Xyce's store variable {@code n(ymemristor!m1:r)}); at v = 0 its limit
     * 1/(∂i/∂v); the largest double for a device that conducts nothing (Yakopcic at x = 0).
     */
    @Override
    public java.util.function.ToDoubleFunction<double[]> quantity(String what) {
        if (!what.equalsIgnoreCase("r")) {
            return null;
        }
        return solution -> {
            double v = Probeable.at(solution, a) - Probeable.at(solution, b);
            Eval e = new Eval();
            evaluate(v, Probeable.at(solution, x), e);
            double g = e.i != 0 ? e.i / v : e.diDv;
            return g > 0 ? Math.min(1 / g, Double.MAX_VALUE) : Double.MAX_VALUE;
        };
    }

    @Override
    public void topology(TopologySink sink) {
        sink.conductive(a, b);
    }

    @Override
    public boolean isNonlinear() {
        return true;
    }

    /**
     * A resistance law R(x) kept positive outside its physical range without a clamp: below rmin it continues
     * as rmin²/(2·rmin − r), equal in value and slope at rmin and positive for every r, so a state driven out
     * of range (no window, a Newton excursion) never gives a zero or negative resistance.
     */
    public static double positiveResistance(double r, double rmin) {
        return r >= rmin ? r : rmin * rmin / (2 * rmin - r);
    }

    /** d positiveResistance(r, rmin)/dr. */
    public static double dPositiveResistance(double r, double rmin) {
        if (r >= rmin) {
            return 1.0;
        }
        double d = 2 * rmin - r;
        return rmin * rmin / (d * d);
    }
}
