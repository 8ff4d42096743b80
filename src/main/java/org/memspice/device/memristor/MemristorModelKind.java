package org.memspice.device.memristor;

import org.memspice.device.Device;
import org.memspice.device.ElaborationContext;

/** One memristor model: builds a device from an instance card and its {@code .model}. */
public interface MemristorModelKind {
    Device create(MemristorInstance instance, ElaborationContext context);
}
