package org.memspice.device;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.memspice.analysis.SolverSession;
import org.memspice.circuit.Elaborator;
import org.memspice.circuit.SimulationPlan;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.solver.mna.MnaSystem;
import org.memspice.solver.mna.SparsePattern;

/**
 * The contract every device must keep: the Jacobian it loads, J = ∂f/∂x + α·∂q/∂x, equals central finite
 * differences of f + α·q at random points, and every nonzero derivative lies inside the declared pattern.
 * One netlist holds every device family, so a new family added to it is checked too.
 */
class JacobianContractTest {
    static final String EVERY_DEVICE = """
            every device family
            V1 a 0 DC 1 SIN(0.2 0.5 1k)
            I1 0 b PULSE(0 1m 0 1u 1u 10u 40u)
            R1 a b 1k tc1=1m
            C1 b c 2n
            L1 c 0 3u
            R2 c d 500
            E1 e 0 b c 2.5
            R3 e d 2k
            G1 d 0 a b 1m
            F1 0 f V1 3
            R4 f 0 100
            H1 g 0 L1 50
            R5 g 0 75
            R6 d 0 1k
            B1 0 k I={1m*v(a)*v(b) + 1m*sin(v(c)) + 1m*exp(0.2*v(d,e))}
            R7 k 0 1k
            B2 m 0 V={2*i(v1) + v(a,b)^2 + (v(c) > 0 ? v(c) : -v(c)/2) + max(v(d), 0.1*v(e))}
            R8 m 0 1k
            B3 n 0 V={sqrt(1 + v(k)*v(k)) * atan2(v(m), 1 + v(a)*v(a)) / (2 + cos(v(b)))}
            R9 n 0 1k
            .func soft(x, w) {w*ln(1 + exp(x/w))}
            .func twice(y) {2*soft(y, 0.3) + y*y}
            B4 0 p I={1m*twice(v(a,c)) + 1m*soft(v(b), 0.5)}
            R10 p 0 1k
            .model hpj hp (window=joglekar p=2)
            .model hpb hp (window=biolek p=1 ismooth=1m)
            .model hpp hp (window=prodromakis p=1.5 j=0.8)
            YMEMRISTOR hj a r hpj x0=0.3
            YMEMRISTOR hb r 0 hpb x0=0.6
            YMEMRISTOR hp p r hpp
            .model team0 memristor level=2 ioff=1m ion=-1m koff=1e-9 kon=-2e-9 alphaon=2.5 alphaoff=3 xscaling=1e9
            .model team1 memristor level=2 ioff=1m ion=-1m koff=1e-9 kon=-2e-9 wt=1 d=3 p=1.5 xscaling=1e9
            .model team2 memristor level=2 ioff=1m ion=-1m koff=1e-9 kon=-2e-9 wt=2 d=3 p=1 xscaling=1e9 ivrelation=1
            .model team3 memristor level=2 ioff=1m ion=-1m koff=1e-9 kon=-2e-9 wt=3 d=3 p=2 j=0.8 xscaling=1e9
            .model team4 memristor level=2 ioff=1m ion=-1m koff=1e-9 kon=-2e-9 wt=4 wc=0.5e-9 xscaling=1e9
            YMEMRISTOR t0 a s team0 xo=1e-9
            YMEMRISTOR t1 s 0 team1
            YMEMRISTOR t2 s b team2 xo=1.5e-9 ivrelation=1
            YMEMRISTOR t3 c s team3
            YMEMRISTOR t4 s d team4 xo=2e-9
            .model yak memristor level=3 a1=0.17 a2=0.2 b=0.5 vp=0.16 vn=0.15 ap=40 an=50 xp=0.3 xn=0.5 alphap=1
            + alphan=5 eta=1
            YMEMRISTOR y1 a u yak xo=0.4
            YMEMRISTOR y2 u 0 yak xo=0.8
            .model vtl vteam (von=-0.3 voff=0.2 kon=-1e-9 koff=2e-9 alphaoff=2 wc=0.5n)
            .model vte vteam (von=-0.3 voff=0.2 kon=-1e-9 koff=2e-9 rlaw=exponential window=none)
            YMEMRISTOR v1 u w vtl x0=1n
            YMEMRISTOR v2 w 0 vte x0=2n
            .model ftjs ftj (cgeo=1n)
            .model ftjp ftj (conduction=physics cgeo=0.2n)
            YMEMRISTOR fs fa 0 ftjs s0=0.2
            YMEMRISTOR fp fb fc ftjp u0=-0.3
            R11 fa 0 1k
            R12 fb 0 1k
            R13 fc 0 1k
            .model ecmj ecm (i0=1m nch=2 cp=3p rs=2k vclim=0 vs0_d2d=0.05 vr0_d2d=0.03 i0_d2d=0.2 vs0_c2c=0.05
            + vr0_c2c=0.02 a1=1.5 a2=0.7)
            YMEMRISTOR ej a s ecmj xinit=1n
            .model lsmoj lsmo (rref=2k law=polaron ea=0.1)
            R14 s 0 lsmoj
            .model dac4 dac (bits=4 vmin=-1 vmax=1 rout=10 inl=0.3 dnl=0.1)
            YDAC d1 da 0 dac4 codes=(3 9 14) period=5u
            YDAC d2 db a dac4 bits=(a b c d) vth=0.1
            R30 da 0 1k
            R31 db 0 1k
            .model adc4 adc (bits=4 vmin=-1 vmax=1 period=1u gainerr=0.1)
            YADC q1 a b adc4 out=qa
            R32 qa 0 1k
            .model tia1 tia (rf=1k a0=3 gbw=1meg vomin=-4 vomax=4)
            .model tia2 tia (rf=2k a0=5)
            YTIA s1 b ta 0 tia1
            YTIA s2 c tb d tia2
            R33 ta 0 1k
            .end
            """;

    /**
     * Diodes and MOSFETs of every kind. Their node voltages are drawn with a 0.35 V spread: at the 1 V spread of the
     * other devices a forward junction carries e^(3 V/vt) ≈ 1e50 A and the finite differences drown in rounding.
     */
    static final String SEMICONDUCTORS = """
            diodes and level-1 mosfets
            V1 a 0 DC 0.3
            R1 a b 1k
            R2 b c 2k
            R3 c 0 1k
            .model dj D (is=1e-14 rs=10 n=1.3 tt=2n cjo=2p vj=0.7 m=0.4 fc=0.5)
            .model dz D (is=1e-12 bv=1.5 ibv=1m nbv=1.2 cjo=1p)
            .model dplain D
            D1 a da dj
            R14 da 0 1k
            D2 0 db dz area=2
            R15 db b 1k
            D3 c 0 dplain
            .model nm NMOS (level=1 vto=0.5 kp=100u gamma=0.4 phi=0.7 lambda=0.05 rd=30 rs=20 tox=20n cgso=0.3n
            + cgdo=0.3n cgbo=0.2n cj=0.4m cjsw=0.2n mjsw=0.33 is=1e-15)
            .model pm PMOS (level=1 vto=-0.7 kp=40u gamma=0.5 lambda=0.04 tox=20n cgso=0.3n cgdo=0.3n cgbo=0.2n
            + cbd=2f cbs=2f pb=0.75 js=1e-4 mj=0.4)
            .model nb NMOS (level=1 tox=15n nsub=2e16 uo=450)
            M1 ma a mb 0 nm L=1u W=4u AD=8p AS=8p PD=12u PS=12u
            R16 ma 0 1k
            R17 mb 0 500
            M2 mc b ma a pm L=1u W=10u AD=20p AS=20p
            R18 mc 0 2k
            M3 md c 0 mb nb L=2u W=2u
            R19 md a 3k
            .end
            """;

    @Test
    void loadedJacobianMatchesFiniteDifferencesEverywhere() throws Exception {
        check(EVERY_DEVICE, 1.0);
    }

    @Test
    void semiconductorJacobiansMatchFiniteDifferences() throws Exception {
        check(SEMICONDUCTORS, 0.35);
    }

    private static void check(String netlist, double spread) throws Exception {
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.parse(netlist, "every.cir"));
        SolverSession session = new SolverSession(plan.circuit(), plan.options());
        MnaSystem sys = session.system();
        SparsePattern p = sys.pattern();
        int n = sys.size();
        Random rnd = new Random(11);
        List<String> failures = new ArrayList<>();
        for (double alpha : new double[] {0.0, 3.7e5}) {
            for (int trial = 0; trial < 5; trial++) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = spread * rnd.nextGaussian();
                }
                sys.setAnalysisPoint(alpha == 0 ? AnalysisMode.DC : AnalysisMode.TRANSIENT, 7e-6 * trial, alpha);
                // junction devices limit their voltages against those of their previous load (pnjlim, fetlim):
                // reload until no device limits, so the loaded f and J belong to x itself
                sys.load(x);
                for (int settle = 0; settle < 1000 && sys.wasLimited(); settle++) {
                    sys.load(x);
                }
                assertTrue(!sys.wasLimited(), "the limiters did not settle at a fixed point");
                double[][] loaded = new double[n][n];
                for (int col = 0; col < n; col++) {
                    for (int k = p.columnPointers()[col]; k < p.columnPointers()[col + 1]; k++) {
                        loaded[p.rowIndices()[k]][col] = sys.jacobian()[k];
                    }
                }
                for (int col = 0; col < n; col++) {
                    double h = 1e-6 * (1 + Math.abs(x[col]));
                    double[] plus = residual(sys, x, col, h, alpha);
                    double[] minus = residual(sys, x, col, -h, alpha);
                    for (int row = 0; row < n; row++) {
                        double fd = (plus[row] - minus[row]) / (2 * h);
                        double tol = 1e-6 * Math.max(1, Math.abs(fd)) + 1e-9 * Math.max(1, alpha);
                        if (Math.abs(fd - loaded[row][col]) > tol) {
                            failures.add(String.format("alpha=%g d(row %s)/d(%s): loaded %g, finite difference %g%s",
                                    alpha, sys.unknowns().name(row), sys.unknowns().name(col), loaded[row][col], fd,
                                    p.find(row, col) < 0 ? " (entry not declared)" : ""));
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    /** f + α·q at x with x[col] moved by delta. */
    private static double[] residual(MnaSystem sys, double[] x, int col, double delta, double alpha) {
        double[] moved = x.clone();
        moved[col] += delta;
        sys.load(moved);
        double[] r = new double[x.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = sys.f()[i] + alpha * sys.q()[i];
        }
        return r;
    }
}
