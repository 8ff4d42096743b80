package org.memspice.circuit;

import java.util.Map;
import org.memspice.netlist.ast.Netlist;

/**
 * What one step of a {@code .step}/{@code .mc} run changes before elaboration: global parameters fixed to the
 * step's values (lower-case names), the temperature in °C (null: as the deck says) and the random draws.
 */
public record Variation(Map<String, Double> parameters, Double temperature, RandomDraws draws) {

    /** The deck as written: run 1 of its seed. */
    public static Variation nominal(Netlist netlist) {
        return new Variation(Map.of(), null, RandomDraws.forRun(RandomDraws.seedOf(netlist), 1));
    }
}
