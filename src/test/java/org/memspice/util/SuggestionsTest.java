package org.memspice.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memspice.circuit.Elaborator;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.parse.NetlistParser;

class SuggestionsTest {

    @Test
    void closestNameWithinTheDistanceLimit() {
        assertEquals(1, Suggestions.distance("rvla", "rval"), "adjacent swap counts once");
        assertEquals("; did you mean 'rval'?", Suggestions.didYouMean("rvla", List.of("rval", "cap", "vdd")));
        assertEquals("; did you mean 'out'?", Suggestions.didYouMean("OUT1", List.of("out", "in")));
        assertEquals("", Suggestions.didYouMean("zzzz", List.of("rval", "cap")));
        assertEquals("", Suggestions.didYouMean("ab", List.of("xy")), "short names need a close match");
    }

    @Test
    void netlistMistakesGetSuggestions() {
        String msg = assertThrows(NetlistException.class, () -> Elaborator.elaborate(NetlistParser.read("""
                typos
                .param rload=1k
                V1 in 0 1
                R1 in out {rlaod}
                R2 out 0 1k tc=1m
                .dc V2 0 1 0.1
                .print dc v(otu) i(v2)
                .end
                """, "t.cir"))).getMessage();
        assertTrue(msg.contains("undefined parameter 'rlaod'; did you mean 'rload'?"), msg);
        assertTrue(msg.contains("unknown parameter 'tc'; did you mean 'tc1'?"), msg);
        assertTrue(msg.contains(".dc: 'V2' is not an independent V or I source of this circuit; did you mean 'v1'?"), msg);
        assertTrue(msg.contains("v(otu): no node 'otu' in the circuit; did you mean 'out'?"), msg);
    }
}
