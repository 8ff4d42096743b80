package org.memspice.device.dac;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.device.support.ConverterInputs;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.netlist.ast.Statement.ModelCard;

/**
 * D/A converters: {@code YDAC name out ref MODEL input [param=value …]} with a {@code .model NAME dac (…)} card
 * ({@link DacModel}). The input is one of
 * <ul>
 * <li>{@code codes=(c0 c1 …) period=T [delay=td]}: code k from td + k·T (c0 before td too);</li>
 * <li>{@code pwc=(t0 c0 t1 c1 …)}: code ck from tk, times increasing (c0 before t0);</li>
 * <li>{@code file="codes.csv"}: rows time,code as pwc (path relative to the netlist);</li>
 * <li>{@code bits=(b0 b1 …) [vth=]}: one node per bit, least significant first, a 1 at or above vth.</li>
 * </ul>
 */
public final class DacFamily implements DeviceFamily {
    private static final Set<String> INPUTS = Set.of("codes", "pwc", "file");

    @Override
    public char letter() {
        return 'y';
    }

    @Override
    public String description() {
        return "D/A converter: YDAC name out ref MODEL codes=(…) period= | pwc=(t c …) | file=\"f.csv\" | bits=(b0 …)";
    }

    @Override
    public Set<String> modelTypes() {
        return Set.of("dac");
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        String name = f.deviceName();
        int out = f.node("node out");
        int ref = f.node("node ref");
        Field.Word modelName = f.word("model name");
        ModelCard modelCard = context.model(modelName, "dac");
        Field.Assign input = null;
        Field.Assign bitList = null;
        List<Field> rest = new ArrayList<>();
        for (Field field : f.remaining()) {
            if (field instanceof Field.Assign a && !a.hasKeyArgs()
                    && (INPUTS.contains(a.lowerKey()) || a.lowerKey().equals("bits") && a.value() instanceof Field.Group)) {
                if (input != null || bitList != null) {
                    throw new CardError(a.loc(), card.name() + ": a second input '" + a.key() + "='; give one of codes=,"
                            + " pwc=, file= or bits=(…)");
                }
                if (a.lowerKey().equals("bits")) {
                    bitList = a;
                } else {
                    input = a;
                }
            } else {
                rest.add(field);
            }
        }
        ModelParameters p = ModelParameters.resolve(DacModel.DECLARATION, modelCard, rest, context, card.name());
        SourceLocation at = card.loc();
        DacModel model = new DacModel(p, at, context.randomStream(name));
        if (bitList != null) {
            if (!(bitList.value() instanceof Field.Group g)) {
                throw new IllegalStateException();
            }
            if (g.items().size() != model.bits) {
                throw new CardError(bitList.loc(), card.name() + ": bits=(…) names " + g.items().size()
                        + " node(s) but the model has bits=" + model.bits);
            }
            int[] nodes = new int[g.items().size()];
            for (int k = 0; k < nodes.length; k++) {
                if (!(g.items().get(k) instanceof Field.Word w)) {
                    throw new CardError(g.items().get(k).loc(), card.name() + ": bits=(…) expects node names");
                }
                nodes[k] = context.node(w);
            }
            return new Dac(name, out, ref, model, null, null, nodes, p.get("vth"));
        }
        if (input == null) {
            throw new CardError(at, card.name() + ": no input: give codes=(…) period=, pwc=(t0 c0 t1 c1 …), "
                    + "file=\"codes.csv\" or bits=(b0 b1 …)");
        }
        double[] times;
        double[] codes;
        switch (input.lowerKey()) {
            case "codes": {
                codes = ConverterInputs.numbers(input, context, card.name());
                double period = p.get("period");
                if (!(period > 0) && codes.length > 1) {
                    throw p.error("period", at, "must be > 0 with codes=(…), found " + period);
                }
                double delay = p.inRange("delay", 0, Double.NaN, at);
                times = new double[codes.length];
                for (int k = 0; k < codes.length; k++) {
                    times[k] = delay + k * period;
                }
                break;
            }
            default: {
                double[] pairs = input.lowerKey().equals("pwc")
                        ? ConverterInputs.numbers(input, context, card.name())
                        : ConverterInputs.csvPairs(input.value(), card.name());
                if (pairs.length % 2 != 0) {
                    throw new CardError(input.value().loc(), card.name() + ": " + input.lowerKey()
                            + " needs time,code pairs, found " + pairs.length + " numbers");
                }
                times = new double[pairs.length / 2];
                codes = new double[pairs.length / 2];
                for (int k = 0; k < times.length; k++) {
                    times[k] = pairs[2 * k];
                    codes[k] = pairs[2 * k + 1];
                    if (times[k] < 0 || (k > 0 && !(times[k] > times[k - 1]))) {
                        throw new CardError(input.value().loc(), card.name() + ": " + input.lowerKey()
                                + ": times must be >= 0 and increasing; time " + (k + 1) + " is " + times[k]
                                + (k > 0 ? " after " + times[k - 1] : ""));
                    }
                }
            }
        }
        int[] whole = new int[codes.length];
        for (int k = 0; k < codes.length; k++) {
            double c = codes[k];
            if (c != Math.rint(c) || c < 0 || c > model.codes - 1) {
                throw new CardError(input.value().loc(), card.name() + ": code " + (k + 1) + " is "
                        + (c == Math.rint(c) ? Long.toString((long) c) : Double.toString(c))
                        + "; codes are whole numbers 0 … " + (model.codes - 1) + " (bits=" + model.bits + ")");
            }
            whole[k] = (int) c;
        }
        return new Dac(name, out, ref, model, times, whole, null, 0);
    }
}
