package org.memspice.device.source;

import org.memspice.device.BreakpointSink;

/** A time function of an independent source, with SPICE3 semantics and defaults (ngspice manual, ch. 4.1). */
public interface Waveform {
    double value(double t);

    /** Resolve defaults that depend on the transient (tstep, tstop). */
    default void prepare(double tstep, double tstop) {}

    void addBreakpoints(double tstop, BreakpointSink sink);

    /** {@code PULSE(v1 v2 td tr tf pw per)}; tr/tf default to tstep, pw and per to tstop. */
    final class Pulse implements Waveform {
        private final double[] given;
        private double v1;
        private double v2;
        private double td;
        private double tr;
        private double tf;
        private double pw;
        private double per;

        public Pulse(double[] args) {
            this.given = args;
            prepare(0, 0);
        }

        private double arg(int i, double fallback) {
            return i < given.length ? given[i] : fallback;
        }

        @Override
        public void prepare(double tstep, double tstop) {
            v1 = arg(0, 0);
            v2 = arg(1, 0);
            td = arg(2, 0);
            tr = arg(3, 0) != 0 ? arg(3, 0) : tstep;
            tf = arg(4, 0) != 0 ? arg(4, 0) : tstep;
            pw = arg(5, 0) != 0 ? arg(5, 0) : tstop;
            per = arg(6, 0) != 0 ? arg(6, 0) : tstop;
        }

        @Override
        public double value(double t) {
            double local = t - td;
            if (per > 0 && local > per) {
                local -= Math.floor(local / per) * per;
            }
            if (local <= 0 || local >= tr + pw + tf) {
                return v1;
            }
            if (local >= tr && local <= tr + pw) {
                return v2;
            }
            if (local < tr) {
                return v1 + (v2 - v1) * local / tr;
            }
            return v2 + (v1 - v2) * (local - tr - pw) / tf;
        }

        @Override
        public void addBreakpoints(double tstop, BreakpointSink sink) {
            double period = per > 0 ? per : Double.POSITIVE_INFINITY;
            for (double start = td; start <= tstop; start += period) {
                sink.add(start);
                sink.add(start + tr);
                sink.add(start + tr + pw);
                sink.add(start + tr + pw + tf);
                if (Double.isInfinite(period)) {
                    break;
                }
            }
        }
    }

    /** {@code PWL(t1 v1 t2 v2 …)}: linear between points, constant outside them. */
    final class PiecewiseLinear implements Waveform {
        private final double[] times;
        private final double[] values;

        public PiecewiseLinear(double[] times, double[] values) {
            this.times = times;
            this.values = values;
        }

        @Override
        public double value(double t) {
            if (t <= times[0]) {
                return values[0];
            }
            int last = times.length - 1;
            if (t >= times[last]) {
                return values[last];
            }
            int lo = 0;
            int hi = last;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (times[mid] <= t) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double span = times[hi] - times[lo];
            return values[lo] + (values[hi] - values[lo]) * (t - times[lo]) / span;
        }

        @Override
        public void addBreakpoints(double tstop, BreakpointSink sink) {
            for (double t : times) {
                sink.add(t);
            }
        }
    }

    /** {@code SIN(vo va freq td theta phase)}: damped sine starting at td; phase in degrees; freq defaults to 1/tstop. */
    final class Sine implements Waveform {
        private final double[] given;
        private double vo;
        private double va;
        private double freq;
        private double td;
        private double theta;
        private double phase;

        public Sine(double[] args) {
            this.given = args;
            prepare(0, 0);
        }

        @Override
        public void prepare(double tstep, double tstop) {
            vo = given.length > 0 ? given[0] : 0;
            va = given.length > 1 ? given[1] : 0;
            freq = given.length > 2 && given[2] != 0 ? given[2] : (tstop > 0 ? 1 / tstop : 0);
            td = given.length > 3 ? given[3] : 0;
            theta = given.length > 4 ? given[4] : 0;
            phase = Math.toRadians(given.length > 5 ? given[5] : 0);
        }

        @Override
        public double value(double t) {
            if (t <= td) {
                return vo + va * Math.sin(phase);
            }
            double local = t - td;
            return vo + va * Math.exp(-local * theta) * Math.sin(2 * Math.PI * freq * local + phase);
        }

        @Override
        public void addBreakpoints(double tstop, BreakpointSink sink) {
            if (td > 0) {
                sink.add(td);
            }
        }
    }

    /** {@code EXP(v1 v2 td1 tau1 td2 tau2)}: rise towards v2 from td1, decay back towards v1 from td2. */
    final class Exponential implements Waveform {
        private final double[] given;
        private double v1;
        private double v2;
        private double td1;
        private double tau1;
        private double td2;
        private double tau2;

        public Exponential(double[] args) {
            this.given = args;
            prepare(0, 0);
        }

        @Override
        public void prepare(double tstep, double tstop) {
            v1 = given.length > 0 ? given[0] : 0;
            v2 = given.length > 1 ? given[1] : 0;
            td1 = given.length > 2 && given[2] != 0 ? given[2] : 0;
            tau1 = given.length > 3 && given[3] != 0 ? given[3] : tstep;
            td2 = given.length > 4 && given[4] != 0 ? given[4] : td1 + tstep;
            tau2 = given.length > 5 && given[5] != 0 ? given[5] : tstep;
        }

        @Override
        public double value(double t) {
            if (t <= td1) {
                return v1;
            }
            double v = v1 + (v2 - v1) * (1 - Math.exp(-(t - td1) / tau1));
            if (t > td2) {
                v += (v1 - v2) * (1 - Math.exp(-(t - td2) / tau2));
            }
            return v;
        }

        @Override
        public void addBreakpoints(double tstop, BreakpointSink sink) {
            sink.add(td1);
            sink.add(td2);
        }
    }
}
