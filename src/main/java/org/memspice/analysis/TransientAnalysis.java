package org.memspice.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memspice.circuit.AnalysisRequest;
import org.memspice.circuit.SimulationOptions;
import org.memspice.circuit.SimulationOptions.IntegrationMethod;
import org.memspice.device.AnalysisMode;
import org.memspice.device.ChargeCurrent;
import org.memspice.device.Device;
import org.memspice.device.InitialConditions;
import org.memspice.device.LiveBreakpoints;
import org.memspice.device.StepObserver;
import org.memspice.device.TimeDependent;
import org.memspice.output.PlotHeader;
import org.memspice.output.Variable;
import org.memspice.output.VariableType;
import org.memspice.output.WaveformSink;
import org.memspice.solver.mna.MnaSystem;
import org.memspice.solver.mna.UnknownKind;
import org.memspice.solver.mna.Unknowns;
import org.memspice.solver.newton.NewtonResult;
import org.memspice.solver.newton.NewtonSolver;

/**
 * Transient analysis of {@code f(x) + dq(x)/dt = 0}. The integrator owns d/dt: trapezoidal or variable-step Gear-2
 * (BDF2) companion formulas {@code dq/dt ≈ α·q + h}, backward Euler for the first step after the start and after
 * every corner (a sample point is landed on without a restart). Step size follows the local truncation error of
 * every charge-carrying row, estimated from divided differences of q (as SPICE3 does, Nagel 1975, ch. 4) and
 * compared with reltol/abstol/chgtol times trtol.
 */
final class TransientAnalysis {
    /** Trapezoidal LTE is h³/12·q''' = ½·h³·DD₃; BDF2 is 2/9·h³·q''' = 4/3·h³·DD₃; backward Euler ½·h²·q'' = h²·DD₂. */
    private static final double TRAP_FACTOR = 0.5;
    private static final double GEAR2_FACTOR = 4.0 / 3.0;
    private static final double EULER_FACTOR = 1.0;
    private static final int HISTORY = 4;

    private final SolverSession session;
    private final AnalysisRequest.Transient request;
    private final Map<Integer, Double> initialConditions;
    private final OutputColumns columns;
    private final boolean fixedStep;
    private final TransientProgress progress;
    private final boolean profiling;
    /** Nanoseconds spent writing points, measured only when profiling. */
    private long outputNanos;

    private final int n;
    private final double[] rowTolerance;
    /** q at the newest accepted points: q[0] is the latest, with its time in times[0]. */
    private final double[][] q = new double[HISTORY][];
    private final double[] times = new double[HISTORY];
    private int historyDepth;
    private final double[] qdot;
    private final double[] history;
    private final double[] qNew;
    private final double[] qdotNew;
    /** The last companion formula as dq/dt = c0·q + c1·q[0] + c2·q[1] + cd·qdot, for devices' own charges. */
    private double c0;
    private double c1;
    private double c2;
    private double cd;

    TransientAnalysis(SolverSession session, AnalysisRequest.Transient request, Map<Integer, Double> ics,
                      OutputColumns columns, boolean fixedStep, TransientProgress progress, boolean profiling) {
        this.session = session;
        this.progress = progress;
        this.profiling = profiling;
        this.request = request;
        this.initialConditions = ics;
        this.columns = columns;
        this.fixedStep = fixedStep;
        this.n = session.size();
        for (int k = 0; k < HISTORY; k++) {
            q[k] = new double[n];
        }
        qdot = new double[n];
        history = new double[n];
        qNew = new double[n];
        qdotNew = new double[n];
        rowTolerance = new double[n];
        SimulationOptions o = session.options();
        Unknowns u = session.circuit().unknowns();
        for (int i = 0; i < n; i++) {
            UnknownKind kind = u.kind(i);
            rowTolerance[i] = kind == UnknownKind.NODE_VOLTAGE ? o.abstol()
                    : kind == UnknownKind.BRANCH_CURRENT ? o.vntol() : u.stateTolerance(i);
        }
    }

    AnalysisStatistics run(WaveformSink sink) throws SimulationException, IOException {
        progress.started(request.tstart(), request.tstop());
        try {
            return integrate(sink);
        } finally {
            progress.finished();
        }
    }

    private AnalysisStatistics integrate(WaveformSink sink) throws SimulationException, IOException {
        AnalysisStatistics.Counters before = AnalysisStatistics.Counters.of(session);
        SimulationOptions o = session.options();
        MnaSystem system = session.system();
        NewtonSolver newton = session.newton();
        double tstop = request.tstop();
        double tmax = request.tmax();
        double hmin = 1e-9 * Math.min(tmax, request.tstep());
        double resolution = Math.max(1e-3 * hmin, 8 * Math.ulp(tstop));

        Breakpoints breakpoints = new Breakpoints(tstop);
        for (Device d : session.circuit().devices()) {
            if (d instanceof TimeDependent td) {
                td.prepareTransient(request.tstep(), tstop);
                td.addBreakpoints(tstop, breakpoints);
            }
        }
        breakpoints.seal(resolution);
        for (Device d : session.circuit().devices()) {
            if (d instanceof LiveBreakpoints lb) {
                lb.transientBreakpoints(breakpoints.live(resolution));
            }
        }
        List<StepObserver> stepObservers = new ArrayList<>();
        List<ChargeCurrent> chargeCurrents = new ArrayList<>();
        for (Device d : session.circuit().devices()) {
            if (d instanceof StepObserver observer) {
                stepObservers.add(observer);
            }
            if (d instanceof ChargeCurrent c) {
                chargeCurrents.add(c);
            }
        }

        double[] x = initialState(system);
        System.arraycopy(system.q(), 0, q[0], 0, n);
        times[0] = 0.0;
        historyDepth = 1;
        for (StepObserver observer : stepObservers) {
            observer.initialPoint(x);
        }
        for (ChargeCurrent c : chargeCurrents) {
            c.startCharge(x, request.uic());
        }

        double[] row = new double[1 + columns.size()];
        sink.beginPlot(new PlotHeader(session.circuit().title(), "Transient Analysis",
                columns.variables(new Variable("time", VariableType.TIME))));
        long points = 0;
        // with uic the vector at t = 0 is not a solution (algebraic nodes are 0): like ngspice, do not write it
        if (request.tstart() <= 0 && !request.uic()) {
            writePoint(sink, row, 0.0, x);
            points++;
        }

        double[] xPrevious = x.clone();
        double[] xTrial = new double[n];
        double t = 0.0;
        double hPrevious = 0.0;
        double h = fixedStep ? tmax : Math.min(tmax, breakpoints.nextAfter(0.0, resolution)) / 10;
        int order = 1;
        long accepted = 0;
        long rejected = 0;
        long newtonRejected = 0;
        double minStep = Double.POSITIVE_INFINITY;
        double maxStep = 0;
        double stepSum = 0;
        while (t < tstop - resolution) {
            double nextBreak = breakpoints.nextAfter(t, resolution);
            boolean corner = breakpoints.nextIsCorner();
            h = Math.min(h, tmax);
            double hWanted = h; // what the step would have been without a breakpoint ahead
            boolean landing = false;
            if (t + h >= nextBreak - resolution || nextBreak - (t + h) < 0.1 * h) {
                h = nextBreak - t;
                landing = true;
            }
            double tNew = landing ? nextBreak : t + h;
            double alpha = companion(order, h, hPrevious);

            // predictor: extrapolate the last two accepted points
            if (historyDepth >= 2 && hPrevious > 0) {
                double ratio = h / hPrevious;
                for (int i = 0; i < n; i++) {
                    xTrial[i] = x[i] + (x[i] - xPrevious[i]) * ratio;
                }
            } else {
                System.arraycopy(x, 0, xTrial, 0, n);
            }
            system.setAnalysisPoint(AnalysisMode.TRANSIENT, tNew, alpha);
            NewtonResult result = newton.solve(xTrial, alpha, history, null, o.itl4());
            if (!result.converged()) {
                rejected++;
                newtonRejected++;
                h /= 8;
                order = 1;
                if (h < hmin) {
                    throw timeStepTooSmall(t, "Newton " + (result.singular() ? "hit a singular matrix" : "did not converge")
                            + (result.worstUnknown() >= 0
                                    ? " at " + session.circuit().unknowns().name(result.worstUnknown()) : ""));
                }
                continue;
            }
            if (!system.isNonlinear()) {
                system.load(xTrial); // a linear solve returns before reloading: q must belong to the solution
            }
            double[] qLoaded = system.q();
            for (int i = 0; i < n; i++) {
                qNew[i] = qLoaded[i];
                qdotNew[i] = alpha * qNew[i] + history[i];
            }

            double hNext = 2 * h;
            double hLte = Double.POSITIVE_INFINITY;
            if (!fixedStep) {
                hLte = truncationErrorStep(order, tNew, h, o);
                if (hLte < 0.9 * h && h > hmin) {
                    rejected++;
                    h = Math.max(hLte, h / 8);
                    if (h < hmin) {
                        throw timeStepTooSmall(t, "truncation error");
                    }
                    continue;
                }
                hNext = Math.min(hLte, 2 * h);
            }

            // accept
            accepted++;
            minStep = Math.min(minStep, tNew - t);
            maxStep = Math.max(maxStep, tNew - t);
            stepSum += tNew - t;
            System.arraycopy(x, 0, xPrevious, 0, n);
            System.arraycopy(xTrial, 0, x, 0, n);
            pushHistory(tNew);
            System.arraycopy(qdotNew, 0, qdot, 0, n);
            hPrevious = h;
            t = tNew;
            for (ChargeCurrent c : chargeCurrents) {
                c.acceptCharge(x, c0, c1, c2, cd);
            }
            if (t >= request.tstart() - resolution) {
                writePoint(sink, row, t, x);
                points++;
            }
            order = 2;
            boolean restart = landing && corner;
            for (StepObserver observer : stepObservers) {
                restart |= observer.acceptStep(t, x);
            }
            progress.accepted(t, accepted, rejected);
            if (restart) {
                // restart after a corner: backward Euler, fresh difference history, a cautious first step
                order = 1;
                historyDepth = 1; // q[0], times[0] already hold the point on the breakpoint
                hPrevious = 0;
                System.arraycopy(x, 0, xPrevious, 0, n);
                double after = breakpoints.nextAfter(t, resolution);
                // the waveform's derivative jumps here: restart with a tenth of the last step (as SPICE3 does)
                h = fixedStep ? tmax : Math.min(hNext, 0.1 * Math.min(h, after - t));
            } else if (landing) {
                // a sample point shortened this step only to land there: carry on with the step it cut short
                h = fixedStep ? tmax : Math.min(hLte, Math.max(hNext, hWanted));
            } else {
                h = fixedStep ? tmax : hNext;
            }
        }
        sink.endPlot();
        return before.finish(session, "tran", points, accepted, rejected, new AnalysisProfile(0, 0, 0,
                outputNanos * 1e-9, minStep, maxStep, stepSum, newtonRejected, rejected - newtonRejected));
    }

    /**
     * The state at t = 0, with the system loaded there: with {@code uic}, the {@code .ic} node values and device
     * {@code ic=} values as they are; otherwise the DC operating point with {@code .ic} nodes held.
     */
    private double[] initialState(MnaSystem system) throws SimulationException {
        double[] x = new double[n];
        if (request.uic()) {
            initialConditions.forEach((node, v) -> x[node] = v);
            for (Device d : session.circuit().devices()) {
                if (d instanceof InitialConditions ic) {
                    ic.applyInitialConditions(x);
                }
            }
            system.setAnalysisPoint(AnalysisMode.TRANSIENT_INITIAL, 0.0, 0.0);
        } else {
            session.operatingPoint(x, initialConditions, "transient initial point",
                    AnalysisMode.TRANSIENT_OPERATING_POINT);
        }
        system.load(x);
        return x;
    }

    private SimulationException timeStepTooSmall(double t, String why) {
        return new SimulationException(String.format(Locale.ROOT, "transient: time step too small at t=%.6g s (%s)",
                t, why));
    }

    /** Sets {@link #history} for the formula and returns α such that dq/dt ≈ α·q(new) + history. */
    private double companion(int order, double h, double hPrevious) {
        IntegrationMethod method = session.options().method();
        if (order == 1 || historyDepth < 2) {
            double alpha = 1.0 / h;
            for (int i = 0; i < n; i++) {
                history[i] = -alpha * q[0][i];
            }
            setCoefficients(alpha, -alpha, 0, 0);
            return alpha;
        }
        if (method == IntegrationMethod.TRAPEZOIDAL) {
            double alpha = 2.0 / h;
            for (int i = 0; i < n; i++) {
                history[i] = -alpha * q[0][i] - qdot[i];
            }
            setCoefficients(alpha, -alpha, 0, -1);
            return alpha;
        }
        // variable-step BDF2: dq/dt = a0·q(n+1) + a1·q(n) + a2·q(n−1), ρ = h / h_previous
        double rho = h / hPrevious;
        double a0 = (1 + 2 * rho) / (h * (1 + rho));
        double a1 = -(1 + rho) / h;
        double a2 = rho * rho / (h * (1 + rho));
        for (int i = 0; i < n; i++) {
            history[i] = a1 * q[0][i] + a2 * q[1][i];
        }
        setCoefficients(a0, a1, a2, 0);
        return a0;
    }

    private void setCoefficients(double c0, double c1, double c2, double cd) {
        this.c0 = c0;
        this.c1 = c1;
        this.c2 = c2;
        this.cd = cd;
    }

    /**
     * The step the truncation error of the step just taken allows: for every row with charge,
     * h = (trtol·tol / (factor·|DD|))^(1/k), with tol the larger of the current tolerance
     * (reltol·|dq/dt| + abstol) and the charge tolerance (reltol·max(|q|, chgtol)/h). Infinite without history.
     */
    private double truncationErrorStep(int order, double tNew, double h, SimulationOptions o) {
        int k = order == 1 ? 1 : 2;
        if (historyDepth < k + 1) {
            return Double.POSITIVE_INFINITY;
        }
        double factor = k == 1 ? EULER_FACTOR
                : o.method() == IntegrationMethod.TRAPEZOIDAL ? TRAP_FACTOR : GEAR2_FACTOR;
        double t0 = tNew;
        double t1 = times[0];
        double t2 = times[1];
        double t3 = k == 2 ? times[2] : 0;
        double best = Double.POSITIVE_INFINITY;
        double[] q1 = q[0];
        double[] q2 = q[1];
        double[] q3 = k == 2 ? q[2] : null;
        for (int i = 0; i < n; i++) {
            double a = qNew[i];
            double b = q1[i];
            double c = q2[i];
            if (a == 0 && b == 0 && c == 0) {
                continue;
            }
            double d01 = (a - b) / (t0 - t1);
            double d12 = (b - c) / (t1 - t2);
            double dd2 = (d01 - d12) / (t0 - t2);
            double dd;
            if (k == 1) {
                dd = dd2;
            } else {
                double d23 = (c - q3[i]) / (t2 - t3);
                double dd2b = (d12 - d23) / (t1 - t3);
                dd = (dd2 - dd2b) / (t0 - t3);
            }
            double currentTol = o.reltol() * Math.max(Math.abs(qdotNew[i]), Math.abs(qdot[i])) + rowTolerance[i];
            double chargeTol = o.reltol() * Math.max(Math.max(Math.abs(a), Math.abs(b)), o.chgtol()) / h;
            double tol = Math.max(currentTol, chargeTol);
            double err = factor * Math.abs(dd);
            if (err > 0) {
                double step = k == 1 ? o.trtol() * tol / err : Math.sqrt(o.trtol() * tol / err);
                best = Math.min(best, step);
            }
        }
        return best;
    }

    private void pushHistory(double t) {
        double[] oldest = q[HISTORY - 1];
        for (int k = HISTORY - 1; k > 0; k--) {
            q[k] = q[k - 1];
            times[k] = times[k - 1];
        }
        q[0] = oldest;
        System.arraycopy(qNew, 0, q[0], 0, n);
        times[0] = t;
        historyDepth = Math.min(historyDepth + 1, HISTORY);
    }

    private void writePoint(WaveformSink sink, double[] row, double t, double[] x) throws IOException {
        long start = profiling ? System.nanoTime() : 0;
        row[0] = t;
        columns.fill(row, 1, x);
        sink.point(row);
        if (profiling) {
            outputNanos += System.nanoTime() - start;
        }
    }
}
