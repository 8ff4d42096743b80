package org.memspice.circuit;

import java.util.ArrayList;
import java.util.List;
import org.memspice.device.CardError;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;

/**
 * The netlist's global {@code .param}s and {@code .func}s, evaluated outside an elaboration: for the values of
 * {@code .step} cards, which are fixed before any step is elaborated.
 */
public final class GlobalParameters {
    private final Parameters parameters = new Parameters();
    private final List<String> names = new ArrayList<>();

    /** Draws (if a value uses agauss and its kin) come from {@code draws}. */
    public GlobalParameters(Netlist netlist, RandomDraws draws) {
        for (Statement s : netlist.statements()) {
            if (s instanceof Statement.ParamCard p) {
                for (Field.Assign definition : p.definitions()) {
                    parameters.define(definition);
                    names.add(definition.lowerKey());
                }
            } else if (s instanceof Statement.FuncCard f) {
                try {
                    parameters.define(f);
                } catch (CardError e) {
                    // reported by the elaborator
                }
            }
        }
        parameters.setDraws(draws);
    }

    /** Whether a global {@code .param} defines this (lower-case) name. */
    public boolean defines(String lowerName) {
        return names.contains(lowerName);
    }

    /** The global parameter names, for "did you mean". */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** The value of a number or {expression} field; a {@link CardError} locates a bad one. */
    public double value(Field field) {
        return parameters.evaluate(field);
    }
}
