package org.memspice.device.memristor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.device.memristor.hp.HpModel;
import org.memspice.device.memristor.team.TeamModel;
import org.memspice.device.memristor.vteam.VteamModel;
import org.memspice.device.memristor.yakopcic.YakopcicModel;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.netlist.ast.Statement.ModelCard;

/**
 * Memristive devices, instanced Xyce-style: {@code YMEMRISTOR name n+ n- MODEL [param=value …]} (the device is
 * {@code ym1} for {@code YMEMRISTOR m1}). The model card's type selects the physics; {@code memristor} cards
 * select by {@code level} as Xyce does. A new model is one folder beside this file and one line below.
 */
public final class MemristorFamily implements DeviceFamily {
    private static final Map<String, MemristorModelKind> KINDS = new TreeMap<>();

    static {
        register("hp", new HpModel());
        register("memristor:2", new TeamModel());
        register("memristor:3", new YakopcicModel());
        register("vteam", new VteamModel());
        register("ftj", new org.memspice.device.memristor.ftj.FtjModel());
        register("ecm", new org.memspice.device.memristor.ecm.EcmModel());
    }

    /** {@code type} is a model type, or {@code memristor:N} for {@code .model m memristor level=N}. */
    private static void register(String type, MemristorModelKind kind) {
        if (KINDS.put(type, kind) != null) {
            throw new IllegalStateException("two memristor models for " + type);
        }
    }

    @Override
    public char letter() {
        return 'y';
    }

    @Override
    public String description() {
        return "memristor: YMEMRISTOR name n+ n- MODEL [param=value …]";
    }

    @Override
    public Set<String> modelTypes() {
        Set<String> types = new TreeSet<>();
        KINDS.keySet().forEach(k -> types.add(k.contains(":") ? k.substring(0, k.indexOf(':')) : k));
        return types;
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        int plus = f.node("node n+");
        int minus = f.node("node n-");
        Field.Word modelName = f.word("model name");
        ModelCard model = context.model(modelName, modelTypes().toArray(String[]::new));
        String type = model.type().toLowerCase(Locale.ROOT);
        String key = type;
        if (KINDS.keySet().stream().anyMatch(k -> k.startsWith(type + ":"))) {
            key = type + ":" + level(model, context);
            if (!KINDS.containsKey(key)) {
                throw new CardError(modelName.loc(), card.name() + ": model " + model.name() + " has " + type
                        + " level " + key.substring(key.indexOf(':') + 1) + "; the levels are "
                        + String.join(", ", KINDS.keySet().stream().filter(k -> k.startsWith(type + ":"))
                        .map(k -> k.substring(k.indexOf(':') + 1)).toList()));
            }
        }
        List<Field> instance = f.remaining();
        return KINDS.get(key).create(new MemristorInstance(f.deviceName(), plus, minus, model, instance, card),
                context);
    }

    private static String level(ModelCard model, ElaborationContext context) {
        for (Field.Assign a : model.params()) {
            if (a.lowerKey().equals("level")) {
                double v = context.value(a.value());
                return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
            }
        }
        return "1";
    }
}
