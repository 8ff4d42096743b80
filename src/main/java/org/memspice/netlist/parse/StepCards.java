package org.memspice.netlist.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement;
import org.memspice.netlist.ast.Statement.StepSweep;
import org.memspice.netlist.parse.CardReader.CardException;

/**
 * Reads {@code .step} (LTspice/PSpice spelling) and {@code .mc} cards. The sweep keyword may stand before or after
 * {@code param NAME} ({@code .step dec param f 1 1meg 10} or {@code .step param f dec 1 1meg 10}); without one the
 * sweep is linear. What the values mean (and whether NAME is a parameter) is checked when the steps are planned.
 */
final class StepCards {
    static final String STEP_USAGE = ".step: expected [lin|dec|oct] param NAME start stop incr,"
            + " param NAME list v1 v2 …, or temp in place of param NAME";
    private static final String MC_USAGE = ".mc: expected the number of Monte Carlo runs, e.g. .mc 100";

    private StepCards() {}

    static Statement.StepCard step(Card card) throws CardException {
        List<Field> f = card.fields();
        int i = 0;
        StepSweep sweep = i < f.size() ? sweepKeyword(f.get(i)) : null;
        if (sweep != null) {
            i++;
        }
        if (i >= f.size()) {
            throw new CardException(card.end(), STEP_USAGE);
        }
        Field.Word parameter = null;
        if (!(f.get(i) instanceof Field.Word target)) {
            throw new CardException(f.get(i).loc(), STEP_USAGE + "; found '" + CardReader.text(f.get(i)) + "'");
        }
        if (target.lower().equals("param")) {
            i++;
            if (i >= f.size() || !(f.get(i) instanceof Field.Word name) || SpiceNumber.isNumber(name.text())) {
                throw new CardException(i >= f.size() ? card.end() : f.get(i).loc(),
                        ".step param: expected a parameter name after param");
            }
            parameter = name;
        } else if (!target.lower().equals("temp")) {
            throw new CardException(target.loc(), ".step: cannot step '" + target.text() + "'; step a global"
                    + " parameter (.step param " + target.text() + " …) or the temperature (.step temp …)");
        }
        i++;
        String what = parameter == null ? ".step temp" : ".step param " + parameter.text();
        if (i < f.size()) {
            StepSweep late = sweepKeyword(f.get(i));
            if (late != null && sweep != null) {
                throw new CardException(f.get(i).loc(), what + ": the sweep is already " + name(sweep));
            }
            if (late != null) {
                sweep = late;
                i++;
            }
        }
        if (sweep == null) {
            sweep = StepSweep.LIN;
        }
        List<Field> values = new ArrayList<>();
        if (sweep == StepSweep.LIST) {
            for (Field v : f.subList(i, f.size())) {
                values.add(CardReader.value(v, what, "each listed value"));
            }
            if (values.isEmpty()) {
                throw new CardException(card.end(), what + " list: expected at least one value");
            }
        } else {
            List<String> names = List.of("start", "stop",
                    sweep == StepSweep.LIN ? "incr" : "points per " + (sweep == StepSweep.DEC ? "decade" : "octave"));
            for (Field v : f.subList(i, f.size())) {
                if (values.size() == names.size()) {
                    throw new CardException(v.loc(), what + ": expected start stop " + names.get(2)
                            + "; found '" + CardReader.text(v) + "' after " + names.get(2));
                }
                values.add(CardReader.value(v, what, names.get(values.size())));
            }
            if (values.size() < names.size()) {
                throw new CardException(card.end(), what + ": expected start stop " + names.get(2) + "; "
                        + names.get(values.size()) + " is missing");
            }
        }
        return new Statement.StepCard(sweep, parameter, List.copyOf(values), card.loc());
    }

    static Statement.McCard monteCarlo(Card card) throws CardException {
        List<Field> f = card.fields();
        if (f.isEmpty()) {
            throw new CardException(card.end(), MC_USAGE);
        }
        if (f.size() > 1) {
            throw new CardException(f.get(1).loc(), MC_USAGE + "; found '" + CardReader.text(f.get(1)) + "'");
        }
        return new Statement.McCard(CardReader.value(f.get(0), ".mc", "the number of runs"), card.loc());
    }

    private static StepSweep sweepKeyword(Field f) {
        if (!(f instanceof Field.Word w)) {
            return null;
        }
        return switch (w.lower()) {
            case "lin" -> StepSweep.LIN;
            case "dec" -> StepSweep.DEC;
            case "oct" -> StepSweep.OCT;
            case "list" -> StepSweep.LIST;
            default -> null;
        };
    }

    private static String name(StepSweep sweep) {
        return sweep.name().toLowerCase(Locale.ROOT);
    }
}
