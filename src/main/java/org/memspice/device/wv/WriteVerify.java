package org.memspice.device.wv;

import java.util.ArrayList;
import java.util.List;
import org.memspice.device.AnalysisMode;
import org.memspice.device.BreakpointSink;
import org.memspice.device.Device;
import org.memspice.device.LiveBreakpoints;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.StepObserver;
import org.memspice.device.TimeDependent;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;

/**
 * The write-verify controller of a 1T1R array: one ideal voltage source from each word, select and bit line's
 * driven terminal to ground (branch currents {@code i(ywv1#wl0)}, …), whose levels a state machine sets one phase
 * at a time, deciding each phase only at the accepted time point that ends the previous one (never per Newton
 * iteration), with breakpoints at every edge.
 *
 * <p>Phases of cell (i, j), each a trapezoid of all its line levels (ramp up over tedge, plateau, ramp down over
 * tedge; every line idles at 0 V between phases):
 * <ul>
 * <li>read (verify and final read-back): wl_i = vread, sl_i = vg, bl_j = 0, the other bit lines at vread (no bias
 * on the other cells of the row, whose transistors are on). The read conductance G = i(bl_j)/vread is sampled at
 * the end of the tread plateau, from the current the bit-line source sinks (the cell seen from the periphery:
 * memristor, access transistor and line segments in series);</li>
 * <li>set pulse of amplitude a: wl_i = a, sl_i = vgset (the transistor's saturation current is the set
 * compliance), bl_j = 0, the other bit lines at a (inhibit);</li>
 * <li>reset pulse of amplitude a: bl_j = a, sl_i = vg, every other line at 0 (the cell's word line too).</li>
 * </ul>
 * The rows of the other cells have their select lines at 0 V: their transistors are off. The loop is incremental
 * step-pulse programming (ISPP): read; within tol of the target → the next cell; else a set (G below target) or
 * reset (above) pulse whose amplitude starts at vset/vreset and grows by vsetstep/vresetstep with each further
 * pulse in the same direction (back to the start after a change of direction), capped at vsetmax/vresetmax; after
 * tsettle a verify read; at most maxpulses pulses per cell. When every cell is done, after trelax, every cell is
 * read once more in the same order (the read-back: the achieved value, after the programming of the other cells
 * and the relaxation of volatile state).
 */
final class WriteVerify implements Device, TimeDependent, StepObserver, LiveBreakpoints {
    enum Phase { READ, SET, RESET, READBACK }

    private final String name;
    private final String array;
    private final WriteVerifySettings s;
    private final int rows;
    private final int cols;
    private final double[][] target;
    /** Lines in the order wl0…wl(N−1), sl0…sl(N−1), bl0…bl(M−1): nodes, branch currents and handles. */
    private final int[] node;
    private final String[] lineName;
    private final int[] branch;
    private final int[] nodeBranch;
    private final int[] branchNode;
    private final double[] level;

    private Phase phase;
    private int cell;
    private double t0;
    private double t1;
    private double t2;
    private boolean sampled;
    private double lastRead;
    private double finishTime;
    private BreakpointSink live;
    private boolean transientRun;
    private ProgramReport.Cell[] results;

    WriteVerify(String name, String array, WriteVerifySettings settings, double[][] target, int[] wordLines,
                int[] selectLines, int[] bitLines) {
        this.name = name;
        this.array = array;
        this.s = settings;
        this.rows = wordLines.length;
        this.cols = bitLines.length;
        this.target = target;
        int n = 2 * rows + cols;
        node = new int[n];
        lineName = new String[n];
        for (int i = 0; i < rows; i++) {
            node[i] = wordLines[i];
            lineName[i] = "wl" + i;
            node[rows + i] = selectLines[i];
            lineName[rows + i] = "sl" + i;
        }
        for (int j = 0; j < cols; j++) {
            node[2 * rows + j] = bitLines[j];
            lineName[2 * rows + j] = "bl" + j;
        }
        branch = new int[n];
        nodeBranch = new int[n];
        branchNode = new int[n];
        level = new double[n];
        reset();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        for (int k = 0; k < node.length; k++) {
            branch[k] = unknowns.branchCurrent(name + "#" + lineName[k]);
        }
    }

    @Override
    public void bind(MatrixBinder m) {
        for (int k = 0; k < node.length; k++) {
            nodeBranch[k] = m.entry(node[k], branch[k]);
            branchNode[k] = m.entry(branch[k], node[k]);
        }
    }

    /** Each line: KCL gets the source's current i (leaving the node), the branch row v(line) − V(t) = 0. */
    @Override
    public void load(LoadContext ctx) {
        double shape = ctx.mode() == AnalysisMode.TRANSIENT ? shape(ctx.time()) * ctx.sourceFactor() : 0;
        for (int k = 0; k < node.length; k++) {
            ctx.addF(node[k], ctx.x(branch[k]));
            ctx.addJacF(nodeBranch[k], 1.0);
            ctx.addF(branch[k], ctx.x(node[k]) - level[k] * shape);
            ctx.addJacF(branchNode[k], 1.0);
        }
    }

    /** The phase's trapezoid, 0 … 1: up over [t0, t0 + tedge], plateau to t1, down to t2 = t1 + tedge. */
    private double shape(double t) {
        if (phase == null || t <= t0 || t >= t2) {
            return 0;
        }
        if (t < t0 + s.tedge()) {
            return (t - t0) / s.tedge();
        }
        return t <= t1 ? 1 : (t2 - t) / s.tedge();
    }

    @Override
    public void topology(TopologySink sink) {
        for (int n : node) {
            sink.voltageDefined(n, MatrixBinder.GROUND);
        }
    }

    @Override
    public void prepareTransient(double tstep, double tstop) {
        reset();
        transientRun = true;
    }

    /** Back to the start: every cell unprogrammed, the first verify read scheduled at delay. */
    private void reset() {
        results = new ProgramReport.Cell[rows * cols];
        for (int k = 0; k < results.length; k++) {
            results[k] = new ProgramReport.Cell(k / cols, k % cols, target[k / cols][k % cols]);
        }
        live = null;
        finishTime = Double.NaN;
        schedule(Phase.READ, 0, s.delay(), 0);
    }

    @Override
    public void addBreakpoints(double tstop, BreakpointSink sink) {
        addCorners(sink);
    }

    @Override
    public void transientBreakpoints(BreakpointSink sink) {
        live = sink;
    }

    private void addCorners(BreakpointSink sink) {
        sink.add(t0);
        sink.add(t0 + s.tedge());
        sink.add(t1);
        sink.add(t2);
    }

    /** Sets the line levels of a phase of cell {@code k} starting at {@code start}; its corners become breakpoints. */
    private void schedule(Phase next, int k, double start, double amplitude) {
        phase = next;
        cell = k;
        int i = k / cols;
        int j = k % cols;
        java.util.Arrays.fill(level, 0);
        double width;
        switch (next) {
            case READ:
            case READBACK:
                level[i] = s.vread();
                level[rows + i] = s.vg();
                for (int c = 0; c < cols; c++) {
                    level[2 * rows + c] = c == j ? 0 : s.vread();
                }
                width = s.tread();
                break;
            case SET:
                level[i] = amplitude;
                level[rows + i] = s.vgset();
                for (int c = 0; c < cols; c++) {
                    level[2 * rows + c] = c == j ? 0 : amplitude;
                }
                width = s.tpulse();
                break;
            default:
                level[rows + i] = s.vg();
                level[2 * rows + j] = amplitude;
                width = s.tpulse();
        }
        t0 = start;
        t1 = start + s.tedge() + width;
        t2 = t1 + s.tedge();
        sampled = false;
        if (live != null) {
            addCorners(live);
        }
    }

    @Override
    public boolean acceptStep(double time, double[] solution) {
        if (phase == null) {
            return false;
        }
        double eps = 1e-6 * s.tedge();
        if ((phase == Phase.READ || phase == Phase.READBACK) && !sampled && time >= t1 - eps) {
            int bl = branch[2 * rows + cell % cols];
            lastRead = solution[bl] / s.vread(); // the current the bit-line source sinks, over the read bias
            sampled = true;
        }
        if (time >= t2 - eps) {
            decide(t2);
        }
        return false;
    }

    /** The next phase, decided at the accepted point that ends the present one. */
    private void decide(double now) {
        ProgramReport.Cell r = results[cell];
        switch (phase) {
            case READ: {
                r.verified = lastRead;
                r.reads++;
                double error = lastRead / r.target - 1;
                if (Math.abs(error) <= s.tol()) {
                    r.converged = true;
                    r.finished = true;
                    nextCell(now);
                } else if (r.pulses >= s.maxpulses()) {
                    r.finished = true;
                    r.reason = String.format(java.util.Locale.ROOT, "maxpulses=%d reached, last verify error %+.1f%%",
                            s.maxpulses(), 100 * error);
                    nextCell(now);
                } else {
                    boolean set = lastRead < r.target;
                    r.step = r.pulses > 0 && set == r.lastWasSet ? r.step + 1 : 0;
                    r.lastWasSet = set;
                    double amplitude = set ? Math.min(s.vset() + r.step * s.vsetstep(), s.vsetmax())
                            : Math.min(s.vreset() + r.step * s.vresetstep(), s.vresetmax());
                    r.pulses++;
                    if (set) {
                        r.sets++;
                    } else {
                        r.resets++;
                    }
                    r.lastAmplitude = set ? amplitude : -amplitude;
                    schedule(set ? Phase.SET : Phase.RESET, cell, now + s.tedge(), amplitude);
                }
                break;
            }
            case SET:
            case RESET:
                schedule(Phase.READ, cell, now + s.tsettle(), 0);
                break;
            default: // READBACK
                r.achieved = lastRead;
                if (cell + 1 < results.length) {
                    schedule(Phase.READBACK, cell + 1, now + s.tedge(), 0);
                } else {
                    phase = null;
                    java.util.Arrays.fill(level, 0);
                    finishTime = now;
                }
        }
    }

    private void nextCell(double now) {
        if (cell + 1 < results.length) {
            schedule(Phase.READ, cell + 1, now + s.tedge(), 0);
        } else {
            schedule(Phase.READBACK, 0, now + s.trelax(), 0);
        }
    }

    /** The achieved-versus-target report of the last transient, or null when no transient ran. */
    ProgramReport report() {
        if (!transientRun) {
            return null;
        }
        List<ProgramReport.Cell> cells = new ArrayList<>();
        for (ProgramReport.Cell r : results) {
            ProgramReport.Cell c = r.copy();
            if (!c.finished) {
                c.reason = c.pulses > 0 || c.reads > 0
                        ? "the transient ended while this cell was being programmed (raise tstop)"
                        : "the transient ended before this cell's turn (raise tstop)";
            } else if (Double.isNaN(c.achieved) && c.reason.isEmpty()) {
                c.reason = "programmed, but the transient ended before its read-back (raise tstop)";
            }
            cells.add(c);
        }
        return new ProgramReport(name, array, rows, cols, s, cells, finishTime);
    }

    @Override
    public boolean isNonlinear() {
        return false;
    }
}
