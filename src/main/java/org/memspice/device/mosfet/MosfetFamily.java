package org.memspice.device.mosfet;

import java.util.Map;
import java.util.Set;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.netlist.ast.Statement.ModelCard;

/**
 * {@code Mname d g s b MODEL [L=] [W=] [AD=] [AS=] [PD=] [PS=] [NRD=] [NRS=] [M=] [off]} with
 * {@code .model NAME NMOS|PMOS (level=1 …)}. L and W default to ngspice's 100 µm, AD/AS/PD/PS to 0, NRD/NRS to 1.
 */
public final class MosfetFamily implements DeviceFamily {
    private static final Set<String> INSTANCE = Set.of("l", "w", "ad", "as", "pd", "ps", "nrd", "nrs", "m");

    @Override
    public char letter() {
        return 'm';
    }

    @Override
    public String description() {
        return "MOSFET: Mname d g s b MODEL [L=] [W=] [AD=] [AS=] [PD=] [PS=] [NRD=] [NRS=] [M=] [off]";
    }

    @Override
    public Set<String> modelTypes() {
        return Set.of("nmos", "pmos");
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        int d = f.node("drain node");
        int g = f.node("gate node");
        int s = f.node("source node");
        int b = f.node("bulk node");
        Field.Word modelName = f.word("model name");
        ModelCard model = context.model(modelName, "nmos", "pmos");
        boolean off = false;
        java.util.List<Field> rest = f.remaining();
        java.util.List<Field> params = new java.util.ArrayList<>();
        for (Field x : rest) {
            if (x instanceof Field.Word w && w.lower().equals("off")) {
                off = true;
            } else {
                params.add(x);
            }
        }
        Map<String, Double> p = new CardFields(new ElementCard(card.name(), params, card.loc()), context)
                .parameters(INSTANCE);
        double l = positive(p, "l", 100e-6, card);
        double w = positive(p, "w", 100e-6, card);
        Mos1Model.Geometry geometry = new Mos1Model.Geometry(l, w, nonNegative(p, "ad", card),
                nonNegative(p, "as", card), nonNegative(p, "pd", card), nonNegative(p, "ps", card),
                p.getOrDefault("nrd", 1.0), p.getOrDefault("nrs", 1.0), positive(p, "m", 1.0, card));
        int type = model.type().equalsIgnoreCase("pmos") ? -1 : 1;
        ModelParameters mp = ModelParameters.resolve(Mos1Model.PARAMETERS, model, java.util.List.of(), context,
                ".model " + model.name());
        Mos1Model m = new Mos1Model(mp, type, modelName.loc(), context);
        if (l - 2 * m.ld <= 0) {
            throw new CardError(card.loc(), card.name() + ": effective channel length L − 2·LD = " + (l - 2 * m.ld)
                    + " m is not positive");
        }
        return new Mos1(f.deviceName(), d, g, s, b, m, geometry, off, context.options().gmin());
    }

    private static double positive(Map<String, Double> p, String key, double fallback, ElementCard card) {
        double v = p.getOrDefault(key, fallback);
        if (!(v > 0)) {
            throw new CardError(card.loc(), card.name() + ": " + key.toUpperCase(java.util.Locale.ROOT)
                    + " must be positive, found " + v);
        }
        return v;
    }

    private static double nonNegative(Map<String, Double> p, String key, ElementCard card) {
        double v = p.getOrDefault(key, 0.0);
        if (!(v >= 0)) {
            throw new CardError(card.loc(), card.name() + ": " + key.toUpperCase(java.util.Locale.ROOT)
                    + " must not be negative, found " + v);
        }
        return v;
    }
}
