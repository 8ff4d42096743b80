package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scope placement of vector names and its inverse. */
class VcdNamesTest {
    private static void placed(String name, List<String> scopes, String leaf) {
        VcdNames.Placement p = VcdNames.place(name);
        assertEquals(scopes, p.scopes(), name);
        assertEquals(leaf, p.leaf(), name);
        List<String> withRoot = new ArrayList<>();
        withRoot.add(VcdNames.ROOT);
        withRoot.addAll(scopes);
        assertEquals(name, VcdNames.name(withRoot, leaf), "read back " + leaf + " in " + withRoot);
    }

    @Test
    void instancePathsBecomeScopes() {
        placed("v(out)", List.of(), "v(out)");
        placed("v(x1.x2.n3)", List.of("x1", "x2"), "v(n3)");
        placed("v(xb.bl7)", List.of("xb"), "v(bl7)");
        placed("x(xb.c12_7)", List.of("xb"), "x(c12_7)");
        placed("i(xb.c3_4)", List.of("xb"), "i(c3_4)");
        placed("v(d1#internal)", List.of(), "v(d1#internal)");
        placed("v(x1.d1#internal)", List.of("x1"), "v(d1#internal)");
    }

    @Test
    void devicesInsideInstancesKeepTheirTag() {
        placed("i(v.x1.x2.vs)", List.of("x1", "x2"), "i(v.vs)");
        placed("x(y.x1.ym1)", List.of("x1"), "x(y.ym1)");
        placed("x(y.x1.ym1,u1)", List.of("x1"), "x(y.ym1,u1)");
        placed("n(y.x1.ym1:r)", List.of("x1"), "n(y.ym1:r)");
        // a node is never tagged, whatever its first segment
        placed("v(a.x1.n)", List.of("a", "x1"), "v(n)");
        placed("x(xb.c3_4,u1)", List.of("xb"), "x(c3_4,u1)");
    }

    @Test
    void differencesArrayQuantitiesAndOddNamesStayWhole() {
        placed("v(x1.a,x1.b)", List.of(), "v(x1.a,x1.b)");
        placed("icol(xb,3)", List.of(), "icol(xb,3)");
        placed("vmm(xb)", List.of(), "vmm(xb)");
        placed("v(.a)", List.of(), "v(.a)");
        placed("v(a..b)", List.of(), "v(a..b)");
        placed("v(a.)", List.of(), "v(a.)");
        placed("v(f(x.y))", List.of(), "v(f(x.y))");
    }

    @Test
    void otherTools() {
        assertEquals("tb.dut.clk", VcdNames.name(List.of("tb", "dut"), "clk"));
        assertEquals("clk", VcdNames.name(List.of(), "clk"));
        assertEquals("v(in)", VcdNames.name(List.of(), "v(in)"));
    }
}
