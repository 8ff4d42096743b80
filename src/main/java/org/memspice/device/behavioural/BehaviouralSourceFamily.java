package org.memspice.device.behavioural;

import java.util.ArrayList;
import java.util.List;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.device.MatrixBinder;
import org.memspice.expr.Expression;
import org.memspice.expr.ExpressionException;
import org.memspice.expr.ExpressionParser;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;

/** {@code Bname n+ n- V={expr}} or {@code I={expr}}, expr reading v(node), v(a,b) and i(vname). */
public final class BehaviouralSourceFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'b';
    }

    @Override
    public String description() {
        return "behavioural source: Bname n+ n- V={expr} | I={expr}";
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        int a = f.node("node n+");
        int b = f.node("node n-");
        Field field = f.next("V={expression} or I={expression}");
        if (!(field instanceof Field.Assign assign) || assign.hasKeyArgs()
                || !(assign.lowerKey().equals("v") || assign.lowerKey().equals("i"))) {
            throw new CardError(field.loc(), card.name() + ": expected V={expression} or I={expression}");
        }
        f.expectEnd();
        return build(card, context, f.deviceName(), a, b, assign.lowerKey().equals("v"), assign.value());
    }

    /**
     * A behavioural source between a and b from the expression field {@code value}; also used for PSpice/Xyce
     * {@code E… VALUE={expr}} (voltage) and {@code G… VALUE={expr}} (current).
     */
    public static Device build(ElementCard card, ElaborationContext context, String name, int a, int b,
                               boolean voltage, Field value) {
        Field.Expr expr = value instanceof Field.Expr e ? e : new Field.Expr(CardFields.text(value), value.loc());
        ExpressionParser.Behavioural parsed = context.behavioural(expr);
        List<BehaviouralSource.ProbeTarget> targets = new ArrayList<>();
        for (Expression.Probe p : parsed.probes()) {
            if (p.function().equals("i")) {
                targets.add(new BehaviouralSource.ProbeTarget(MatrixBinder.GROUND, MatrixBinder.GROUND,
                        context.deviceName(p.arguments().get(0))));
            } else {
                int plus = context.node(new Field.Word(p.arguments().get(0), expr.loc()));
                int minus = p.arguments().size() > 1
                        ? context.node(new Field.Word(p.arguments().get(1), expr.loc())) : MatrixBinder.GROUND;
                targets.add(new BehaviouralSource.ProbeTarget(plus, minus, null));
            }
        }
        BehaviouralSource source = new BehaviouralSource(name, a, b, voltage, parsed.expression(), targets,
                context.parameterScope());
        try {
            source.checkNames();
        } catch (ExpressionException e) {
            throw new CardError(expr.loc(), card.name() + ": " + e.getMessage() + " in {" + expr.text() + "}");
        }
        return source;
    }
}
