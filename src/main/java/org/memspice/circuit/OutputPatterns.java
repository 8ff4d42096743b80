package org.memspice.circuit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.memspice.device.CardError;
import org.memspice.device.MatrixBinder;
import org.memspice.device.Probeable;
import org.memspice.netlist.ast.Statement;
import org.memspice.solver.mna.UnknownKind;
import org.memspice.solver.mna.Unknowns;

/**
 * Wildcards in {@code .save}/{@code .print}: {@code *} (any run of characters, dots included) and {@code ?} (one
 * character) matched against the whole flattened name, as Xyce's {@code V(*)} and shell globs do:
 * {@code v(xb.bl*)}, {@code v(*)}, {@code i(*)}, {@code i(r.x1.*)}, {@code x(xb.c0_*)}, {@code x(*,u1)},
 * {@code @r*[i]}. A crossbar cell matches under its cell name ({@code xb.c0_1}) too. A pattern that matches nothing
 * is an error at the card.
 */
final class OutputPatterns {
    private OutputPatterns() {}

    static boolean isPattern(Statement.OutputRef ref) {
        return ref.args().stream().anyMatch(a -> a.indexOf('*') >= 0 || a.indexOf('?') >= 0);
    }

    /** {@code *} and {@code ?} as a regular expression over the whole name; everything else literal. */
    static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /**
     * The outputs {@code ref} names, in the order of the unknowns (voltages, states) or of the netlist (device
     * currents). {@code resolve} turns a plain reference into its output, as for a name without wildcards.
     */
    static List<OutputRequest> expand(Statement.OutputRef ref, Circuit circuit,
                                      BiFunction<Statement.OutputRef, Circuit, OutputRequest> resolve,
                                      Map<String, String> cellDevices) {
        Map<String, String> cellOf = new HashMap<>();
        cellDevices.forEach((cell, device) -> cellOf.put(device, cell));
        List<OutputRequest> found = switch (ref.function()) {
            case "v" -> voltages(ref, circuit.unknowns());
            case "i" -> currents(ref, circuit, resolve, cellOf);
            case "@" -> {
                if (ref.args().size() != 2 || !ref.args().get(1).equals("i")) {
                    throw new CardError(ref.loc(), ref.display() + ": memspice reads only a device's current, @name[i]");
                }
                List<OutputRequest> renamed = new ArrayList<>();
                for (OutputRequest r : currents(new Statement.OutputRef("i", List.of(ref.args().get(0)), ref.loc()),
                        circuit, resolve, cellOf)) {
                    renamed.add(new OutputRequest("@" + r.name().substring(2, r.name().length() - 1) + "[i]", true,
                            r.plus(), r.minus(), r.derived()));
                }
                yield renamed;
            }
            case "x" -> states(ref, circuit.unknowns(), cellOf);
            default -> throw new CardError(ref.loc(), ref.display() + ": wildcards work in v(…), i(…), x(…) and"
                    + " @name[i]");
        };
        if (found.isEmpty()) {
            throw new CardError(ref.loc(), ref.display() + " matches no " + switch (ref.function()) {
                case "v" -> "node voltage";
                case "x" -> "device state";
                default -> "device current (of V, L, E, H, R, C, memristors and converters)";
            } + " of this circuit");
        }
        return found;
    }

    private static List<OutputRequest> voltages(Statement.OutputRef ref, Unknowns u) {
        if (ref.args().size() != 1) {
            throw new CardError(ref.loc(), ref.display() + ": a wildcard needs v(pattern), not a difference");
        }
        Pattern p = glob(ref.args().get(0).replace(':', '.')); // Xyce's x1:n3 is x1.n3
        List<OutputRequest> out = new ArrayList<>();
        for (int i = 0; i < u.size(); i++) {
            if (u.kind(i) == UnknownKind.NODE_VOLTAGE && p.matcher(inner(u.name(i))).matches()) {
                out.add(new OutputRequest(u.name(i), false, i, MatrixBinder.GROUND));
            }
        }
        return out;
    }

    /** Devices with a current (branch unknown or lead current), then branch unknowns owned by no device name. */
    private static List<OutputRequest> currents(Statement.OutputRef ref, Circuit circuit,
                                                BiFunction<Statement.OutputRef, Circuit, OutputRequest> resolve,
                                                Map<String, String> cellOf) {
        if (ref.args().size() != 1) {
            throw new CardError(ref.loc(), ref.display() + ": expected i(pattern)");
        }
        Pattern p = glob(ref.args().get(0));
        Map<String, OutputRequest> out = new LinkedHashMap<>();
        for (Map.Entry<String, org.memspice.device.Device> e : circuit.devicesByName().entrySet()) {
            String dev = e.getKey();
            if (!matches(p, dev, cellOf) || !(circuit.branchCurrents().containsKey(dev)
                    || e.getValue() instanceof Probeable)) {
                continue;
            }
            OutputRequest r = resolve.apply(new Statement.OutputRef("i", List.of(dev), ref.loc()), circuit);
            out.putIfAbsent(r.name(), r);
        }
        Unknowns u = circuit.unknowns();
        for (int i = 0; i < u.size(); i++) {
            if (u.kind(i) == UnknownKind.BRANCH_CURRENT && !out.containsKey(u.name(i))
                    && p.matcher(inner(u.name(i))).matches()) {
                out.put(u.name(i), new OutputRequest(u.name(i), true, i, MatrixBinder.GROUND));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** {@code x(pattern)}: main states of matching devices; {@code x(pattern,state)}: their named states. */
    private static List<OutputRequest> states(Statement.OutputRef ref, Unknowns u, Map<String, String> cellOf) {
        if (ref.args().isEmpty() || ref.args().size() > 2) {
            throw new CardError(ref.loc(), "expected x(device) or x(device,state), got " + ref.display());
        }
        Pattern device = glob(ref.args().get(0));
        List<OutputRequest> out = new ArrayList<>();
        if (ref.args().size() == 1) {
            for (int i = 0; i < u.size(); i++) {
                String name = u.name(i);
                if (u.kind(i) == UnknownKind.STATE && name.indexOf(',') < 0 && matches(device, inner(name), cellOf)) {
                    out.add(new OutputRequest(name, false, i, MatrixBinder.GROUND));
                }
            }
            return out;
        }
        Pattern state = glob(ref.args().get(1));
        List<String> names = new ArrayList<>();
        for (String name : u.names()) {
            int comma = name.indexOf(',');
            if (name.startsWith("x(") && comma > 0 && u.kind(u.indexOf(name)) == UnknownKind.STATE
                    && matches(device, name.substring(2, comma), cellOf)
                    && state.matcher(name.substring(comma + 1, name.length() - 1)).matches()) {
                names.add(name);
            }
        }
        names.sort(Comparator.comparingInt(u::indexOf).thenComparing(Comparator.naturalOrder()));
        for (String name : names) {
            out.add(new OutputRequest(name, false, u.indexOf(name), MatrixBinder.GROUND));
        }
        return out;
    }

    private static boolean matches(Pattern p, String device, Map<String, String> cellOf) {
        String cell = cellOf.get(device);
        return p.matcher(device).matches() || cell != null && p.matcher(cell).matches();
    }

    /** {@code v(x1.n3)} → {@code x1.n3}. */
    private static String inner(String vectorName) {
        return vectorName.substring(2, vectorName.length() - 1);
    }
}
