// KLU against EJML-LU-on-AMD for the MNA matrix of generated resistive crossbars.
// Run: bench/solvers [sizes...]   (single-file Java program on the memspice jar's class path)
//
// For each N it builds the N x N crossbar of bench/crossbar_bench.py (same topology, fixed seed), binds the MNA
// pattern, loads the Jacobian once, and times for each solver: ordering + symbolic analysis, the first (pivoting)
// factorisation, a numeric refactorisation with new values, and one solve; medians over R repetitions in one JVM
// after a warm-up. It also reports the factor fill (L+U entries, KLU) and the residual of the solve.
import java.util.*;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.device.Device;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.solver.linear.*;
import org.memspice.solver.mna.*;

public class SolverBench {
    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {32, 64, 128, 256} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int reps = Integer.getInteger("reps", 3);
        System.out.printf(Locale.ROOT, "%-5s %-8s %-9s %-10s %-10s %-11s %-9s %-11s %s%n", "N", "unknowns", "solver",
                "analyze s", "factor s", "refactor s", "solve s", "L+U nnz", "residual");
        for (int n : sizes) {
            SimulationPlan plan = Elaborator.elaborate(NetlistParser.parse(crossbar(n), "crossbar" + n + ".cir"));
            var c = plan.circuit();
            PatternBuilder b = new PatternBuilder(c.unknowns().size(), c.branchCurrents());
            for (Device d : c.devices()) d.bind(b);
            SparsePattern p = b.build();
            MnaSystem sys = new MnaSystem(c.devices(), c.unknowns(), p, b.slots());
            sys.load(new double[p.size()]);
            var values = sys.jacobianMatrix().copy();
            double[] rhs = sys.f().clone();
            var perturbed = values.copy();
            for (int k = 0; k < perturbed.nz_length; k++) perturbed.nz_values[k] *= 1.0 + 1e-3 * ((k * 7919) % 13);
            for (String name : new String[] {"klu", "ejml-amd"}) {
                double[][] t = new double[4][reps];
                long nnz = 0;
                double residual = 0;
                for (int r = -1; r < reps; r++) {            // r = -1 warms the JIT up
                    LinearSolver s = name.equals("klu") ? new KluSolver() : new EjmlAmdSolver();
                    long t0 = System.nanoTime();
                    s.analyze(values);
                    long t1 = System.nanoTime();
                    s.factor(values);
                    long t2 = System.nanoTime();
                    s.factor(perturbed);
                    long t3 = System.nanoTime();
                    double[] x = rhs.clone();
                    s.solve(x);
                    long t4 = System.nanoTime();
                    if (r >= 0) {
                        t[0][r] = (t1 - t0) * 1e-9; t[1][r] = (t2 - t1) * 1e-9; t[2][r] = (t3 - t2) * 1e-9; t[3][r] = (t4 - t3) * 1e-9;
                    }
                    nnz = s.factorNonZeros();
                    residual = residual(p, perturbed.nz_values, x, rhs);
                }
                System.out.printf(Locale.ROOT, "%-5d %-8d %-9s %-10.4f %-10.4f %-11.4f %-9.4f %-11s %.1e%n", n, p.size(), name,
                        median(t[0]), median(t[1]), median(t[2]), median(t[3]), nnz < 0 ? "-" : Long.toString(nnz), residual);
            }
        }
    }

    static double residual(SparsePattern p, double[] a, double[] x, double[] b) {
        double[] r = b.clone();
        double scale = 0;
        for (int col = 0; col < p.size(); col++)
            for (int k = p.columnPointers()[col]; k < p.columnPointers()[col + 1]; k++) {
                r[p.rowIndices()[k]] -= a[k] * x[col];
                scale = Math.max(scale, Math.abs(a[k] * x[col]));
            }
        double worst = 0;
        for (double v : r) worst = Math.max(worst, Math.abs(v));
        return worst / Math.max(scale, Double.MIN_NORMAL);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The crossbar of bench/crossbar_bench.py's topology: drivers, line segments, cells, sense resistors. */
    static String crossbar(int n) {
        Random rnd = new Random(1);
        StringBuilder sb = new StringBuilder("crossbar\n");
        for (int i = 0; i < n; i++) {
            sb.append("Vw").append(i).append(" d").append(i).append(" 0 ").append(0.1 + 0.1 * (i % 3)).append('\n');
            sb.append("Rd").append(i).append(" d").append(i).append(" w").append(i).append("_0 50\n");
            for (int j = 0; j + 1 < n; j++) sb.append("Rw").append(i).append('_').append(j).append(" w").append(i).append('_').append(j).append(" w").append(i).append('_').append(j + 1).append(" 2.5\n");
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i + 1 < n; i++) sb.append("Rb").append(i).append('_').append(j).append(" b").append(i).append('_').append(j).append(" b").append(i + 1).append('_').append(j).append(" 2.5\n");
            sb.append("Rs").append(j).append(" b").append(n - 1).append('_').append(j).append(" 0 100\n");
        }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                sb.append("Rc").append(i).append('_').append(j).append(" w").append(i).append('_').append(j).append(" b").append(i).append('_').append(j).append(' ').append(1e4 * Math.pow(100, rnd.nextDouble())).append('\n');
        return sb.append(".op\n.end\n").toString();
    }
}
