package org.memspice.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;

class CompLinesTest {
    @Test
    void readsRulesAndIgnoresOtherComments() throws NetlistException {
        List<CompRule> rules = CompLines.parse(List.of(
                "title",
                "*COMP v(out) reltol=1e-4 abstol=1u",
                "* COMP is not a rule, nor is *COMPARE v(x)",
                "*COMPARE v(x) reltol=1",
                "  *comp v(xb.bl*) clip=1n zerotol=2n",
                "*COMP i(*) skip",
                "*COMP v(a, b) digits=6",
                "R1 a b 1k"), "deck.cir");
        assertEquals(4, rules.size());
        CompRule first = rules.get(0);
        assertEquals("v(out)", first.pattern());
        assertEquals(1e-4, first.reltol());
        assertEquals(1e-6, first.abstol(), 1e-21);
        assertNull(first.clip());
        assertEquals("deck.cir:2:1", first.location().toString());
        assertEquals(2e-9, rules.get(1).clip(), 1e-24, "zerotol is clip; the later field wins");
        assertTrue(rules.get(2).skip());
        assertEquals("v(a, b)", rules.get(3).pattern());
        assertEquals(1e-6, rules.get(3).reltol(), 1e-21);
    }

    @Test
    void malformedLinesAreLocatedErrorsAllReportedAtOnce() {
        NetlistException e = assertThrows(NetlistException.class, () -> CompLines.parse(List.of(
                "t",
                "*COMP v(out) reltl=1e-3",
                "*COMP v(out) abstol=x",
                "*COMP",
                "*COMP v(out reltol=1",
                "*COMP v(out) digits=2.5",
                "*COMP v(out) skip=1"), "d.cir"));
        List<String> rendered = e.diagnostics().stream().map(Diagnostic::render).map(s -> s.split("\n")[0]).toList();
        assertEquals(List.of(
                "d.cir:2:14: error: unknown *COMP field 'reltl'; did you mean 'reltol'?",
                "d.cir:3:21: error: expected a non-negative number for abstol, got 'x'",
                "d.cir:4:6: error: *COMP needs a signal name or pattern, e.g. '*COMP v(out) reltol=1e-3'",
                "d.cir:5:7: error: unbalanced parentheses in the signal 'v(out reltol=1'",
                "d.cir:6:21: error: digits= takes a whole number from 1 to 17, got '2.5'",
                "d.cir:7:14: error: 'skip' takes no value"), rendered);
    }

    /** Defaults < command line for all < command line per kind < *COMP lines in order, each field on its own. */
    @Test
    void tolerancesFromGeneralToSpecific() throws NetlistException {
        List<CompRule> rules = CompLines.parse(List.of("t",
                "*COMP * reltol=1e-4",
                "*COMP out abstol=1e-3",
                "*COMP v(xb.bl?) reltol=1e-2",
                "*COMP i(v*) skip"), "d.cir");
        Tolerances t = Tolerances.builder().reltol(1e-5).abstol(1e-9).abstol(SignalKind.CURRENT, 1e-15)
                .rules(rules).build();
        Tolerance out = t.of("v(out)", SignalKind.VOLTAGE);
        assertEquals(1e-4, out.reltol(), "*COMP * beats --reltol");
        assertEquals(1e-3, out.abstol(), "a bare name is a node voltage");
        Tolerance other = t.of("v(in)", SignalKind.VOLTAGE);
        assertEquals(1e-9, other.abstol(), "--abstol");
        assertEquals(1e-2, t.of("v(xb.bl3)", SignalKind.VOLTAGE).reltol());
        assertEquals(1e-4, t.of("v(xb.bl12)", SignalKind.VOLTAGE).reltol(), "? is one character");
        assertEquals(1e-15, t.of("i(r1)", SignalKind.CURRENT).abstol(), "--iabstol beats --abstol");
        assertTrue(t.of("i(vdd)", SignalKind.CURRENT).skip());
        assertFalse(t.of("i(r1)", SignalKind.CURRENT).skip());
        Tolerance state = Tolerances.defaults().of("x(ym1)", SignalKind.STATE);
        assertEquals(1e-6, state.peakAbstol());
    }

    @Test
    void canonicalNames() {
        String[][] cases = {
            {"V(Out)", "v(out)"}, {"out", "v(out)"}, {"v1#branch", "i(v1)"}, {"v.x1.vs#branch", "i(v.x1.vs)"},
            {"@r1[i]", "i(r1)"}, {"V(X1:X2:N3)", "v(x1.x2.n3)"}, {"I(X1:VS)", "i(v.x1.vs)"}, {"time", "time"},
            {"v-sweep", "v(v-sweep)"}, {"i-sweep", "i(i-sweep)"}, {"v( a , b )", "v(a,b)"}, {"x(ym1,u1)", "x(ym1,u1)"},
            {"icol(xb,0)", "icol(xb,0)"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], SignalNames.canonical(c[0]), c[0]);
        }
    }
}
