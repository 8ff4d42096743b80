package org.memspice.testing;

import java.util.List;
import org.memspice.output.PlotHeader;
import org.memspice.output.Variable;

/** One plot held in memory: header and rows (scale first). */
public record SimPlot(PlotHeader header, List<double[]> rows) {

    public int column(String name) {
        List<Variable> vars = header.variables();
        for (int i = 0; i < vars.size(); i++) {
            if (vars.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no vector " + name + " in " + vars);
    }

    public double[] vector(String name) {
        int c = column(name);
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    public double value(String name) {
        return rows.get(0)[column(name)];
    }

    /** The vector names, scale first. */
    public List<String> names() {
        return header.variables().stream().map(Variable::name).toList();
    }

    public int points() {
        return rows.size();
    }
}
