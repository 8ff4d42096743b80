package org.memspice.output;

import java.util.List;

/**
 * One plot read back from a raw file. {@code columns[v][p]} is variable {@code v} at point {@code p}; column 0 is
 * the scale.
 */
public record RawPlot(String title, String date, String plotName, List<Variable> variables, double[][] columns) {
    public RawPlot {
        variables = List.copyOf(variables);
    }

    public int pointCount() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    /** Index of the variable named {@code name} (exact match), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The values of variable {@code name}; throws if there is none. */
    public double[] column(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no variable '" + name + "' in plot '" + plotName + "'");
        }
        return columns[i];
    }
}
