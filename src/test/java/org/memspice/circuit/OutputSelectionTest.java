package org.memspice.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/**
 * What .save/.print write: wildcards against the flattened names, device states and element currents like node
 * voltages (ngspice's @r1[i] too), .save all with extras, and the default for circuits above savelimit.
 */
class OutputSelectionTest {
    /** A 2×3 array of FTJ cells (states s, u, n) driven from two word lines, a resistor and a capacitor. */
    private static final String ARRAY = """
            array
            .model f ftj
            .crossbar xb rows=2 cols=3 device=f rwl=1 rbl=1
            V0 in0 0 0.2
            V1 xb.wl1 0 0.1
            R0 in0 xb.wl0 10
            Rb0 xb.bl0 0 10
            Rb1 xb.bl1 0 10
            Rb2 xb.bl2 0 10
            C1 xb.bl2 0 1p
            %s
            .op
            .end
            """;

    private static SimPlot run(String saves) throws Exception {
        return Sim.single(ARRAY.formatted(saves));
    }

    /** Every vector of the array deck, the way .save all writes them. */
    private static List<String> everything() throws Exception {
        return run(".save all").names().subList(0, run(".save all").names().size());
    }

    @Test
    void wildcardsSelectTheMatchingFlattenedNamesInOrder() throws Exception {
        List<String> all = everything();
        assertEquals(expected(all, "v\\(xb\\.bl.*\\)"), run(".save v(xb.bl*)").names());
        assertEquals(expected(all, "v\\(xb\\.b._1\\)"), run(".save v(xb.b?_1)").names());
        List<String> voltages = expected(all, "v\\(.*\\)");
        assertEquals(voltages, run(".save v(*)").names());
        assertTrue(voltages.size() > 20, voltages.toString());
        // main states of row 0's cells, under the cell names of the array
        assertEquals(List.of("x(yxb.c0_0)", "x(yxb.c0_1)", "x(yxb.c0_2)"), run(".save x(xb.c0_*)").names());
        assertEquals(List.of("x(yxb.c0_0,u)", "x(yxb.c0_1,u)", "x(yxb.c0_2,u)", "x(yxb.c1_0,u)", "x(yxb.c1_1,u)",
                "x(yxb.c1_2,u)"), run(".save x(*,u)").names());
    }

    @Test
    void currentsOfEveryKindOfDeviceAreSelectable() throws Exception {
        SimPlot p = run(".save i(*)");
        List<String> names = p.names();
        for (String n : List.of("i(v0)", "i(v1)", "i(r0)", "i(rb2)", "i(c1)", "i(yxb.c1_2)", "i(rxb.wl0_1)")) {
            assertTrue(names.contains(n), n + " in " + names);
        }
        // the cells' lead currents add up to what leaves through the sense resistors (KCL over the array)
        double cells = 0;
        for (String n : names) {
            if (n.startsWith("i(yxb.c")) {
                cells += p.value(n);
            }
        }
        double sensed = p.value("i(rb0)") + p.value("i(rb1)") + p.value("i(rb2)");
        assertEquals(sensed, cells, 1e-12 * Math.abs(sensed));
        assertEquals(0.0, p.value("i(c1)"), 0.0, "no current through a capacitor at an operating point");
        SimPlot ng = run(".save @r0[i] @rb*[i] i(v1)");
        assertEquals(List.of("@r0[i]", "@rb0[i]", "@rb1[i]", "@rb2[i]", "i(v1)"), ng.names());
        assertEquals(p.value("i(r0)"), ng.value("@r0[i]"), 0.0);
        assertTrue(p.value("i(r0)") > 0, "0.2 V drives current from in0 into the array");
    }

    @Test
    void saveAllWritesEveryUnknownAndTheNamedExtras() throws Exception {
        List<String> all = run(".save all").names();
        SimPlot plain = Sim.single(ARRAY.formatted(""));
        assertEquals(plain.names(), all, ".save all is the default set");
        List<String> extended = run(".save all i(r0) v(xb.bl0)").names();
        List<String> expected = new ArrayList<>(all);
        expected.add("i(r0)");
        assertEquals(expected, extended, "v(xb.bl0) is in the default set already; i(r0) is added");
    }

    @Test
    void aPatternThatMatchesNothingIsALocatedError() {
        NetlistException e = assertThrows(NetlistException.class, () -> run(".save v(xb.sl*)\n.save x(*,q)\n.print i(zz*)"));
        List<String> messages = e.diagnostics().stream().map(Diagnostic::render).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("test.cir:11:7: error: v(xb.sl*) matches no node voltage")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("test.cir:12:7: error: x(*,q) matches no device state")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("test.cir:13:8: error: i(zz*) matches no device current")),
                messages.toString());
    }

    @Test
    void aLargeCircuitWithoutSaveWritesItsOwnCardsVectorsAndSaysSo() throws Exception {
        String deck = ARRAY.formatted(".options savelimit=20");
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.read(deck, "test.cir"));
        int unknowns = plan.circuit().unknowns().size();
        assertTrue(unknowns > 20, "the array has " + unknowns + " unknowns");
        // the nodes written on the deck's own cards and the branch currents of its own sources
        List<String> own = List.of("v(in0)", "v(xb.wl0)", "v(xb.wl1)", "v(xb.bl0)", "v(xb.bl1)", "v(xb.bl2)", "i(v0)",
                "i(v1)");
        assertEquals(everything().stream().filter(own::contains).toList(),
                plan.outputs().stream().map(OutputRequest::name).toList());
        List<String> warnings = plan.warnings().stream().map(Diagnostic::renderWarning).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("test.cir: warning: " + unknowns
                + " vectors, more than savelimit=20") && w.contains(".options saveall") && w.contains("--save-all")),
                warnings.toString());

        SimulationPlan all = Elaborator.elaborate(NetlistParser.read(ARRAY.formatted(".options savelimit=20 saveall"),
                "test.cir"));
        assertEquals(List.of(), all.outputs(), "saveall: every unknown (the empty list)");
        SimulationPlan named = Elaborator.elaborate(NetlistParser.read(ARRAY.formatted(
                ".options savelimit=20\n.save v(xb.b0_0)"), "test.cir"));
        assertEquals(List.of("v(xb.b0_0)"), named.outputs().stream().map(OutputRequest::name).toList());
        assertTrue(named.warnings().isEmpty(), "a deck that names its outputs gets no note");
        SimulationPlan small = Elaborator.elaborate(NetlistParser.read(ARRAY.formatted(
                ".options savelimit=" + unknowns), "test.cir"));
        assertEquals(List.of(), small.outputs(), "at the limit: every unknown");
        assertTrue(small.warnings().isEmpty());
    }

    @Test
    void subcircuitInternalsAreNotTheDecksOwnVectors() throws Exception {
        SimulationPlan plan = Elaborator.elaborate(NetlistParser.read("""
                ladder
                .subckt cell a b
                R1 a m 1k
                R2 m b 1k
                Vs m n 0
                R3 n b 1k
                .ends
                V1 in 0 1
                X1 in mid cell
                X2 mid 0 cell
                .options savelimit=3
                .op
                .end
                """, "test.cir"));
        assertEquals(List.of("v(in)", "v(mid)", "i(v1)"), plan.outputs().stream().map(OutputRequest::name).toList());
    }

    @Test
    void badOutputOptionsAreLocatedErrors() {
        NetlistException e = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                options
                V1 a 0 1
                R1 a 0 1k
                .options output=a.dat filetype=text savelimit=-1
                .op
                .end
                """, "test.cir")));
        String messages = e.diagnostics().stream().map(Diagnostic::render).toList().toString();
        assertTrue(messages.contains("test.cir:4:17: error: output: cannot tell the format of 'a.dat'"), messages);
    }

    private static List<String> expected(List<String> all, String regex) {
        Pattern p = Pattern.compile(regex);
        return all.stream().filter(n -> p.matcher(n).matches()).toList();
    }
}
