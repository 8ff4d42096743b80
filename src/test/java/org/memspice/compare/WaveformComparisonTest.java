package org.memspice.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memspice.compare.Plots.dc;
import static org.memspice.compare.Plots.op;
import static org.memspice.compare.Plots.sample;
import static org.memspice.compare.Plots.tran;
import static org.memspice.compare.Plots.uneven;
import static org.memspice.compare.Plots.uniform;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.memspice.output.RawPlot;

class WaveformComparisonTest {
    private static final Tolerances ABSOLUTE_1U = Tolerances.builder().reltol(0.0).abstol(1e-6).build();

    private static ComparisonReport compare(List<RawPlot> ref, List<RawPlot> test, Tolerances t, boolean strict)
            throws CompareException {
        return WaveformComparison.compare("ref", ref, "test", test, t, strict);
    }

    private static SignalResult only(ComparisonReport r) {
        assertEquals(1, r.plots().size());
        assertEquals(1, r.plots().get(0).signals().size());
        return r.plots().get(0).signals().get(0);
    }

    /**
     * A constant offset d with reltol 0 gives (ref − test)/abstol = d/abstol at every point, so the norm is exactly
     * d/abstol whatever the two time grids: the reference (a cubic in t, which the interpolation reproduces) on an
     * uneven 57-point grid, the test on a uniform 400-point one.
     */
    @Test
    void constantOffsetGivesOffsetOverAbstol() throws CompareException {
        DoubleUnaryOperator f = t -> 1 + t - 3 * t * t + 2 * t * t * t;
        double[] rt = uneven(1, 57);
        double[] tt = uniform(0, 1, 400);
        for (double offset : new double[] {0.5e-6, 2e-6}) {
            SignalResult s = only(compare(List.of(tran(rt, "v(out)", f)),
                    List.of(tran(tt, "v(out)", (DoubleUnaryOperator) t -> f.applyAsDouble(t) + offset)),
                    ABSOLUTE_1U, false));
            assertEquals(offset / 1e-6, s.norm(), 1e-9);
            assertEquals(offset < 1e-6, s.pass());
        }
    }

    /** A relative error e with abstol 0: (ref − test)/(reltol·|ref|) = −e/reltol everywhere, norm e/reltol. */
    @Test
    void relativeErrorGivesErrorOverReltol() throws CompareException {
        Tolerances relative = Tolerances.builder().reltol(1e-3).abstol(0.0).build();
        double[] t = uneven(2e-6, 300);
        for (double e : new double[] {3e-4, 2e-3}) {
            SignalResult s = only(compare(List.of(tran(t, "i(v1)", (DoubleUnaryOperator) x -> 1e-3 + x * 1e3)),
                    List.of(tran(t, "i(v1)", (DoubleUnaryOperator) x -> (1e-3 + x * 1e3) * (1 + e))),
                    relative, false));
            assertEquals(e / 1e-3, s.norm(), 1e-9 * e / 1e-3);
        }
    }

    /**
     * A sine against the same sine plus δ·sin(2ωt), over whole periods: with reltol 0 the norm is the RMS of the
     * difference over abstol, δ/(abstol·√2). The reference has 100 points per period, the test ten times more on
     * another grid: the cubic interpolation adds far less than the 1e-3 this allows (linear interpolation of this
     * reference is off by 5e-4 of the amplitude, half the difference being measured).
     */
    @Test
    void sineDifferenceGivesItsRmsOverAbstol() throws CompareException {
        double w = 2 * Math.PI * 1e6;
        double delta = 1e-3;
        double[] rt = uniform(0, 2e-6, 201);
        double[] tt = uneven(2e-6, 2003);
        SignalResult s = only(compare(List.of(tran(rt, "v(s)", (DoubleUnaryOperator) t -> Math.sin(w * t))),
                List.of(tran(tt, "v(s)", (DoubleUnaryOperator) t -> Math.sin(w * t) + delta * Math.sin(2 * w * t))),
                Tolerances.builder().reltol(0.0).abstol(1e-3).build(), false));
        assertEquals(delta / 1e-3 / Math.sqrt(2), s.norm(), 1e-3);
    }

    /** The worst point is where the difference peaks; the values reported are the interpolated reference's. */
    @Test
    void reportsTheWorstTimeAndTheValuesThere() throws CompareException {
        double[] rt = uneven(1, 101);
        double[] tt = uniform(0, 1, 1001);
        DoubleUnaryOperator f = t -> Math.cos(3 * t);
        DoubleUnaryOperator bumped = t -> f.applyAsDouble(t) + 1e-4 * Math.exp(-Math.pow((t - 0.3) / 0.01, 2));
        ComparisonReport r = compare(List.of(tran(rt, "v(a)", f)), List.of(tran(tt, "v(a)", bumped)),
                Tolerances.defaults(), false);
        SignalResult s = only(r);
        assertEquals(0.3, s.at(), 1e-12);
        assertEquals(Math.cos(0.9), s.refValue(), 1e-6);
        assertEquals(Math.cos(0.9) + 1e-4, s.testValue(), 1e-15);
        assertTrue(s.pass(), "a 1e-4 bump over 2 % of the span passes reltol 1e-3: norm " + s.norm());
        assertTrue(r.summary().contains("v(a) in plot 1 (Transient Analysis)") && r.summary().contains("time=0.3"),
                r.summary());
    }

    /**
     * The test's points before the reference starts (with uic there is no t = 0 point) are not compared; a test
     * that stops early is a problem of the plot, whatever its signals.
     */
    @Test
    void timeSpans() throws CompareException {
        DoubleUnaryOperator f = t -> 2 * t;
        ComparisonReport late = compare(List.of(tran(uniform(0.1, 1, 10), "v(a)", f)),
                List.of(tran(uniform(0, 1, 21), "v(a)", f)), ABSOLUTE_1U, false);
        assertTrue(late.pass(), late.text(true));
        ComparisonReport shorter = compare(List.of(tran(uniform(0, 1, 10), "v(a)", f)),
                List.of(tran(uniform(0, 0.5, 21), "v(a)", f)), ABSOLUTE_1U, false);
        assertFalse(shorter.pass());
        assertEquals(List.of("the test ends at time 0.5, the reference at 1"), shorter.plots().get(0).problems());
        CompareException e = assertThrows(CompareException.class, () -> compare(List.of(tran(
                new double[] {0, 2, 1}, "v(a)", f)), List.of(tran(uniform(0, 1, 3), "v(a)", f)),
                ABSOLUTE_1U, false));
        assertEquals("ref: plot 1 (Transient Analysis): time 1 at point 2 goes backwards (from 2)", e.getMessage());
    }

    /** Point data: equal, both within the clip level, or |a−b| < reltol·½(|a|+|b|+|a−b|) + abstol. */
    @Test
    void pointRule() throws CompareException {
        Tolerances t = Tolerances.builder().reltol(1e-3).abstol(SignalKind.VOLTAGE, 0.0).build();
        assertEquals(0.0009 / (1e-3 * 0.5 * (2.0009 + 0.0009)), norm(op("v(a)", 1.0), op("v(a)", 1.0009), t), 1e-12);
        assertEquals(0.0011 / (1e-3 * 0.5 * (2.0011 + 0.0011)), norm(op("v(a)", 1.0), op("v(a)", 1.0011), t), 1e-12);
        assertEquals(0, norm(op("v(a)", -2.5), op("v(a)", -2.5), t));
        // currents: clip and abstol default to 1e-12 A
        Tolerances d = Tolerances.defaults();
        assertEquals(0, norm(op("i(v1)", 5e-13), op("i(v1)", -5e-13), d), "both within the clip level");
        assertEquals(2e-12 / (1e-3 * 0.5 * 6e-12 + 1e-12), norm(op("i(v1)", 3e-12), op("i(v1)", 1e-12), d), 1e-9);
        assertEquals(0, norm(op("i(v1)", Double.NaN), op("i(v1)", Double.NaN), d));
        assertTrue(Double.isNaN(norm(op("i(v1)", 1.0), op("i(v1)", Double.NaN), d)));
        assertFalse(only(compare(List.of(op("i(v1)", 1.0)), List.of(op("i(v1)", Double.NaN)), d, false)).pass());
    }

    private static double norm(RawPlot ref, RawPlot test, Tolerances t) throws CompareException {
        return only(compare(List.of(ref), List.of(test), t, false)).norm();
    }

    /** A DC sweep is compared point by point, its sweep column too; the worst point names its sweep value. */
    @Test
    void dcSweepPointByPoint() throws CompareException {
        double[] x = uniform(-1, 1, 9);
        double[] y = sample(x, v -> v * v);
        double[] z = y.clone();
        z[6] *= 1.01;
        ComparisonReport r = compare(List.of(dc(x, "v(out)", y)), List.of(dc(x, "v(out)", z)), Tolerances.defaults(),
                false);
        assertFalse(r.pass());
        SignalResult out = r.plots().get(0).signals().stream().filter(s -> s.name().equals("v(out)")).findFirst()
                .orElseThrow();
        assertEquals(x[6], out.at());
        assertEquals(y[6], out.refValue());
        assertEquals(z[6], out.testValue());
        assertEquals(2, r.plots().get(0).signals().size(), "the sweep column is compared too");
        ComparisonReport fewer = compare(List.of(dc(x, "v(out)", y)), List.of(dc(uniform(-1, 1, 5), "v(out)",
                sample(uniform(-1, 1, 5), v -> v * v))), Tolerances.defaults(), false);
        assertEquals(List.of("the reference has 9 points, the test 5"), fewer.plots().get(0).problems());
        assertFalse(fewer.pass());
    }

    /** Plots pair up by kind and order: ngspice writes DC, OP, TRAN whatever the deck's order. */
    @Test
    void plotsMatchByKindAndOrder() throws CompareException {
        double[] t = uniform(0, 1, 11);
        RawPlot d = dc(t, "v(a)", (DoubleUnaryOperator) x -> x);
        RawPlot o = op("v(a)", 1.0);
        RawPlot tr1 = tran(t, "v(a)", (DoubleUnaryOperator) x -> x);
        RawPlot tr2 = tran(t, "v(a)", (DoubleUnaryOperator) x -> 2 * x);
        ComparisonReport r = compare(List.of(d, o, tr1, tr2), List.of(tr1, tr2, o, d), Tolerances.defaults(), false);
        assertTrue(r.pass(), r.text(true));
        assertEquals(List.of(4, 3, 1, 2), r.plots().stream().map(PlotResult::testIndex).toList());
        ComparisonReport swapped = compare(List.of(tr1, tr2), List.of(tr2, tr1), Tolerances.defaults(), false);
        assertFalse(swapped.pass(), "the steps of a .step run pair up in order");
        ComparisonReport extra = compare(List.of(tr1), List.of(tr1, o), Tolerances.defaults(), false);
        assertTrue(extra.pass());
        assertEquals(List.of("plot 2 (Operating Point, \"t\")"), extra.plotsOnlyInTest());
        assertFalse(compare(List.of(tr1), List.of(tr1, o), Tolerances.defaults(), true).pass(), "--strict");
    }

    /** ngspice's interactive and device vectors, bare node names and Xyce's hierarchy match memspice's names. */
    @Test
    void signalsMatchAcrossSimulatorSpellings() throws CompareException {
        String[] ours = {"v(out)", "i(v1)", "v(x1.n3)", "i(v.x1.vs)", "i(r1)", "v(a,b)"};
        String[] theirs = {"OUT", "v1#branch", "V(X1:N3)", "I(X1:VS)", "@r1[i]", "V(A, B)"};
        Object[] a = new Object[2 * ours.length];
        Object[] b = new Object[2 * ours.length];
        for (int k = 0; k < ours.length; k++) {
            a[2 * k] = ours[k];
            a[2 * k + 1] = (double) k;
            b[2 * k] = theirs[k];
            b[2 * k + 1] = (double) k;
        }
        ComparisonReport r = compare(List.of(op(a)), List.of(op(b)), Tolerances.defaults(), true);
        assertTrue(r.pass(), r.text(true));
        assertEquals(ours.length, r.compared());
        assertEquals("I(X1:VS)", r.plots().get(0).signals().get(3).testName());
    }

    @Test
    void signalsInOneFileOnlyAreListedAndFailOnlyWhenStrict() throws CompareException {
        ComparisonReport r = compare(List.of(op("v(a)", 1.0, "v(b)", 2.0)), List.of(op("v(a)", 1.0, "v(c)", 3.0)),
                Tolerances.defaults(), false);
        assertTrue(r.pass());
        assertEquals(List.of("v(b)"), r.plots().get(0).onlyInRef());
        assertEquals(List.of("v(c)"), r.plots().get(0).onlyInTest());
        assertTrue(r.text(false).contains("only in the reference: v(b)"));
        assertFalse(compare(List.of(op("v(a)", 1.0, "v(b)", 2.0)), List.of(op("v(a)", 1.0)), Tolerances.defaults(),
                true).pass());
        CompareException e = assertThrows(CompareException.class, () -> compare(List.of(op("v(a)", 1.0)),
                List.of(op("v(z)", 1.0)), Tolerances.defaults(), false));
        assertEquals("no signals in common: ref has [v(a)], test has [v(z)]", e.getMessage());
        assertThrows(CompareException.class, () -> compare(List.of(), List.of(op("v(a)", 1.0)),
                Tolerances.defaults(), false));
    }

    /** Device states get 1e-6 of their own peak as abstol: units differ from model to model. */
    @Test
    void statesScaleTheirAbstolWithTheirPeak() throws CompareException {
        double[] t = uniform(0, 1, 11);
        for (double scale : new double[] {1e-9, 1, 255}) {
            SignalResult s = only(compare(List.of(tran(t, "x(ym1)", (DoubleUnaryOperator) x -> scale * x)),
                    List.of(tran(t, "x(ym1)", (DoubleUnaryOperator) x -> scale * x)), Tolerances.defaults(),
                    false));
            assertEquals(1e-6 * scale, s.tolerance().abstol(), 1e-12 * scale);
        }
        Tolerances fixed = Tolerances.builder().abstol(SignalKind.STATE, 0.5).build();
        assertEquals(0.5, fixed.of("x(yadc)", SignalKind.STATE).resolve(255).abstol());
    }
}
