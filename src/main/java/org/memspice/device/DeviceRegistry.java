package org.memspice.device;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.memspice.device.behavioural.BehaviouralSourceFamily;
import org.memspice.device.controlled.CccsFamily;
import org.memspice.device.controlled.CcvsFamily;
import org.memspice.device.controlled.VccsFamily;
import org.memspice.device.controlled.VcvsFamily;
import org.memspice.device.diode.DiodeFamily;
import org.memspice.device.memristor.MemristorFamily;
import org.memspice.device.mosfet.MosfetFamily;
import org.memspice.device.passive.CapacitorFamily;
import org.memspice.device.passive.InductorFamily;
import org.memspice.device.passive.ResistorFamily;
import org.memspice.device.source.CurrentSourceFamily;
import org.memspice.device.source.VoltageSourceFamily;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.util.Suggestions;

/**
 * The one list of device families: adding a device family is one line here and one folder beside this file.
 * Families are keyed by element letter; Xyce-style Y devices ({@code YMEMRISTOR name n+ n- MODEL}) by the type
 * word after the Y.
 */
public final class DeviceRegistry {
    private static final Map<Character, DeviceFamily> FAMILIES = new TreeMap<>();
    private static final Map<String, DeviceFamily> Y_TYPES = new TreeMap<>();

    static {
        register(new ResistorFamily());
        register(new CapacitorFamily());
        register(new InductorFamily());
        register(new VoltageSourceFamily());
        register(new CurrentSourceFamily());
        register(new VcvsFamily());
        register(new VccsFamily());
        register(new CccsFamily());
        register(new CcvsFamily());
        register(new BehaviouralSourceFamily());
        register(new DiodeFamily());
        register(new MosfetFamily());
        registerY("memristor", new MemristorFamily());
        registerY("dac", new org.memspice.device.dac.DacFamily());
        registerY("adc", new org.memspice.device.adc.AdcFamily());
        registerY("tia", new org.memspice.device.tia.TiaFamily());
        registerY("wv", new org.memspice.device.wv.WriteVerifyFamily());
    }

    private DeviceRegistry() {}

    /** A Y-device family: {@code Y<type> name nodes… MODEL …}; its {@link DeviceFamily#letter()} is unused. */
    private static void registerY(String type, DeviceFamily family) {
        if (Y_TYPES.put(type, family) != null) {
            throw new IllegalStateException("two Y-device families for type " + type);
        }
    }

    /** The family for a card and the card as the family reads it. */
    public record Selection(DeviceFamily family, ElementCard card) {}

    /**
     * Selects the family of an element card. A Y card {@code YMEMRISTOR m1 a b mod} becomes {@code Ym1 a b mod}
     * for its family: the device is named {@code ym1} (SPICE's letter-first naming), printable as {@code x(ym1)}.
     *
     * @throws CardError for an unknown letter or Y type, with the known ones
     */
    public static Selection select(ElementCard card) {
        char letter = Character.toLowerCase(card.name().charAt(0));
        if (letter != 'y') {
            DeviceFamily family = FAMILIES.get(letter);
            if (family == null) {
                throw new CardError(card.loc(), "unknown element '" + card.name() + "': no device has the letter '"
                        + Character.toUpperCase(letter) + "'; the letters are: " + knownLetters());
            }
            return new Selection(family, card);
        }
        String type = card.name().substring(1).toLowerCase(Locale.ROOT);
        DeviceFamily family = Y_TYPES.get(type);
        if (family == null) {
            throw new CardError(card.loc(), "unknown device type '" + card.name() + "'"
                    + (Y_TYPES.isEmpty() ? "" : "; the Y devices are: " + String.join(", ",
                    Y_TYPES.keySet().stream().map(t -> "Y" + t.toUpperCase(Locale.ROOT)).toList()))
                    + Suggestions.didYouMean(card.name().toLowerCase(Locale.ROOT),
                    Y_TYPES.keySet().stream().map(t -> "y" + t).toList()));
        }
        List<Field> fields = card.fields();
        if (fields.isEmpty() || !(fields.get(0) instanceof Field.Word instance)) {
            throw new CardError(fields.isEmpty() ? card.loc() : fields.get(0).loc(), card.name()
                    + ": expected the instance name, as in " + card.name() + " name n+ n- MODEL");
        }
        return new Selection(family, new ElementCard("Y" + instance.text(), fields.subList(1, fields.size()),
                card.loc()));
    }

    /** "B behavioural source, C capacitor, …, X subcircuit instance, Y… (YMEMRISTOR …)". */
    private static String knownLetters() {
        StringBuilder sb = new StringBuilder();
        FAMILIES.forEach((c, f) -> sb.append(sb.length() == 0 ? "" : ", ").append(Character.toUpperCase(c))
                .append(' ').append(f.description().substring(0, f.description().indexOf(':'))));
        sb.append(", X subcircuit instance");
        if (!Y_TYPES.isEmpty()) {
            sb.append(", ").append(String.join(", ", Y_TYPES.keySet().stream()
                    .map(t -> "Y" + t.toUpperCase(Locale.ROOT)).toList()));
        }
        return sb.toString();
    }

    private static void register(DeviceFamily family) {
        if (FAMILIES.put(family.letter(), family) != null) {
            throw new IllegalStateException("two device families for letter " + family.letter());
        }
    }

    /** The family for an element letter (lower case), or null. */
    public static DeviceFamily family(char letter) {
        return FAMILIES.get(Character.toLowerCase(letter));
    }

    /** Every family, letter families first, then the Y-device families. */
    public static List<DeviceFamily> families() {
        List<DeviceFamily> all = new ArrayList<>(FAMILIES.values());
        all.addAll(Y_TYPES.values());
        return Collections.unmodifiableList(all);
    }
}
