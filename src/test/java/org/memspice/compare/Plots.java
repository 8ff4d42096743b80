package org.memspice.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.memspice.output.RawPlot;
import org.memspice.output.Variable;
import org.memspice.output.VariableType;

/** Small plots built in memory for the comparison tests. */
final class Plots {
    private Plots() {}

    static RawPlot tran(double[] time, Object... namesAndValues) {
        return plot("Transient Analysis", new Variable("time", VariableType.TIME), time, namesAndValues);
    }

    static RawPlot dc(double[] sweep, Object... namesAndValues) {
        return plot("DC transfer characteristic", new Variable("v(v-sweep)", VariableType.VOLTAGE), sweep,
                namesAndValues);
    }

    /** An operating point: names and single values, no scale. */
    static RawPlot op(Object... namesAndValues) {
        List<Variable> vars = new ArrayList<>();
        double[][] columns = new double[namesAndValues.length / 2][];
        for (int k = 0; k < namesAndValues.length; k += 2) {
            vars.add(variable((String) namesAndValues[k]));
            columns[k / 2] = new double[] {(Double) namesAndValues[k + 1]};
        }
        return new RawPlot("t", null, "Operating Point", vars, columns);
    }

    private static RawPlot plot(String name, Variable scale, double[] x, Object... namesAndValues) {
        List<Variable> vars = new ArrayList<>();
        vars.add(scale);
        double[][] columns = new double[namesAndValues.length / 2 + 1][];
        columns[0] = x;
        for (int k = 0; k < namesAndValues.length; k += 2) {
            vars.add(variable((String) namesAndValues[k]));
            Object v = namesAndValues[k + 1];
            columns[k / 2 + 1] = v instanceof double[] d ? d : sample(x, (DoubleUnaryOperator) v);
        }
        return new RawPlot("t", null, name, vars, columns);
    }

    static Variable variable(String name) {
        String lower = name.toLowerCase();
        return new Variable(name, lower.startsWith("v(") ? VariableType.VOLTAGE : lower.startsWith("i(")
                ? VariableType.CURRENT : VariableType.NOTYPE);
    }

    static double[] sample(double[] x, DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = f.applyAsDouble(x[k]);
        }
        return y;
    }

    static double[] uniform(double from, double to, int n) {
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = from + (to - from) * k / (n - 1);
        }
        return t;
    }

    /** A grid whose steps grow and shrink, as an adaptive transient's do. */
    static double[] uneven(double to, int n) {
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            double u = (double) k / (n - 1);
            t[k] = to * (u + 0.05 * Math.sin(2 * Math.PI * 3 * u) / (2 * Math.PI * 3));
        }
        t[n - 1] = to;
        return t;
    }
}
