package org.memspice.circuit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.memspice.device.CardError;
import org.memspice.expr.Expression;
import org.memspice.expr.ExpressionParser;
import org.memspice.expr.Scope;
import org.memspice.measure.Measurement;
import org.memspice.measure.Measurement.Edge;
import org.memspice.measure.Signal;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement;

/**
 * Resolves a {@code .meas} card against the elaborated circuit: signals to unknowns (unknown nodes and devices
 * reported with a suggestion, as for {@code .print}), keyword values to numbers.
 */
final class MeasureResolver {
    private final Function<Statement.OutputRef, OutputRequest> outputs;
    private final Function<Field, Double> values;
    private final Function<Field.Expr, ExpressionParser.Behavioural> behavioural;
    private final Scope parameters;

    MeasureResolver(Function<Statement.OutputRef, OutputRequest> outputs, Function<Field, Double> values,
                    Function<Field.Expr, ExpressionParser.Behavioural> behavioural, Scope parameters) {
        this.outputs = outputs;
        this.values = values;
        this.behavioural = behavioural;
        this.parameters = parameters;
    }

    Measurement resolve(Statement.MeasureCard card) {
        Measurement.Analysis analysis = Measurement.Analysis.valueOf(card.analysis().toUpperCase(Locale.ROOT));
        Measurement.Function function;
        switch (card.function()) {
            case TRIG_TARG:
                function = new Measurement.TrigTarg(point(card.trig()), point(card.targ()));
                break;
            case WHEN:
                function = new Measurement.When((Measurement.Crossing) point(card.when()));
                break;
            case FIND:
                function = new Measurement.Find(signal(card.signal()), point(card.when()));
                break;
            case DERIV:
                function = new Measurement.Deriv(signal(card.signal()), point(card.when()));
                break;
            case PARAM: {
                ExpressionParser.Behavioural b = behavioural.apply(card.param());
                if (!b.probes().isEmpty()) {
                    throw new CardError(card.param().loc(), ".meas " + card.name()
                            + ": PARAM reads results and parameters, not v() or i(); use FIND ... AT=");
                }
                function = new Measurement.Param(b.expression(), parameters);
                break;
            }
            default:
                function = new Measurement.Aggregate(Measurement.AggregateKind.valueOf(card.function().name()),
                        signal(card.signal()), optional(card.from()), optional(card.to()));
        }
        return new Measurement(card.name(), analysis, function, card.loc());
    }

    private Measurement.Point point(Statement.MeasurePoint p) {
        if (p.at() != null) {
            return new Measurement.At(values.apply(p.at()));
        }
        Edge edge = p.edge() == null ? Edge.CROSS : Edge.valueOf(p.edge().toUpperCase(Locale.ROOT));
        int count = 1;
        if (p.edge() != null && p.count() != null) {
            double n = values.apply(p.count());
            if (n < 1 || n != Math.rint(n)) {
                throw new CardError(p.count().loc(), p.edge().toUpperCase(Locale.ROOT)
                        + " must be a whole number of at least 1, or LAST; got " + n);
            }
            count = (int) n;
        } else if (p.edge() != null) {
            count = 0; // LAST
        }
        double td = p.td() == null ? 0.0 : values.apply(p.td());
        return new Measurement.Crossing(signal(p.signal()), p.value() == null ? 0.0 : values.apply(p.value()),
                p.other() == null ? null : signal(p.other()), edge, count, td);
    }

    private double optional(Field f) {
        return f == null ? Double.NaN : values.apply(f);
    }

    private Signal signal(Field f) {
        if (f instanceof Field.Call c) {
            OutputRequest r = outputs.apply(reference(c));
            return new Signal(r.name(), r::value);
        }
        Field.Expr e = (Field.Expr) f;
        ExpressionParser.Behavioural b = behavioural.apply(e);
        List<OutputRequest> probes = new ArrayList<>();
        for (Expression.Probe p : b.probes()) {
            probes.add(outputs.apply(new Statement.OutputRef(p.function(), p.arguments(), e.loc())));
        }
        Expression expression = b.expression();
        return new Signal("{" + e.text() + "}", x -> {
            double[] v = new double[probes.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = probes.get(k).value(x);
            }
            return expression.evaluate(Scope.probing(parameters, v));
        });
    }

    private static Statement.OutputRef reference(Field.Call c) {
        List<String> args = new ArrayList<>();
        for (Field a : c.args()) {
            args.add(((Field.Word) a).lower());
        }
        return new Statement.OutputRef(c.lowerName(), List.copyOf(args), c.loc());
    }
}
