package org.memspice.device;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.memspice.device.behavioural.BehaviouralSourceFamily;
import org.memspice.device.controlled.CccsFamily;
import org.memspice.device.controlled.CcvsFamily;
import org.memspice.device.controlled.VccsFamily;
import org.memspice.device.controlled.VcvsFamily;
import org.memspice.device.passive.CapacitorFamily;
import org.memspice.device.passive.InductorFamily;
import org.memspice.device.passive.ResistorFamily;
import org.memspice.device.source.CurrentSourceFamily;
import org.memspice.device.source.VoltageSourceFamily;

/** The one list of device families: adding a device family is one line here and one folder beside this file. */
public final class DeviceRegistry {
    private static final Map<Character, DeviceFamily> FAMILIES = new TreeMap<>();

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
    }

    private DeviceRegistry() {}

    private static void register(DeviceFamily family) {
        if (FAMILIES.put(family.letter(), family) != null) {
            throw new IllegalStateException("two device families for letter " + family.letter());
        }
    }

    /** The family for an element letter (lower case), or null. */
    public static DeviceFamily family(char letter) {
        return FAMILIES.get(Character.toLowerCase(letter));
    }

    public static Map<Character, DeviceFamily> families() {
        return Collections.unmodifiableMap(FAMILIES);
    }
}
