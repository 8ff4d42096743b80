package org.memspice.device.adc;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
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
import org.memspice.device.support.BranchEquation;

/**
 * An ADC sampling v(in, ref). Its output code is an unknown of the circuit, printed {@code x(yadc1)}, whose row is
 * {@code code − C(t) = 0}: written in every waveform format like a voltage, and able to drive the optional
 * reconstructed node {@code out}, a source {@code v(out) − v(ref) = vmin + code·LSB}.
 *
 * <p>At an operating point or DC sweep the ADC converts its input continuously (no noise, no latency): a DC sweep
 * is the static transfer function. In a transient C(t) holds {@code ic} until the first conversion completes; each
 * sample is taken on an accepted time point (a sample point at every sampling instant of a periodic clock; the
 * interpolated crossing of vth, rising, of a clock node), the noise is drawn then from the device's seeded stream
 * (once per sample, never per Newton iteration) and the code appears one conversion time later: a corner when it
 * drives {@code out}, otherwise only a sample point. Sample points do not restart the integration, so a converter
 * sampling a quiet circuit costs two time points per conversion, not the dozen a restart's regrowing steps take.
 * Inputs draw no current.
 */
final class Adc implements Device, TimeDependent, StepObserver, LiveBreakpoints {
    private final String name;
    private final int in;
    private final int ref;
    private final int out;
    private final int clock;
    private final AdcModel model;
    private final double period;
    private final double delay;
    private final double vth;
    private final int initialCode;
    private final RandomGenerator random;

    private int code;
    private int branch = -1;
    private int codeDiagonal;
    private int branchCode;
    private BranchEquation outEquation;

    /** Conversions in flight and done: the code {@code readyCodes[k]} holds from {@code readyTimes[k]} on. */
    private double[] readyTimes = new double[16];
    private int[] readyCodes = new int[16];
    private int ready;
    private int nextSample;
    private double lastTime;
    private double lastInput;
    private double lastClock;
    private BreakpointSink live;

    Adc(String name, int in, int ref, int out, int clock, AdcModel model, double period, double delay, double vth,
        int initialCode, RandomGenerator random) {
        this.name = name;
        this.in = in;
        this.ref = ref;
        this.out = out;
        this.clock = clock;
        this.model = model;
        this.period = period;
        this.delay = delay;
        this.vth = vth;
        this.initialCode = initialCode;
        this.random = random;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void allocate(UnknownAllocator unknowns) {
        code = unknowns.state(name, "code", true, 1e-3);
        unknowns.integerCode(code, model.bits);
        if (out != NO_NODE) {
            branch = unknowns.branchCurrent(name);
        }
    }

    /** Marks an absent optional node (ground is {@link MatrixBinder#GROUND}). */
    static final int NO_NODE = Integer.MIN_VALUE;

    @Override
    public void bind(MatrixBinder m) {
        codeDiagonal = m.entry(code, code);
        if (branch >= 0) {
            outEquation = new BranchEquation(m, out, ref, branch);
            branchCode = m.entry(branch, code);
        }
    }

    @Override
    public void load(LoadContext ctx) {
        double c;
        if (ctx.mode() == AnalysisMode.DC) {
            c = model.convert(ctx.x(in) - ctx.x(ref), 0.0);
        } else if (ctx.mode() == AnalysisMode.TRANSIENT) {
            c = codeAt(ctx.time());
        } else {
            c = initialCode;
        }
        double w = ctx.x(code);
        ctx.addF(code, w - c);
        ctx.addJacF(codeDiagonal, 1.0);
        if (outEquation != null) {
            outEquation.load(ctx);
            ctx.addF(branch, -model.reconstruct(w));
            ctx.addJacF(branchCode, -model.lsb);
        }
    }

    private double tolerance(double t) {
        return 1e-6 * Math.max(model.conversionTime, period) + 16 * Math.ulp(Math.max(t, 1e-30));
    }

    /** The code at the output at time t: the newest conversion completed by then. */
    private int codeAt(double t) {
        double tol = tolerance(t);
        for (int k = ready - 1; k >= 0; k--) {
            if (readyTimes[k] <= t + tol) {
                return readyCodes[k];
            }
        }
        return initialCode;
    }

    @Override
    public void prepareTransient(double tstep, double tstop) {
        ready = 0;
        nextSample = 0;
    }

    @Override
    public void addBreakpoints(double tstop, BreakpointSink sink) {
        if (clock != NO_NODE) {
            return;
        }
        for (long k = 0; ; k++) {
            double t = delay + k * period;
            if (t > tstop) {
                break;
            }
            sink.addSamplePoint(t); // sampling only observes the circuit
            codeReady(sink, t + model.conversionTime);
        }
    }

    @Override
    public void transientBreakpoints(BreakpointSink sink) {
        live = sink;
    }

    private static double at(double[] solution, int unknown) {
        return unknown < 0 ? 0.0 : solution[unknown];
    }

    @Override
    public void initialPoint(double[] solution) {
        lastTime = 0.0;
        lastInput = at(solution, in) - at(solution, ref);
        lastClock = clock == NO_NODE ? 0.0 : at(solution, clock);
        if (clock == NO_NODE && delay == 0.0) {
            sample(0.0, lastInput);
            nextSample = 1;
        }
    }

    @Override
    public boolean acceptStep(double time, double[] solution) {
        double input = at(solution, in) - at(solution, ref);
        boolean changed = false;
        if (clock == NO_NODE) {
            double tol = tolerance(time);
            while (delay + nextSample * period <= time + tol) {
                double ts = delay + nextSample * period;
                changed |= sample(ts, interpolate(ts, time, input));
                nextSample++;
            }
        } else {
            double c = at(solution, clock);
            if (lastClock < vth && c >= vth) {
                double tc = lastTime + (vth - lastClock) / (c - lastClock) * (time - lastTime);
                changed |= sample(tc, interpolate(tc, time, input));
                if (live != null) {
                    codeReady(live, tc + model.conversionTime);
                }
            }
            lastClock = c;
        }
        lastTime = time;
        lastInput = input;
        // a code already due (zero conversion time) changes the reconstructed output right after this point
        return changed && outEquation != null && readyTimes[ready - 1] <= time + tolerance(time);
    }

    /** A code appearing is a corner of the reconstructed output; without one it only changes an output vector. */
    private void codeReady(BreakpointSink sink, double time) {
        if (outEquation != null) {
            sink.add(time);
        } else {
            sink.addSamplePoint(time);
        }
    }

    /** The input at ts ∈ [lastTime, time], linear between the accepted points (exact when ts is one of them). */
    private double interpolate(double ts, double time, double input) {
        if (ts >= time || time <= lastTime) {
            return input;
        }
        return lastInput + (input - lastInput) * (ts - lastTime) / (time - lastTime);
    }

    /** Converts one sample (drawing its noise) and schedules its code; true if the code differs from the last. */
    private boolean sample(double ts, double input) {
        double n = model.noise > 0 ? model.noise * random.nextGaussian() : 0.0;
        int c = model.convert(input, n);
        int previous = ready > 0 ? readyCodes[ready - 1] : initialCode;
        if (ready == readyTimes.length) {
            readyTimes = Arrays.copyOf(readyTimes, 2 * ready);
            readyCodes = Arrays.copyOf(readyCodes, 2 * ready);
        }
        readyTimes[ready] = ts + model.conversionTime;
        readyCodes[ready] = c;
        ready++;
        return c != previous;
    }

    @Override
    public void topology(TopologySink sink) {
        if (branch >= 0) {
            sink.voltageDefined(out, ref);
        }
    }

    @Override
    public boolean isNonlinear() {
        return true;
    }
}
