package org.memspice.compare;

import java.util.Locale;
import org.memspice.output.RawPlot;

/** How a plot is compared: operating points and DC sweeps point by point, transients by the integrated norm. */
public enum PlotKind {
    OP, DC, TRAN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean pointwise() {
        return this != TRAN;
    }

    /** From the plot name as SPICE raw files write it, else from its scale. */
    static PlotKind of(RawPlot plot) {
        String name = plot.plotName() == null ? "" : plot.plotName().toLowerCase(Locale.ROOT);
        if (name.startsWith("transient")) {
            return TRAN;
        }
        if (name.startsWith("operating point")) {
            return OP;
        }
        if (name.startsWith("dc")) {
            return DC;
        }
        boolean timeScale = !plot.variables().isEmpty() && plot.variables().get(0).name().equalsIgnoreCase("time");
        return timeScale ? TRAN : plot.pointCount() == 1 ? OP : DC;
    }
}
