package org.memspice.circuit;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.memspice.circuit.SimulationOptions.IntegrationMethod;
import org.memspice.device.CardError;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;
import org.memspice.util.Suggestions;

/** Reads {@code .options} cards; options other simulators know but memspice does not use are warned about. */
final class Options {
    /** ngspice options accepted silently because they only affect ngspice's own output or algorithms. */
    private static final Set<String> IGNORED = Set.of("noacct", "nopage", "nomod", "acct", "list", "node",
            "opts", "numdgt", "keepopinfo", "savecurrents", "post", "ingold", "interp", "klu", "sparse",
            "noinit", "norefvalue",
            // Xyce's option packages (".options timeint reltol=1e-4"): the package word itself is accepted, the
            // options after it are read as memspice's own where the names agree
            "timeint", "nonlin", "nonlin-tran", "nonlin-hb", "linsol", "linsol-hb", "device", "output", "restart",
            "hbint", "parser", "measure", "sensitivity");

    private static final List<String> KNOWN = List.of("reltol", "abstol", "vntol", "chgtol", "gmin", "trtol",
            "itl1", "itl4", "temp", "tnom", "method", "solver", "seed", "newton");

    private Options() {}

    static SimulationOptions apply(SimulationOptions o, ElaborationContext ctx, Statement.OptionsCard card,
                                   List<Diagnostic> warnings, Netlist netlist) {
        double reltol = o.reltol();
        double abstol = o.abstol();
        double vntol = o.vntol();
        double chgtol = o.chgtol();
        double gmin = o.gmin();
        double trtol = o.trtol();
        IntegrationMethod method = o.method();
        int itl1 = o.itl1();
        int itl4 = o.itl4();
        double temp = o.temp();
        double tnom = o.tnom();
        String solver = o.solver();
        boolean chordNewton = o.chordNewton();
        for (Statement.Option opt : card.options()) {
            String name = opt.name().toLowerCase(Locale.ROOT);
            switch (name) {
                case "reltol" -> reltol = positive(ctx, opt);
                case "abstol" -> abstol = positive(ctx, opt);
                case "vntol" -> vntol = positive(ctx, opt);
                case "chgtol" -> chgtol = positive(ctx, opt);
                case "gmin" -> gmin = nonNegative(ctx, opt);
                case "trtol" -> trtol = positive(ctx, opt);
                case "itl1" -> itl1 = (int) Math.round(positive(ctx, opt));
                case "itl4" -> itl4 = (int) Math.round(positive(ctx, opt));
                case "temp" -> temp = number(ctx, opt);
                case "tnom" -> tnom = number(ctx, opt);
                case "method" -> method = method(opt);
                case "solver" -> solver = solver(opt);
                case "newton" -> chordNewton = chord(opt);
                case "seed" -> seed(opt); // read before elaboration by RandomDraws.seedOf

                default -> {
                    if (!IGNORED.contains(name)) {
                        warnings.add(netlist.diagnostic(opt.loc(), "option '" + opt.name() + "' is not used by memspice"
                                + Suggestions.didYouMean(name, KNOWN)));
                    }
                }
            }
        }
        return new SimulationOptions(reltol, abstol, vntol, chgtol, gmin, trtol, method, itl1, itl4, temp, tnom,
                solver, chordNewton);
    }

    private static IntegrationMethod method(Statement.Option opt) {
        String v = word(opt);
        return switch (v) {
            case "trap", "trapezoidal" -> IntegrationMethod.TRAPEZOIDAL;
            case "gear", "gear2", "bdf2" -> IntegrationMethod.GEAR2;
            default -> throw new CardError(opt.value().loc(), "method: expected trap or gear, got '" + v + "'");
        };
    }

    private static String solver(Statement.Option opt) {
        String v = word(opt);
        if (!v.equals("klu") && !v.equals("ejml")) {
            throw new CardError(opt.value().loc(), "solver: expected klu or ejml, got '" + v + "'");
        }
        return v;
    }

    private static boolean chord(Statement.Option opt) {
        String v = word(opt);
        return switch (v) {
            case "full" -> false;
            case "chord" -> true;
            default -> throw new CardError(opt.value().loc(), "newton: expected full or chord, got '" + v + "'");
        };
    }

    /** The Monte Carlo seed must be a plain integer: parameters may already have drawn while options are read. */
    private static void seed(Statement.Option opt) {
        var v = opt.value() instanceof Field.Word w
                ? org.memspice.netlist.parse.SpiceNumber.tryParse(w.text()) : java.util.OptionalDouble.empty();
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble()) || Math.abs(v.getAsDouble()) >= 1e15) {
            throw new CardError(opt.value() == null ? opt.loc() : opt.value().loc(),
                    "seed: expected an integer such as seed=42 (not an expression)");
        }
    }

    private static String word(Statement.Option opt) {
        if (!(opt.value() instanceof Field.Word w)) {
            throw new CardError(opt.loc(), opt.name() + ": expected a value, e.g. " + opt.name() + "=...");
        }
        return w.lower();
    }

    private static double number(ElaborationContext ctx, Statement.Option opt) {
        if (opt.value() == null) {
            throw new CardError(opt.loc(), opt.name() + ": expected a value, e.g. " + opt.name() + "=1e-3");
        }
        return ctx.value(opt.value());
    }

    private static double positive(ElaborationContext ctx, Statement.Option opt) {
        double v = number(ctx, opt);
        if (!(v > 0)) {
            throw new CardError(opt.value().loc(), opt.name() + " must be positive, got " + v);
        }
        return v;
    }

    private static double nonNegative(ElaborationContext ctx, Statement.Option opt) {
        double v = number(ctx, opt);
        if (!(v >= 0)) {
            throw new CardError(opt.value().loc(), opt.name() + " must not be negative, got " + v);
        }
        return v;
    }
}
