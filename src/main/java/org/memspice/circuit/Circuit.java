package org.memspice.circuit;

import java.util.List;
import java.util.Map;
import org.memspice.device.Device;
import org.memspice.solver.mna.Unknowns;

/**
 * An elaborated circuit: devices with their node indices resolved, and the MNA unknowns (nodes first, then
 * branch currents and states allocated by devices). {@code nodes} maps lower-case node names to unknowns.
 */
public record Circuit(String title, List<Device> devices, Unknowns unknowns, Map<String, Integer> nodes,
                      Map<String, Device> devicesByName, Map<String, Integer> branchCurrents) {

    public Device device(String name) {
        return devicesByName.get(name);
    }
}
