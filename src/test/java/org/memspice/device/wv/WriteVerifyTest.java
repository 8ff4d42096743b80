package org.memspice.device.wv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.analysis.Simulator;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.cli.Main;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.MemorySink;
import org.memspice.testing.SimPlot;

/**
 * The write-verify controller on small 1T1R arrays of the calibrated Ag/WSe2-QD cell: the reported achieved
 * conductances against independent operating-point reads of the final states, convergence within tolerance,
 * unreachable targets reported with their reason, seeds, and located errors.
 */
class WriteVerifyTest {
    private static final String LIB = Path.of("models/agqd_lsmo.lib").toAbsolutePath().toString();
    private static final String ARRAY = """
            .include %s
            .model nacc nmos (level=1 vto=0.5 kp=100u)
            .crossbar XB rows=%d cols=%d cell=1T1R device=agqd_lsmo tmodel=nacc w=2u l=1u rwl=10 rbl=10 rsl=10%s
            """;
    private static final String ISPP = ".model ispp wv (vread=0.2 tread=50u vg=3.3 vset=3 vsetstep=0.25 vsetmax=6"
            + " vreset=2 vresetstep=0.25\n+ vresetmax=5 tpulse=100u tedge=100n tsettle=5m trelax=20m tol=0.1"
            + " maxpulses=30)\n";

    @TempDir
    Path dir;

    record Run(SimulationPlan plan, SimPlot plot, ProgramReport report) {}

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Run run(Path deck) throws Exception {
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.read(deck));
        MemorySink sink = new MemorySink();
        new Simulator(plan).run(sink);
        List<ProgramReport> reports = ProgramReport.of(plan.circuit());
        assertEquals(1, reports.size());
        List<SimPlot> plots = sink.plots();
        return new Run(plan, plots.get(plots.size() - 1), reports.get(0));
    }

    private Path programDeck(int rows, int cols, String targets, String extra, String tstop) throws Exception {
        file("g.csv", targets);
        return file("prog.cir", "write-verify test\n" + String.format(ARRAY, LIB, rows, cols, "") + ISPP
                + "YWV wv1 ispp array=xb targets=g.csv " + extra + "\n.tran 1u " + tstop + " 0 200u\n.end\n");
    }

    /**
     * The read conductance of cell (i, j) of a fresh array holding the given gaps (nm), read by plain PWL sources
     * with the controller's read protocol (up over 100 ns, 50 us plateau, sampled at its end): the read's own
     * 0.2 V excites the volatile pools (a gain of ~0.4 % after 50 us), so an operating point, pools held at 0,
     * would not be the same read.
     */
    private double independentRead(int rows, int cols, double[][] gapNm, int i, int j) throws Exception {
        String states = java.util.Arrays.stream(gapNm).map(r -> java.util.Arrays.stream(r)
                .mapToObj(x -> Double.toString(x * 1e-9)).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        file("final.csv", states + "\n");
        StringBuilder sb = new StringBuilder("independent read\n").append(String.format(ARRAY, LIB, rows, cols,
                " states=final.csv stateparam=xinit"));
        for (int r = 0; r < rows; r++) {
            sb.append("VW").append(r).append(" xb.wl").append(r).append(" 0 ").append(pwl(r == i ? 0.2 : 0));
            sb.append("VS").append(r).append(" xb.sl").append(r).append(" 0 ").append(pwl(r == i ? 3.3 : 0));
        }
        for (int c = 0; c < cols; c++) {
            sb.append("VB").append(c).append(" xb.bl").append(c).append(" 0 ").append(pwl(c == j ? 0 : 0.2));
        }
        sb.append(".tran 1u 50.1u 0 1u\n.end\n");
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.read(file("read.cir", sb.toString())));
        MemorySink sink = new MemorySink();
        new Simulator(plan).run(sink);
        double[] current = sink.plots().get(sink.plots().size() - 1).vector("i(vb" + j + ")");
        return current[current.length - 1] / 0.2;
    }

    private static String pwl(double level) {
        return "PWL(0 0 100n " + level + " 50.1u " + level + ")\n";
    }

    @Test
    void achievedValuesEqualIndependentReadsOfTheFinalStatesAndConvergeWithinTolerance() throws Exception {
        Run r = run(programDeck(2, 2, "10n, 30n\n5n, 60n\n", "", "0.5"));
        ProgramReport report = r.report();
        double[][] gaps = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double[] x = r.plot().vector("x(yxb.c" + i + "_" + j + ")");
                gaps[i][j] = x[x.length - 1];
                assertTrue(gaps[i][j] < 2.1, "cell " + i + "," + j + " was set from the HRS (2.2 nm): " + gaps[i][j]);
            }
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                ProgramReport.Cell c = report.cell(i, j);
                double independent = independentRead(2, 2, gaps, i, j);
                // the read-back comes 20 ms (> 20 tau of the slowest volatile pool) after the last pulse, so both
                // reads start from pools at rest; their plateaus last 50 us (20 tau of cp·rs). Measured: cells
                // (0,0), (0,1) agree within 3e-5, (1,0) within 1e-3 (its cause not identified yet: the cell's
                // history in the array, which the fresh array lacks, is the suspect), hence 2e-3
                assertEquals(independent, c.achieved, 2e-3 * independent, "cell " + i + "," + j);
                assertTrue(c.converged, "cell " + i + "," + j + ": " + c.reason);
                assertTrue(Math.abs(c.achieved / c.target - 1) <= 0.1, "cell " + i + "," + j + " error " + c.error());
                assertTrue(Math.abs(c.verified / c.target - 1) <= 0.1, "the verify read that ended the loop");
                assertEquals(c.pulses, c.sets + c.resets);
                assertTrue(c.pulses > 0 && c.pulses <= 30);
            }
        }
        assertEquals(4, report.converged());
        assertEquals(4, report.withinTolerance());
        assertFalse(Double.isNaN(report.finishTime()));
        double sum = 0;
        for (ProgramReport.Cell c : report.cells()) {
            sum += c.error() * c.error();
        }
        assertEquals(Math.sqrt(sum / 4), report.rmsError(), 1e-15);
    }

    @Test
    void anUnreachableTargetIsReportedNotConvergedWithItsReasonAndTheSameSeedGivesTheSameResult() throws Exception {
        Path deck = programDeck(1, 2, "1u, 10n\n", "maxpulses=6", "0.2");
        ProgramReport a = run(deck).report();
        ProgramReport.Cell high = a.cell(0, 0);
        assertFalse(high.converged);
        assertEquals(6, high.pulses);
        assertTrue(high.reason.startsWith("maxpulses=6 reached, last verify error -"), high.reason);
        assertTrue(high.achieved < 1e-7, "1 uS is beyond what 6 V pulses reach at a 0.2 V read");
        assertTrue(a.cell(0, 1).converged || a.cell(0, 1).pulses == 6);
        ProgramReport b = run(deck).report();
        for (int j = 0; j < 2; j++) {
            assertEquals(a.cell(0, j).achieved, b.cell(0, j).achieved, 0.0);
            assertEquals(a.cell(0, j).verified, b.cell(0, j).verified, 0.0);
            assertEquals(a.cell(0, j).pulses, b.cell(0, j).pulses);
        }
    }

    @Test
    void aTransientTooShortLeavesCellsUnfinishedWithTheReason() throws Exception {
        ProgramReport r = run(programDeck(1, 2, "10n, 10n\n", "", "20m")).report();
        assertFalse(r.cell(0, 1).converged);
        assertTrue(r.cell(0, 1).reason.contains("raise tstop"), r.cell(0, 1).reason);
        assertTrue(Double.isNaN(r.cell(0, 0).achieved));
        assertTrue(Double.isNaN(r.finishTime()));
        assertTrue(r.summary().contains("unfinished at tstop"), r.summary());
    }

    @Test
    void theCliPrintsTheReportAndWritesItBesideTheWaveforms() throws Exception {
        Path deck = programDeck(1, 1, "10n\n", "", "0.15");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Main.execute(new String[] {"run", deck.toString()});
        } finally {
            System.setOut(old);
        }
        assertEquals(Main.OK, exit);
        String console = out.toString(StandardCharsets.UTF_8);
        assertTrue(console.contains("ywv1 on xb: 1/1 cells converged, 1/1 within tol=0.100"), console);
        List<String> lines = Files.readAllLines(dir.resolve("prog.program"));
        assertTrue(lines.get(0).startsWith("# memspice write-verify report: "));
        String header = lines.stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertEquals("run\tdevice\tarray\trow\tcol\ttarget\tverified\tachieved\terror\tpulses\tsets\tresets\tlast_v"
                + "\tconverged\treason", header);
        String[] row = lines.get(lines.indexOf(header) + 1).split("\t", -1);
        ProgramReport direct = run(deck).report();
        assertEquals(direct.cell(0, 0).achieved, Double.parseDouble(row[7]), 0.0, "written %.16e, read back exactly");
        assertEquals("yes", row[13]);
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    private String error(String card, String targets) throws Exception {
        file("g.csv", targets);
        Path deck = file("bad.cir", "bad\n" + String.format(ARRAY, LIB, 2, 2, "") + card + "\n.tran 1u 1m\n.end\n");
        NetlistException e = assertThrows(NetlistException.class,
                () -> Elaborator.elaborate(NetlistParser.read(deck)));
        return e.diagnostics().get(0).render();
    }

    @Test
    void badCardsGiveLocatedErrors() throws Exception {
        String ok = "1n, 2n\n3n, 4n\n";
        String e = error("YWV w array=xc targets=g.csv", ok);
        assertTrue(e.contains("bad.cir:5:13: error: Yw: no .crossbar named 'xc' before this card"), e);
        e = error("YWV w array=xb targets=g.csv vsett=3", ok);
        assertTrue(e.contains("bad.cir:5:30: error: Yw: unknown parameter 'vsett'") && e.contains("did you mean"), e);
        e = error("YWV w array=xb targets=g.csv", "1n, 2n\n3n\n");
        assertTrue(e.contains("bad.cir:5:24: error: Yw: targets: g.csv:2: 1 values, expected 2"), e);
        e = error("YWV w array=xb targets=g.csv", "1n, 2n\n3n, -4n\n");
        assertTrue(e.contains("Yw: targets: cell (1, 1) has target -4.0E-9; target conductances must be > 0 S"), e);
        e = error("YWV w array=xb targets=missing.csv", ok);
        assertTrue(e.contains("bad.cir:5:24: error: Yw: targets: no such file"), e);
        e = error("YWV w array=xb targets=g.csv tol=2", ok);
        assertTrue(e.contains("bad.cir:5:30: error: Yw: tol is a relative tolerance in (0, 1), found 2.0"), e);
        e = error("YWV w array=xb targets=g.csv vset=3 vsetmax=2", ok);
        assertTrue(e.contains("Yw: vsetmax = 2.0 must not be below vset = 3.0"), e);
        e = error("YWV w array=xb", ok);
        assertTrue(e.contains("bad.cir:5:1: error: Yw: targets= is required"), e);
        file("g1.csv", ok);
        Path deck = file("onerr.cir", "1R\n.crossbar XB rows=2 cols=2 cell=1R device=R r=1k\n"
                + "YWV w array=xb targets=g1.csv\n.tran 1u 1m\n.end\n");
        NetlistException one = assertThrows(NetlistException.class,
                () -> Elaborator.elaborate(NetlistParser.read(deck)));
        assertTrue(one.diagnostics().get(0).render().contains("onerr.cir:3:13: error: Yw: .crossbar xb is a 1R array"),
                one.diagnostics().get(0).render());
    }
}
