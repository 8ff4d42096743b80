package org.memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.MemorySink;
import org.memspice.testing.SimPlot;
import org.junit.jupiter.api.Test;

/**
 * {@code .options newton=chord}: transient Newton iterations reuse earlier LU factors while they contract. The
 * waveforms must stay within the Newton tolerances of full Newton's while most refactorisations go away, and a
 * linear circuit (solved in one step) must not be touched at all.
 */
class ChordNewtonTest {
    /** A half-wave rectifier into an RC load and a memristor: nonlinear, smooth between source corners. */
    private static final String RECTIFIER = """
            chord newton
            .model dd D (is=1e-14 n=1.05 cjo=2p)
            .model mm vteam (ron=1k roff=100k)
            V1 in 0 SIN(0 2 10k)
            D1 in out dd
            R1 out 0 10k
            C1 out 0 10n
            YMEMRISTOR m1 out mid mm
            R2 mid 0 1k
            .options %s
            .tran 1u 300u
            .end
            """;

    private record Run(SimPlot plot, AnalysisStatistics tran) {}

    private static Run run(String deck) throws Exception {
        Simulator sim = new Simulator(Elaborator.elaborate(NetlistParser.read(deck, "chord.cir")));
        MemorySink sink = new MemorySink();
        List<AnalysisStatistics> stats = sim.run(sink);
        return new Run(sink.plots().get(sink.plots().size() - 1), stats.get(stats.size() - 1));
    }

    @Test
    void chordIterationsAreAsAccurateAsFullNewtonAndSaveMostFactorisations() throws Exception {
        Run reference = run(RECTIFIER.formatted("newton=full reltol=1e-5"));
        Run full = run(RECTIFIER.formatted("newton=full"));
        Run chord = run(RECTIFIER.formatted("newton=chord"));
        assertTrue(chord.tran().factorizations() * 2 < full.tran().factorizations(),
                "factorisations: chord " + chord.tran().factorizations() + ", full " + full.tran().factorizations());
        // against a run 100 times tighter, the chord run's error is of the same size as full Newton's (both
        // are mostly time discretisation; measured: v(out) 3.4e-3 vs 2.6e-3, x(ym1) 3.4e-3 vs 1.3e-3 of the peak)
        for (String v : List.of("v(out)", "v(mid)", "x(ym1)")) {
            double fullError = worstDeviation(reference.plot(), full.plot(), v);
            double chordError = worstDeviation(reference.plot(), chord.plot(), v);
            assertTrue(chordError <= Math.max(3 * fullError, 2e-3),
                    v + ": chord " + chordError + ", full Newton " + fullError + " of the peak");
        }
    }

    /** max over {@code test}'s points of |test − reference (linearly interpolated)| / max |reference|. */
    private static double worstDeviation(SimPlot reference, SimPlot test, String v) {
        double[] tr = reference.vector("time");
        double[] yr = reference.vector(v);
        double[] tt = test.vector("time");
        double[] yt = test.vector(v);
        double peak = 0;
        for (double y : yr) {
            peak = Math.max(peak, Math.abs(y));
        }
        double worst = 0;
        int j = 0;
        for (int i = 0; i < tt.length; i++) {
            while (j + 2 < tr.length && tr[j + 1] < tt[i]) {
                j++;
            }
            double w = Math.max(0, Math.min(1, (tt[i] - tr[j]) / (tr[j + 1] - tr[j])));
            worst = Math.max(worst, Math.abs(yt[i] - (yr[j] + w * (yr[j + 1] - yr[j]))) / peak);
        }
        return worst;
    }

    @Test
    void aLinearCircuitIsSolvedExactlyAsWithoutTheOption() throws Exception {
        String rc = """
                linear rc
                V1 in 0 PULSE(0 1 1u 1u 1u 20u 50u)
                R1 in out 1k
                C1 out 0 10n
                .options %s
                .tran 0.1u 100u
                .end
                """;
        Run full = run(rc.formatted("newton=full"));
        Run chord = run(rc.formatted("newton=chord"));
        assertArrayEquals(full.plot().vector("time"), chord.plot().vector("time"), 0.0);
        assertArrayEquals(full.plot().vector("v(out)"), chord.plot().vector("v(out)"), 0.0);
        assertEquals(full.tran().factorizations(), chord.tran().factorizations());
    }

    @Test
    void anUnknownNewtonMethodIsALocatedError() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.memspice.netlist.NetlistException.class,
                () -> run(RECTIFIER.formatted("newton=fast")));
        assertEquals("chord.cir:10:17: error: newton: expected full or chord, got 'fast'",
                e.diagnostics().get(0).render().lines().findFirst().orElseThrow());
    }
}
