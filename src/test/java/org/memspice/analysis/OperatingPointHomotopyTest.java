package org.memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.Circuit;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;
import org.memspice.device.MatrixBinder;
import org.memspice.device.support.BranchStamp;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.MemorySink;

/**
 * A junction without voltage limiting, driven hard: plain Newton overshoots into exp(190) and crawls back one
 * thermal voltage per iteration, so it runs out of iterations; the continuation methods must then find the
 * operating point, which is checked against a bisection of the circuit equation.
 */
class OperatingPointHomotopyTest {
    static final double IS = 1e-14;
    static final double VT = 0.025852;

    /** i = Is·(exp(v/Vt) − 1) from a to b, deliberately with no pnjlim-style limiting. */
    static final class BareJunction implements Device {
        private final int a;
        private final int b;
        private BranchStamp stamp;

        BareJunction(int a, int b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public String name() {
            return "dbare";
        }

        @Override
        public void bind(MatrixBinder m) {
            stamp = new BranchStamp(m, a, b);
        }

        @Override
        public void load(LoadContext ctx) {
            double v = ctx.x(a) - ctx.x(b);
            double e = Math.exp(Math.min(v / VT, 700));
            stamp.addCurrent(ctx, IS * (e - 1));
            stamp.addConductance(ctx, IS * e / VT);
        }

        @Override
        public boolean isNonlinear() {
            return true;
        }
    }

    @Test
    void continuationFindsTheOperatingPointWherePlainNewtonFails() throws Exception {
        SimulationPlan linear = Elaborator.elaborate(NetlistParser.parse(
                "hard junction\nV1 a 0 20\nR1 a b 100\n.options reltol=1e-9\n.op\n.end\n", "hard.cir"));
        Circuit c = linear.circuit();
        List<Device> devices = new ArrayList<>(c.devices());
        devices.add(new BareJunction(c.nodes().get("b"), MatrixBinder.GROUND));
        Circuit withJunction = new Circuit(c.title(), devices, c.unknowns(), c.nodes(), c.devicesByName(),
                c.branchCurrents());
        SimulationPlan plan = new SimulationPlan(withJunction, linear.options(), linear.analyses(),
                linear.initialConditions(), linear.outputs(), linear.warnings());
        Simulator sim = new Simulator(plan);
        MemorySink sink = new MemorySink();
        sim.run(sink);

        // (20 − v)/100 = Is·(exp(v/Vt) − 1), solved by bisection
        double lo = 0;
        double hi = 20;
        for (int k = 0; k < 200; k++) {
            double mid = 0.5 * (lo + hi);
            if ((20 - mid) / 100 - IS * Math.expm1(mid / VT) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertEquals(0.5 * (lo + hi), sink.plots().get(0).value("v(b)"), 1e-7);
        assertNotEquals("Newton", sim.session().operatingPointMethod(), "plain Newton should not manage this");
    }
}
