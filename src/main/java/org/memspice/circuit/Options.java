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

/** Reads {@code .options} cards; options other simulators know but memspice does not use are warned about. */
final class Options {
    /** ngspice options accepted silently because they only affect ngspice's own output or algorithms. */
    private static final Set<String> IGNORED = Set.of("noacct", "nopage", "nomod", "acct", "list", "node",
            "opts", "numdgt", "keepopinfo", "savecurrents", "post", "ingold", "interp", "klu", "sparse",
            "noinit", "norefvalue");

    private Options() {}

    static SimulationOptions apply(SimulationOptions o, ElaborationContext ctx, Statement.OptionsCard card,
                                   List<Diagnostic> warnings, Netlist netlist) {
        for (Statement.Option opt : card.options()) {
            String name = opt.name().toLowerCase(Locale.ROOT);
            switch (name) {
                case "reltol" -> o = with(o, name, positive(ctx, opt));
                case "abstol" -> o = with(o, name, positive(ctx, opt));
                case "vntol" -> o = with(o, name, positive(ctx, opt));
                case "chgtol" -> o = with(o, name, positive(ctx, opt));
                case "gmin" -> o = with(o, name, nonNegative(ctx, opt));
                case "trtol" -> o = with(o, name, positive(ctx, opt));
                case "itl1" -> o = with(o, name, positive(ctx, opt));
                case "itl4" -> o = with(o, name, positive(ctx, opt));
                case "temp" -> o = with(o, name, number(ctx, opt));
                case "tnom" -> o = with(o, name, number(ctx, opt));
                case "method" -> o = withMethod(o, opt);
                case "solver" -> o = withSolver(o, opt);
                default -> {
                    if (!IGNORED.contains(name)) {
                        warnings.add(netlist.diagnostic(opt.loc(), "option '" + opt.name() + "' is not used by memspice"));
                    }
                }
            }
        }
        return o;
    }

    private static SimulationOptions with(SimulationOptions o, String name, double v) {
        return new SimulationOptions(
                name.equals("reltol") ? v : o.reltol(),
                name.equals("abstol") ? v : o.abstol(),
                name.equals("vntol") ? v : o.vntol(),
                name.equals("chgtol") ? v : o.chgtol(),
                name.equals("gmin") ? v : o.gmin(),
                name.equals("trtol") ? v : o.trtol(),
                o.method(),
                name.equals("itl1") ? (int) Math.round(v) : o.itl1(),
                name.equals("itl4") ? (int) Math.round(v) : o.itl4(),
                name.equals("temp") ? v : o.temp(),
                name.equals("tnom") ? v : o.tnom(),
                o.solver());
    }

    private static SimulationOptions withMethod(SimulationOptions o, Statement.Option opt) {
        String v = word(opt);
        IntegrationMethod m = switch (v) {
            case "trap", "trapezoidal" -> IntegrationMethod.TRAPEZOIDAL;
            case "gear", "gear2", "bdf2" -> IntegrationMethod.GEAR2;
            default -> throw new CardError(opt.value().loc(), "method: expected trap or gear, got '" + v + "'");
        };
        return new SimulationOptions(o.reltol(), o.abstol(), o.vntol(), o.chgtol(), o.gmin(), o.trtol(), m, o.itl1(),
                o.itl4(), o.temp(), o.tnom(), o.solver());
    }

    private static SimulationOptions withSolver(SimulationOptions o, Statement.Option opt) {
        String v = word(opt);
        if (!v.equals("klu") && !v.equals("ejml")) {
            throw new CardError(opt.value().loc(), "solver: expected klu or ejml, got '" + v + "'");
        }
        return new SimulationOptions(o.reltol(), o.abstol(), o.vntol(), o.chgtol(), o.gmin(), o.trtol(), o.method(),
                o.itl1(), o.itl4(), o.temp(), o.tnom(), v);
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
