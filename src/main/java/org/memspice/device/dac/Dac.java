package org.memspice.device.dac;

import org.memspice.device.AnalysisMode;
import org.memspice.device.BreakpointSink;
import org.memspice.device.LiveBreakpoints;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.StepObserver;
import org.memspice.device.TimeDependent;
import org.memspice.device.TopologySink;
import org.memspice.device.UnknownAllocator;
import org.memspice.device.support.BranchCurrentDevice;

/**
 * A DAC: a voltage source of the code's level behind {@code rout}, between out and ref. Branch row (SPICE sign: the
 * branch current i enters at out): {@code v(out) − v(ref) − rout·i − V(t) = 0}.
 *
 * <p>The code comes from a schedule (inline list, piecewise-constant pairs or a CSV file), known before the run: its
 * edges are ramps whose corners are breakpoints. Or it is read from bit nodes against vth: at an operating point
 * directly (V is then piecewise constant in the bit voltages, with zero derivative), in a transient at every
 * accepted time point (a latch: a change found at t starts the edge at t, so the output lags the bit crossing by at
 * most one time step; the edge's end becomes a breakpoint).
 */
final class Dac extends BranchCurrentDevice implements TimeDependent, StepObserver, LiveBreakpoints {
    private final DacModel model;
    /** Change times and codes of a scheduled input; null when the code is read from bit nodes. */
    private final double[] changeTimes;
    private final int[] changeCodes;
    /** Bit nodes, least significant first; null for a scheduled input. */
    private final int[] bitNodes;
    private final double vth;
    private final CodeWaveform waveform = new CodeWaveform();
    private int latched = -1;
    private BreakpointSink live;
    private int branchBranch;
    /** The code vector {@code x(ydac)}: its unknown and matrix entry. */
    private int code;
    private int codeDiagonal;

    Dac(String name, int out, int ref, DacModel model, double[] changeTimes, int[] changeCodes, int[] bitNodes,
        double vth) {
        super(name, out, ref);
        this.model = model;
        this.changeTimes = changeTimes;
        this.changeCodes = changeCodes;
        this.bitNodes = bitNodes;
        this.vth = vth;
        if (changeTimes != null) {
            waveform.reset(model.level(changeCodes[0]));
            for (int k = 1; k < changeTimes.length; k++) {
                if (changeCodes[k] != changeCodes[k - 1]) {
                    waveform.change(changeTimes[k], model.level(changeCodes[k]), model.trise, model.tfall);
                }
            }
        }
    }

    @Override
    protected void allocateMore(UnknownAllocator unknowns) {
        code = unknowns.state(name, "code", true, 1e-3);
        unknowns.integerCode(code, model.bits);
    }

    @Override
    protected void bindBranch(MatrixBinder m, int branch) {
        branchBranch = m.entry(branch, branch);
        codeDiagonal = m.entry(code, code);
    }

    @Override
    protected void loadBranch(LoadContext ctx, int branch) {
        ctx.addF(branch, -model.rout * ctx.x(branch) - output(ctx) * ctx.sourceFactor());
        ctx.addJacF(branchBranch, -model.rout);
        // the input code as an output vector (a bus in VCD): code − C(t) = 0, C the code applied at t
        ctx.addF(code, ctx.x(code) - inputCode(ctx));
        ctx.addJacF(codeDiagonal, 1.0);
    }

    /** The code at the input: the schedule's latest change at or before t, or the bits (latched in a transient). */
    private int inputCode(LoadContext ctx) {
        if (bitNodes == null) {
            double t = ctx.mode() == AnalysisMode.TRANSIENT ? ctx.time() : 0.0;
            int k = java.util.Arrays.binarySearch(changeTimes, 1, changeTimes.length, t);
            // found: that change; else the insertion point's predecessor (index 0 holds the code before any change)
            return changeCodes[k >= 0 ? k : -k - 2];
        }
        if (ctx.mode() == AnalysisMode.TRANSIENT && latched >= 0) {
            return latched;
        }
        return readBits(ctx::x);
    }

    private double output(LoadContext ctx) {
        if (bitNodes == null) {
            return waveform.value(ctx.mode() == AnalysisMode.DC ? 0.0 : ctx.time());
        }
        if (ctx.mode() == AnalysisMode.TRANSIENT && latched >= 0) {
            return waveform.value(ctx.time());
        }
        return model.level(readBits(ctx::x));
    }

    /** The code on the bit nodes: bit k is 1 when its voltage is at or above vth. */
    private int readBits(java.util.function.IntToDoubleFunction voltage) {
        int code = 0;
        for (int k = 0; k < bitNodes.length; k++) {
            if (voltage.applyAsDouble(bitNodes[k]) >= vth) {
                code |= 1 << k;
            }
        }
        return code;
    }

    @Override
    public void prepareTransient(double tstep, double tstop) {
        latched = -1;
    }

    @Override
    public void addBreakpoints(double tstop, BreakpointSink sink) {
        if (bitNodes == null) {
            for (double t : waveform.times()) {
                sink.add(t);
            }
        }
    }

    @Override
    public void transientBreakpoints(BreakpointSink sink) {
        live = sink;
    }

    @Override
    public void initialPoint(double[] solution) {
        if (bitNodes != null) {
            latched = readBits(node -> node < 0 ? 0 : solution[node]);
            waveform.reset(model.level(latched));
        }
    }

    @Override
    public boolean acceptStep(double time, double[] solution) {
        if (bitNodes == null) {
            return false;
        }
        int code = readBits(node -> node < 0 ? 0 : solution[node]);
        if (code == latched) {
            return false;
        }
        latched = code;
        double end = waveform.change(time, model.level(code), model.trise, model.tfall);
        if (live != null) {
            live.add(end);
        }
        return true;
    }

    @Override
    public void topology(TopologySink sink) {
        if (model.rout > 0) {
            sink.conductive(a, b);
        } else {
            sink.voltageDefined(a, b);
        }
    }

    @Override
    public boolean isNonlinear() {
        return bitNodes != null;
    }
}
