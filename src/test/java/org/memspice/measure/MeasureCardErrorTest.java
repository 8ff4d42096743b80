package org.memspice.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;

/** Bad {@code .meas} cards are reported like every netlist error: all in one run, at the offending field. */
class MeasureCardErrorTest {
    @Test
    void everyBadCardReportedOnceWithItsColumn() {
        String netlist = """
                bad measures
                V1 in 0 SIN(0 1 1k)
                R1 in out 1k
                C1 out 0 1u
                .tran 1u 2m
                .meas tran a TRIG v(out) RISE=1 TARG v(out) VAL=0.5 RISE=2
                .meas tran b WHEN v(out)=0.5 RIZE=1
                .meas tran c FIND v(ot) AT=1m
                .meas ac d FIND v(out) AT=1k
                .meas dc e FIND v(out) AT=1
                .meas tran f AVRG v(out)
                .meas tran g TRIG v(out) VAL=0.1 RISE=1
                .meas tran h MAX i(c9)
                .meas tran i FIND v(out) AT=1m FROM=0
                .meas tran a2 PARAM='a*2'
                .meas tran a2 PARAM='a*3'
                .end
                """;
        NetlistException e = assertThrows(NetlistException.class,
                () -> Elaborator.elaborate(NetlistParser.read(netlist, "m.cir")));
        String all = e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
        List<String> where = e.diagnostics().stream()
                .map(d -> d.location().line() + ":" + d.location().column()).toList();
        assertEquals(List.of("6:19", "7:30", "8:19", "9:7", "10:1", "11:14", "12:40", "13:18", "14:32", "16:1"), where,
                all);
        assertTrue(all.contains("m.cir:6:19: error: .meas a: TRIG v(out): VAL=value is missing"), all);
        assertTrue(all.contains("unexpected 'RIZE=1' in WHEN v(out); expected TD=, RISE=, FALL=, CROSS=; did you mean"
                + " 'rise'?"), all);
        assertTrue(all.contains("v(ot): no node 'ot' in the circuit; did you mean 'out'?"), all);
        assertTrue(all.contains(".meas: analysis 'ac' cannot be measured; expected tran or dc"), all);
        assertTrue(all.contains(".meas e: measures a dc analysis, but the netlist has no .dc"), all);
        assertTrue(all.contains(".meas f: unknown function 'AVRG'"), all);
        assertTrue(all.contains(".meas g: TARG is missing after TRIG"), all);
        assertTrue(all.contains("i(c9): no device 'c9' in the circuit"), all);
        assertTrue(all.contains("unexpected 'FROM=0' after AT="), all);
        assertTrue(all.contains("a measurement of this name is already defined at line 15"), all);
        // the compiler-like rendering: source line and caret under the column
        assertTrue(all.contains(".meas tran c FIND v(ot) AT=1m\n                  ^"), all);
    }
}
