package org.memspice.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** {@code .param} and {@code {expressions}} in value fields: precedence, functions, order, cycles, errors. */
class ParametersTest {

    /** Value of {expr} through a resistor carrying 1 A: v(a) = R = expr. */
    private static double eval(String expr, String... params) throws Exception {
        StringBuilder deck = new StringBuilder("expr\nI1 0 a 1\nR1 a 0 {").append(expr).append("}\n");
        for (String p : params) {
            deck.append(".param ").append(p).append('\n');
        }
        return Sim.single(deck.append(".op\n.end\n").toString()).value("v(a)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1+2*3; 7", "(1+2)*3; 9", "2^3^2; 512", "2**3; 8", "-2^2+10; 6", "10-4-3; 3", "24/4/2; 3",
            "1k+1; 1001", "2.5meg/1e6; 2.5", "1<2 ? 5 : 6; 5", "(1>2) || (3>=3) ? 7 : 8; 7", "!(1==1) + 4; 4",
            "2 && 0 ? 1 : 9; 9", "sqrt(16)+abs(-1); 5", "max(2,3)*min(4,5); 12", "pwr(-2,2)+10; 6",
            "limit(7,1,5); 5", "if(0,1,3); 3", "int(-2.7)+10; 8", "round(2.5); 3", "floor(2.7)+ceil(2.2); 5",
            "exp(ln(3)); 3", "log10(1000); 3", "atan2(1,1)*4/pi; 1", "sgn(-3)+2; 1", "cosh(0)+sinh(0)+tanh(0); 1"})
    void operatorsFunctionsAndPrecedence(String expr, double expected) throws Exception {
        assertEquals(expected, eval(expr), 1e-12 * Math.abs(expected), expr);
    }

    @Test
    void parametersMayReferToEachOtherInAnyOrder() throws Exception {
        assertEquals(1500, eval("r1+r2", "r1={2*half}", "r2={r1/2}", "half=500"), 1e-9);
        assertEquals(27, eval("temper"), 0);
    }

    @Test
    void parametersWorkInAnalysisCardsAndSources() throws Exception {
        SimPlot p = Sim.single("""
                params everywhere
                .param vin=2 rload={2*rs} rs=1k tstop={10*tstep} tstep=1u
                V1 in 0 {vin}
                R1 in out {rs}
                R2 out 0 {rload}
                .tran {tstep} {tstop}
                .end
                """);
        double[] t = p.vector("time");
        assertEquals(10e-6, t[t.length - 1], 1e-18);
        assertEquals(4.0 / 3, p.vector("v(out)")[0], 1e-12);
    }

    private static String errors(String deck) {
        NetlistException e = assertThrows(NetlistException.class,
                () -> Elaborator.elaborate(NetlistParser.read(deck, "p.cir")));
        return e.getMessage();
    }

    @Test
    void aCycleIsReportedWithItsChainAndLine() {
        String msg = errors("cycle\n.param a={b+1}\n.param b={c*2} c={a}\nR1 x 0 {a}\n.op\n.end\n");
        assertTrue(msg.contains("parameter cycle: a -> b -> c -> a"), msg);
        assertTrue(msg.contains("p.cir:2:8:"), msg);
    }

    @Test
    void undefinedNamesAndBadExpressionsAreLocated() {
        String msg = errors("bad\nV1 a 0 1\nR1 a 0 {2*rx}\nR2 a 0 {3+}\nR3 a 0 {foo(2)}\nR4 a 0 rx\n.param ry=1\n"
                + "R5 a 0 ry\n.op\n.end\n");
        assertTrue(msg.contains("p.cir:3:8: error: undefined parameter 'rx'"), msg);
        assertTrue(msg.contains("p.cir:4:") && msg.contains("incomplete expression in {3+}"), msg);
        assertTrue(msg.contains("p.cir:5:") && msg.contains("unknown function 'foo'"), msg);
        assertTrue(msg.contains("p.cir:6:8: error: expected a number, got 'rx'"), msg);
        assertTrue(msg.contains("got 'ry' (a parameter: write {ry})"), msg);
    }

    /** Value of {expr} with extra cards (.func, .param) in the deck. */
    private static double evalWith(String expr, String... cards) throws Exception {
        StringBuilder deck = new StringBuilder("func\nI1 0 a 1\nR1 a 0 {").append(expr).append("}\n");
        for (String c : cards) {
            deck.append(c).append('\n');
        }
        return Sim.single(deck.append(".op\n.end\n").toString()).value("v(a)");
    }

    @Test
    void userFunctionsCallEachOtherAndSeeGlobalParameters() throws Exception {
        assertEquals(5, evalWith("hyp(3,4)", ".func sq(x) {x*x}", ".func hyp(a, b)={sqrt(sq(a)+sq(b))}"), 1e-12);
        assertEquals(2, evalWith("f(1)", ".param x=100", ".func f(x) {x+1}"), 1e-12, "arguments shadow parameters");
        assertEquals(20, evalWith("g(2)", ".param k=10", ".func g(y) {k*y}"), 1e-12);
        assertEquals(7, evalWith("v7", ".param v7={f(3)}", ".func f(z) {2*z+1}"), 1e-12, ".func inside .param");
    }

    @Test
    void userFunctionMistakesAreReported() {
        String msg = errors("f\nI1 0 a 1\nR1 a 0 {sq(1,2)}\nR2 a 0 {loop(1)}\n.func sq(x) {x*x}\n"
                + ".func loop(x) {loop(x)+1}\n.func sin(x) {x}\n.op\n.end\n");
        assertTrue(msg.contains("p.cir:3:") && msg.contains("sq() takes 1 argument, got 2"), msg);
        assertTrue(msg.contains(".func loop calls itself without end"), msg);
        assertTrue(msg.contains("p.cir:7:1: error: .func: 'sin' is a built-in function"), msg);
    }
}
