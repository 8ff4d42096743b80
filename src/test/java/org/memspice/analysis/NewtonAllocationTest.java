package org.memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.device.AnalysisMode;
import org.memspice.netlist.parse.NetlistParser;

/**
 * The Newton loop allocates nothing: devices load through bound handles and the LU reuses its storage. Measured
 * with the JVM's per-thread allocation counter over many solves whose matrix changes every time (so KLU
 * refactorises); only small fixed-size objects (the result record, JKLU's few work objects) may be allocated.
 */
class NewtonAllocationTest {

    @Test
    void newtonSolvesDoNotAllocate() throws Exception {
        int n = 20;
        Random rnd = new Random(3);
        StringBuilder deck = new StringBuilder("rc crossbar\n");
        for (int i = 0; i < n; i++) {
            deck.append("V").append(i).append(" d").append(i).append(" 0 ").append(0.1 * i).append('\n');
            deck.append("Rd").append(i).append(" d").append(i).append(" w").append(i).append("_0 50\n");
            for (int j = 0; j + 1 < n; j++) {
                deck.append("Rw").append(i).append('_').append(j).append(" w").append(i).append('_').append(j)
                        .append(" w").append(i).append('_').append(j + 1).append(" 2.5\n");
                deck.append("Rb").append(j).append('_').append(i).append(" b").append(j).append('_').append(i)
                        .append(" b").append(j + 1).append('_').append(i).append(" 2.5\n");
            }
            deck.append("Rs").append(i).append(" b").append(n - 1).append('_').append(i).append(" 0 100\n");
            deck.append("Cs").append(i).append(" b").append(n - 1).append('_').append(i).append(" 0 1p\n");
            for (int j = 0; j < n; j++) {
                deck.append("Rc").append(i).append('_').append(j).append(" w").append(i).append('_').append(j)
                        .append(" b").append(i).append('_').append(j).append(' ').append(1e4 + 1e5 * rnd.nextDouble())
                        .append('\n');
            }
        }
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.parse(deck.append(".end\n").toString(), "x.cir"));
        SolverSession session = new SolverSession(plan.circuit(), plan.options());
        double[] x = new double[session.size()];
        double[] history = new double[session.size()];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();

        int solves = 200;
        long allocated = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up (class loading, KLU's first factor)
            long before = threads.getThreadAllocatedBytes(threadId);
            for (int k = 0; k < solves; k++) {
                double alpha = 1e9 * (1 + (k % 3));
                session.system().setAnalysisPoint(AnalysisMode.TRANSIENT, 1e-9 * k, alpha);
                session.newton().solve(x, alpha, history, null, 10);
            }
            allocated = threads.getThreadAllocatedBytes(threadId) - before;
        }
        assertTrue(session.newton().factorizations() >= 2 * solves - 1, "the matrix must change at every solve");
        // JKLU keeps a few small fixed-size allocations per factor/solve (~180 bytes whatever the size); any array
        // sized by the circuit would cost 8 bytes per matrix entry (here > 10 kB) and fail this
        int entries = session.system().pattern().nonZeros();
        assertTrue(8L * entries > 10_000, "circuit too small to tell: " + entries + " entries");
        assertTrue(allocated / solves < 1024, allocated / solves + " bytes allocated per Newton solve");
    }
}
