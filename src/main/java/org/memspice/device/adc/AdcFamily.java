package org.memspice.device.adc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.netlist.ast.Statement.ModelCard;

/**
 * A/D converters: {@code YADC name in ref MODEL [out=node] (period=T [delay=td] | clk=node [vth=]) [param=value …]}
 * with a {@code .model NAME adc (…)} card ({@link AdcModel}); numeric parameters may be on either card.
 */
public final class AdcFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'y';
    }

    @Override
    public String description() {
        return "A/D converter: YADC name in ref MODEL [out=node] period= [delay=] | clk=node [vth=]";
    }

    @Override
    public Set<String> modelTypes() {
        return Set.of("adc");
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        String name = f.deviceName();
        int in = f.node("node in");
        int ref = f.node("node ref");
        Field.Word modelName = f.word("model name");
        ModelCard modelCard = context.model(modelName, "adc");
        int out = Adc.NO_NODE;
        int clock = Adc.NO_NODE;
        List<Field> rest = new ArrayList<>();
        for (Field field : f.remaining()) {
            if (field instanceof Field.Assign a && !a.hasKeyArgs()
                    && (a.lowerKey().equals("out") || a.lowerKey().equals("clk"))) {
                if (!(a.value() instanceof Field.Word w)) {
                    throw new CardError(a.value().loc(), card.name() + ": " + a.lowerKey() + "= expects a node name");
                }
                if (a.lowerKey().equals("out")) {
                    out = context.node(w);
                } else {
                    clock = context.node(w);
                }
            } else {
                rest.add(field);
            }
        }
        ModelParameters p = ModelParameters.resolve(AdcModel.DECLARATION, modelCard, rest, context, card.name());
        SourceLocation at = card.loc();
        AdcModel model = new AdcModel(p, at, context.randomStream(name));
        double period = p.get("period");
        if (clock == Adc.NO_NODE && !(period > 0)) {
            throw p.given("period") ? p.error("period", at, "must be > 0, found " + period)
                    : new CardError(at, card.name() + ": no clock: give period= (and delay=) or clk=node");
        }
        if (clock != Adc.NO_NODE && p.given("period")) {
            throw p.error("period", at, "and clk= are both given; the clock is one or the other");
        }
        double ic = p.get("ic");
        if (ic != Math.rint(ic) || ic < 0 || ic > model.codes - 1) {
            throw p.error("ic", at, "must be a code 0 … " + (model.codes - 1) + ", found " + ic);
        }
        return new Adc(name, in, ref, out, clock, model, period, p.inRange("delay", 0, Double.NaN, at),
                p.get("vth"), (int) ic, context.randomStream(name + "#noise"));
    }
}
