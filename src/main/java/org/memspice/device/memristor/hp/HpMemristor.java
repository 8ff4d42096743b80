package org.memspice.device.memristor.hp;

import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.memristor.OneStateMemristor;
import org.memspice.device.support.SafeMath;
import org.memspice.device.support.StateEquation;

/**
 * HP linear drift: R(x) = Ron·x + Roff·(1 − x) with x = w/D ∈ [0, 1], i = v/R(x), and
 * dx/dt = (µv·Ron/D²)·i·f(x, i) (Strukov 2008, eqs. 1–2 in the normalised state x). The state is an MNA unknown
 * printed as {@code x(ym1)}; it is held at x0 at an operating point.
 */
final class HpMemristor implements Device, org.memspice.device.Probeable {
    enum Window { NONE, JOGLEKAR, BIOLEK, PRODROMAKIS }

    private final String name;
    private final int a;
    private final int b;
    private final double ron;
    private final double roff;
    /** µv·Ron/D² in 1/(A·s): the drift rate per ampere. */
    private final double k;
    private final double x0;
    private final Window window;
    private final double p;
    private final double j;
    /** Current scale of the smoothed step stp(−i) in Biolek's window, so that its derivative exists. */
    private final double ismooth;
    private int x;
    private int aa;
    private int ab;
    private int ax;
    private int ba;
    private int bb;
    private int bx;
    private StateEquation state;

    HpMemristor(String name, int a, int b, double ron, double roff, double k, double x0, Window window, double p,
                double j, double ismooth) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.ron = ron;
        this.roff = roff;
        this.k = k;
        this.x0 = x0;
        this.window = window;
        this.p = p;
        this.j = j;
        this.ismooth = ismooth;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        x = unknowns.state(name, "x", true, 1e-9);
    }

    @Override
    public void bind(MatrixBinder m) {
        aa = m.entry(a, a);
        ab = m.entry(a, b);
        ax = m.entry(a, x);
        ba = m.entry(b, a);
        bb = m.entry(b, b);
        bx = m.entry(b, x);
        state = new StateEquation(m, x, a, b);
    }

    @Override
    public void load(LoadContext ctx) {
        double v = ctx.x(a) - ctx.x(b);
        double w = StateEquation.held(ctx.mode()) ? x0 : ctx.x(x);
        // R(x) kept positive (and x unclamped) should the state leave [0, 1], as it may without a window
        double rLinear = ron * w + roff * (1 - w);
        double rmin = 0.5 * Math.min(ron, roff);
        double r = OneStateMemristor.positiveResistance(rLinear, rmin);
        double drDx = OneStateMemristor.dPositiveResistance(rLinear, rmin) * (ron - roff);
        double i = v / r;
        double diDv = 1 / r;
        double diDx = -v * drDx / (r * r);
        ctx.addF(a, i);
        ctx.addF(b, -i);
        ctx.addJacF(aa, diDv);
        ctx.addJacF(ab, -diDv);
        ctx.addJacF(ba, -diDv);
        ctx.addJacF(bb, diDv);
        if (!StateEquation.held(ctx.mode())) {
            ctx.addJacF(ax, diDx);
            ctx.addJacF(bx, -diDx);
        }
        // window f(x, i) and its partial derivatives
        double f;
        double dfDx;
        double dfDi = 0;
        switch (window) {
            case JOGLEKAR: { // f = 1 − (2x − 1)^{2p}
                double u = 2 * w - 1;
                double pow = Math.pow(Math.abs(u), 2 * p);
                f = 1 - pow;
                dfDx = u == 0 ? 0 : -2 * p * pow / u * 2;
                break;
            }
            case BIOLEK: { // f = 1 − (x − stp(−i))^{2p}, stp smoothed by a logistic of width ismooth
                double s = SafeMath.sigmoid(-i / ismooth);
                double u = w - s;
                double pow = Math.pow(Math.abs(u), 2 * p);
                f = 1 - pow;
                double dfDu = u == 0 ? 0 : -2 * p * pow / u;
                dfDx = dfDu;
                dfDi = dfDu * (s * (1 - s) / ismooth); // du/di = −ds/di = s(1 − s)/ismooth
                break;
            }
            case PRODROMAKIS: { // f = j·(1 − ((x − 0.5)² + 0.75)^p)
                double u = (w - 0.5) * (w - 0.5) + 0.75;
                double pow = Math.pow(u, p);
                f = j * (1 - pow);
                dfDx = -j * p * pow / u * 2 * (w - 0.5);
                break;
            }
            default:
                f = 1;
                dfDx = 0;
        }
        double rate = k * i * f;
        double dRateDi = k * (f + i * dfDi);
        double dRateDv = dRateDi * diDv;
        double dRateDx = dRateDi * diDx + k * i * dfDx;
        state.load(ctx, x0, rate, dRateDx, dRateDv, -dRateDv);
    }

    /** Xyce's lead current {@code i(ymemristor!m1)}: v/R(x) at an accepted solution. */
    @Override
    public double leadCurrent(double[] solution) {
        double v = org.memspice.device.Probeable.at(solution, a) - org.memspice.device.Probeable.at(solution, b);
        double w = org.memspice.device.Probeable.at(solution, x);
        return v / OneStateMemristor.positiveResistance(ron * w + roff * (1 - w), 0.5 * Math.min(ron, roff));
    }

    @Override
    public void topology(TopologySink sink) {
        sink.conductive(a, b);
    }

    @Override
    public boolean isNonlinear() {
        return true;
    }
}
