package org.memspice.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** {@code .subckt}/{@code X}: flattening, names, parameters, scoping, {@code .global} and every error. */
class SubcircuitTest {

    private static String errors(String deck) {
        NetlistException e = assertThrows(NetlistException.class,
                () -> Elaborator.elaborate(NetlistParser.read(deck, "s.cir")));
        return e.getMessage();
    }

    @Test
    void nestedInstancesGetNgspiceNamesAndParameterOverrides() throws Exception {
        // divider(rt, rb) inside a wrapper that passes rt and scales rb: v(mid) = vin * rb / (rt + rb)
        SimPlot p = Sim.single("""
                nested
                .param vin=3
                .subckt div top bot params: rt=1k rb={rt}
                R1 top mid {rt}
                R2 mid bot {rb}
                Vs mid sense 0
                Rs sense bot 1meg
                .ends div
                .subckt wrap a b k=2
                .param rbot={k*1k}
                X1 a b div rt=500 rb={rbot}
                X2 a b div
                .ends
                V1 in 0 {vin}
                Xw in 0 wrap k=4
                Xd in 0 div
                .op
                .end
                """);
        // xw.x1: rt = 500, rb = 4k in parallel with the 1 MEG sense path (the sense branch carries ~0)
        double rb = 1 / (1 / 4000.0 + 1 / 1e6);
        assertEquals(3 * rb / (500 + rb), p.value("v(xw.x1.mid)"), 1e-12);
        double rbDefault = 1 / (1 / 1000.0 + 1 / 1e6);
        assertEquals(3 * rbDefault / (1000 + rbDefault), p.value("v(xw.x2.mid)"), 1e-12);
        assertEquals(p.value("v(xw.x2.mid)"), p.value("v(xd.mid)"), 1e-15);
        assertEquals(p.value("v(xw.x1.mid)") / 1e6, p.value("i(v.xw.x1.vs)"), 1e-15);
        assertTrue(p.names().contains("v(xw.x1.sense)"), p.names().toString());
    }

    @Test
    void currentReferencesAndBehaviouralProbesResolveInsideTheInstance() throws Exception {
        // F copies the local sense current; B reads the local node and the local source current
        SimPlot p = Sim.single("""
                local refs
                .subckt mirror in out
                Vs in x 0
                R1 x 0 1k
                F1 0 out Vs 2
                Rl out 0 1k
                B1 bo 0 V={v(x)*1000*i(Vs)}
                Rb bo 0 1
                .ends
                V1 a 0 2
                Vs a b 0
                X1 b o mirror
                .op
                .end
                """);
        assertEquals(2e-3, p.value("i(v.x1.vs)"), 1e-15);
        assertEquals(2e-3, p.value("i(vs)"), 1e-15);
        assertEquals(4.0, p.value("v(o)"), 1e-12);
        assertEquals(2.0 * 1000 * 2e-3, p.value("v(x1.bo)"), 1e-12);
    }

    @Test
    void globalNodesAndGroundKeepTheirNames() throws Exception {
        SimPlot p = Sim.single("""
                global
                .global vdd
                .subckt load a
                R1 a vdd 1k
                R2 vdd gnd 1k
                .ends
                Vdd vdd 0 1
                X1 n load
                X2 n load
                Rn n 0 1k
                .op
                .end
                """);
        // n sees three 1k resistors: two to vdd (1 V), one to ground
        assertEquals(2.0 / 3, p.value("v(n)"), 1e-12);
        assertTrue(p.names().stream().noneMatch(n -> n.contains("x1.vdd")), p.names().toString());
    }

    @Test
    void xyceSpellingOfHierarchicalNamesIsAccepted() throws Exception {
        SimPlot p = Sim.single("""
                xyce names
                .subckt s a
                R1 a m 1k
                Vm m 0 0
                .ends
                V1 in 0 1
                X1 in s
                .print op v(X1:m) i(X1:Vm)
                .op
                .end
                """);
        assertEquals(1e-3, p.value("i(v.x1.vm)"), 1e-15);
        assertEquals(0.0, p.value("v(x1.m)"), 0);
    }

    @Test
    void definitionsMayComeFromAnIncludedLibraryAndAfterTheirUse(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cells.lib"), """
                * a library of cells
                .lib typical
                .subckt cell a b params: r=2k
                R1 a b {r}
                .ends cell
                .endl typical
                """);
        Path deck = dir.resolve("top.cir");
        Files.writeString(deck, """
                library cells
                V1 in 0 1
                X1 in 0 cell r=4k
                X2 in 0 cell
                .lib cells.lib typical
                .op
                .end
                """);
        SimPlot p = Sim.run(deck).get(0);
        assertEquals(-(1 / 4000.0 + 1 / 2000.0), p.value("i(v1)"), 1e-15);
    }

    @Test
    void subcircuitParametersSeeGlobalsAndLocalsShadowThem() throws Exception {
        SimPlot p = Sim.single("""
                scoping
                .param r=1k g=3
                .subckt s a
                .param r=2k
                R1 a 0 {r*g}
                .ends
                I1 0 n 1m
                X1 n s
                R0 m 0 {r}
                I2 0 m 1m
                .op
                .end
                """);
        assertEquals(6.0, p.value("v(n)"), 1e-12);
        assertEquals(1.0, p.value("v(m)"), 1e-12);
    }

    @Test
    void aFuncInsideASubcircuitSeesItsParametersAndStaysLocal() throws Exception {
        SimPlot p = Sim.single("""
                local func
                .func f(x) {x+1}
                .subckt s a params: k=3
                .func f(x) {k*x}
                R1 a 0 {f(1k)}
                .ends
                I1 0 n 1m
                X1 n s k=2
                I2 0 m 1m
                R2 m 0 {f(999)}
                .op
                .end
                """);
        assertEquals(2.0, p.value("v(n)"), 1e-12);
        assertEquals(1.0, p.value("v(m)"), 1e-12);
    }

    @Test
    void hierarchyMistakesAreAllReportedWithTheirPlaces() {
        String msg = errors("""
                mistakes
                .subckt div a b params: r=1k
                R1 a b {r}
                .op
                .ends
                .subckt loop a
                X1 a loop
                .ends loop
                V1 in 0 1
                X1 in 0 dvi
                X2 in div
                X3 in 0 div q=2
                X4 in loop
                .ends div
                .op
                .end
                """);
        assertTrue(msg.contains("s.cir:4:1: error: this card cannot be inside .subckt div"), msg);
        assertTrue(msg.contains("s.cir:10:9: error: X1: no .subckt named 'dvi'; did you mean 'div'?"), msg);
        assertTrue(msg.contains("s.cir:11:1: error: X2: .subckt div has 2 pins (a b), but 1 node is given"), msg);
        assertTrue(msg.contains("s.cir:12:13: error: X3: .subckt div has no parameter 'q'"), msg);
        assertTrue(msg.contains("subcircuit recursion: loop -> loop"), msg);
        assertTrue(msg.contains("s.cir:14:1: error: .ends without a .subckt to end"), msg);
    }

    @Test
    void unclosedAndMismatchedDefinitionsAreReported() {
        String msg = errors("unclosed\n.subckt a p\n.subckt b q\nR1 q 0 1\n.ends a\nV1 x 0 1\n.op\n.end\n");
        assertTrue(msg.contains("s.cir:5:1: error: .ends a does not match the open .subckt b (line 3)"), msg);
        assertTrue(msg.contains("s.cir:2:1: error: .subckt a has no .ends"), msg);
    }

    @Test
    void anErrorInsideASubcircuitIsReportedOnceWithTheInstance() {
        String msg = errors("""
                inner error
                .subckt s a
                R1 a 0 {2*rr}
                .ends
                V1 n 0 1
                X1 n s
                X2 n s
                .op
                .end
                """);
        assertTrue(msg.contains("s.cir:3:8: error: undefined parameter 'rr' (in x1, an instance of s)"), msg);
        assertTrue(!msg.contains("in x2"), msg);
        assertTrue(msg.contains("1 error") || msg.split("error:").length == 2, msg);
    }

    @Test
    void aModelTypeNoDeviceReadsIsAWarningGivenOnce() throws Exception {
        var plan = Elaborator.elaborate(NetlistParser.read("""
                models
                .model top_m dio (is=1e-14)
                .subckt s a
                .model local_m dio
                R1 a 0 1k
                .ends
                V1 n 0 1
                X1 n s
                X2 n s
                .op
                .end
                """, "s.cir"));
        var messages = plan.warnings().stream().map(d -> d.renderWarning()).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("s.cir:2:1: warning: .model top_m: no device reads models of type 'dio'"),
                messages.toString());
        assertTrue(messages.get(1).startsWith("s.cir:4:1:"), messages.toString());
    }

    @Test
    void unknownElementLettersListTheFamilies() {
        String msg = errors("letters\nQ1 c b e qmod\nV1 c 0 1\nR1 c 0 1\n.op\n.end\n");
        assertTrue(msg.contains("unknown element 'Q1': no device has the letter 'Q'; the letters are: B behavioural"),
                msg);
        assertTrue(msg.contains("X subcircuit instance"), msg);
    }
}
