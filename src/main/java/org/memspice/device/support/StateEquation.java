package org.memspice.device.support;

import org.memspice.device.AnalysisMode;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;

/**
 * The row of one device state variable w, an MNA unknown: {@code dw/dt = F(w, controls)} in a transient, written in
 * DAE form as {@code f = −F, q = w}, so the analysis integrates w with its own method and truncation-error control.
 * At an operating point (and at the start of a {@code uic} transient) the state has no unique steady state
 * (SPICE's dead zones), so it is held at its initial value: {@code f = w − w0}. Xyce does the same with its
 * memristor's internal variable.
 */
public final class StateEquation {
    private final int state;
    private final int[] controls;
    private final int diagonal;
    private final int[] controlHandles;
    /** KCL columns ∂i/∂w of the branch current a state of a two-terminal element drives ({@link #ofBranch}). */
    private int kclPlus;
    private int kclMinus;

    /** @param controls the unknowns F depends on besides w (node voltages, branch currents, other states) */
    public StateEquation(MatrixBinder m, int state, int... controls) {
        this.state = state;
        this.controls = controls.clone();
        this.diagonal = m.entry(state, state);
        this.controlHandles = new int[controls.length];
        for (int k = 0; k < controls.length; k++) {
            controlHandles[k] = m.entry(state, controls[k]);
        }
    }

    /**
     * The state of a two-terminal element from p to n whose rate depends on w and on v(p), v(n) (the controls, in
     * that order), and whose branch current i(p → n) depends on w: binds the state row and the KCL columns of w in
     * rows p and n, loaded by {@link #loadCurrentSensitivity}.
     */
    public static StateEquation ofBranch(MatrixBinder m, int state, int p, int n) {
        StateEquation e = new StateEquation(m, state, p, n);
        e.kclPlus = m.entry(p, state);
        e.kclMinus = m.entry(n, state);
        return e;
    }

    /** Adds ∂i/∂w of the branch current i(p → n) to rows p (+) and n (−); only for {@link #ofBranch} rows. */
    public void loadCurrentSensitivity(LoadContext ctx, double dCurrentDState) {
        ctx.addJacF(kclPlus, dCurrentDState);
        ctx.addJacF(kclMinus, -dCurrentDState);
    }

    public int unknown() {
        return state;
    }

    /** Whether the state is held at its initial value in this mode (operating points, the uic start). */
    public static boolean held(AnalysisMode mode) {
        return mode != AnalysisMode.TRANSIENT;
    }

    /**
     * Loads the row. In a transient: rate F, ∂F/∂w and ∂F/∂control[k]; elsewhere the state is pinned to
     * {@code initial} and the rate is not used (pass anything).
     */
    public void load(LoadContext ctx, double initial, double rate, double dRateDState, double... dRateDControl) {
        double w = ctx.x(state);
        ctx.addQ(state, w);
        ctx.addJacQ(diagonal, 1.0);
        if (held(ctx.mode())) {
            ctx.addF(state, w - initial);
            ctx.addJacF(diagonal, 1.0);
            return;
        }
        ctx.addF(state, -rate);
        ctx.addJacF(diagonal, -dRateDState);
        for (int k = 0; k < controlHandles.length; k++) {
            ctx.addJacF(controlHandles[k], -dRateDControl[k]);
        }
    }

    /** The controls as given at construction (for devices that compute their derivatives in this order). */
    public int control(int k) {
        return controls[k];
    }
}
