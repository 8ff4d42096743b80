package org.memspice.expr;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The built-in functions of ngspice/Xyce expressions, with their argument counts. */
public final class Functions {
    private static final Map<String, Integer> ARITY = new TreeMap<>();
    /** Monte Carlo functions: each evaluation draws a new value (see {@link #draw}). */
    private static final Map<String, Integer> RANDOM = new TreeMap<>();

    static {
        for (String f : new String[] {"sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp",
                "log", "ln", "log10", "sqrt", "abs", "sgn", "floor", "ceil", "int", "round"}) {
            ARITY.put(f, 1);
        }
        for (String f : new String[] {"atan2", "min", "max", "pow", "pwr"}) {
            ARITY.put(f, 2);
        }
        ARITY.put("limit", 3);
        ARITY.put("if", 3);
        RANDOM.put("agauss", 3);
        RANDOM.put("gauss", 3);
        RANDOM.put("aunif", 2);
        RANDOM.put("unif", 2);
        ARITY.putAll(RANDOM);
    }

    private Functions() {}

    public static Set<String> names() {
        return ARITY.keySet();
    }

    /** Number of arguments, or -1 for an unknown function. */
    public static int arity(String name) {
        return ARITY.getOrDefault(name, -1);
    }

    /** Whether {@code name} is a Monte Carlo function (agauss, gauss, aunif, unif). */
    public static boolean isRandom(String name) {
        return RANDOM.containsKey(name);
    }

    /**
     * One draw of a Monte Carlo function, with ngspice's definitions (ngspice manual, "Parameters, functions,
     * expressions": agauss, gauss, aunif, unif), N(0,1) a standard normal and U(−1,1) a uniform variate:
     * <pre>
     *   agauss(nom, absvar, sigma) = nom + absvar/sigma · N(0,1)
     *   gauss(nom, relvar, sigma)  = nom · (1 + relvar/sigma · N(0,1))
     *   aunif(nom, absvar)         = nom + absvar · U(−1,1)
     *   unif(nom, relvar)          = nom · (1 + relvar · U(−1,1))
     * </pre>
     * so that {@code absvar} (or {@code relvar·nom}) is the deviation at {@code sigma} standard deviations.
     */
    static double draw(String f, double[] a, Scope.Draws draws) {
        return switch (f) {
            case "agauss" -> a[0] + a[1] / a[2] * draws.gaussian();
            case "gauss" -> a[0] * (1 + a[1] / a[2] * draws.gaussian());
            case "aunif" -> a[0] + a[1] * draws.uniform();
            case "unif" -> a[0] * (1 + a[1] * draws.uniform());
            default -> throw new IllegalStateException("function " + f);
        };
    }

    /** ∂f/∂(argument k) at {@code a}; piecewise-constant functions give 0 (as SPICE's B sources do). */
    static double derivative(String f, double[] a, int k) {
        double x = a[0];
        return switch (f) {
            case "sin" -> Math.cos(x);
            case "cos" -> -Math.sin(x);
            case "tan" -> 1 / (Math.cos(x) * Math.cos(x));
            case "asin" -> 1 / Math.sqrt(1 - x * x);
            case "acos" -> -1 / Math.sqrt(1 - x * x);
            case "atan" -> 1 / (1 + x * x);
            case "sinh" -> Math.cosh(x);
            case "cosh" -> Math.sinh(x);
            case "tanh" -> 1 - Math.tanh(x) * Math.tanh(x);
            case "exp" -> Math.exp(x);
            case "log", "ln" -> 1 / x;
            case "log10" -> 1 / (x * Math.log(10));
            case "sqrt" -> 0.5 / Math.sqrt(x);
            case "abs" -> Math.signum(x);
            case "sgn", "floor", "ceil", "int", "round" -> 0;
            case "atan2" -> {
                double y = a[0];
                double z = a[1];
                double r2 = y * y + z * z;
                yield k == 0 ? z / r2 : -y / r2;
            }
            case "min" -> (k == 0) == (a[0] <= a[1]) ? 1 : 0;
            case "max" -> (k == 0) == (a[0] >= a[1]) ? 1 : 0;
            case "pow" -> k == 0 ? (a[1] == 0 ? 0 : a[1] * Math.pow(a[0], a[1] - 1))
                    : (a[0] > 0 ? Math.pow(a[0], a[1]) * Math.log(a[0]) : 0);
            case "pwr" -> k == 0 ? (a[1] == 0 ? 0 : a[1] * Math.pow(Math.abs(a[0]), a[1] - 1))
                    : (a[0] != 0 ? Math.signum(a[0]) * Math.pow(Math.abs(a[0]), a[1]) * Math.log(Math.abs(a[0])) : 0);
            case "limit" -> k == 0 ? (a[0] > a[1] && a[0] < a[2] ? 1 : 0)
                    : k == 1 ? (a[0] <= a[1] ? 1 : 0) : (a[0] >= a[2] && a[2] > a[1] ? 1 : 0);
            default -> throw new IllegalStateException("function " + f);
        };
    }

    static double apply(String f, double[] a) {
        return switch (f) {
            case "sin" -> Math.sin(a[0]);
            case "cos" -> Math.cos(a[0]);
            case "tan" -> Math.tan(a[0]);
            case "asin" -> Math.asin(a[0]);
            case "acos" -> Math.acos(a[0]);
            case "atan" -> Math.atan(a[0]);
            case "sinh" -> Math.sinh(a[0]);
            case "cosh" -> Math.cosh(a[0]);
            case "tanh" -> Math.tanh(a[0]);
            case "exp" -> Math.exp(a[0]);
            case "log", "ln" -> Math.log(a[0]); // ngspice's log is the natural logarithm
            case "log10" -> Math.log10(a[0]);
            case "sqrt" -> Math.sqrt(a[0]);
            case "abs" -> Math.abs(a[0]);
            case "sgn" -> Math.signum(a[0]);
            case "floor" -> Math.floor(a[0]);
            case "ceil" -> Math.ceil(a[0]);
            case "int" -> a[0] < 0 ? Math.ceil(a[0]) : Math.floor(a[0]); // truncation towards zero
            case "round" -> Math.signum(a[0]) * Math.floor(Math.abs(a[0]) + 0.5); // halves away from zero
            case "atan2" -> Math.atan2(a[0], a[1]);
            case "min" -> Math.min(a[0], a[1]);
            case "max" -> Math.max(a[0], a[1]);
            case "pow" -> Math.pow(a[0], a[1]);
            case "pwr" -> Math.signum(a[0]) * Math.pow(Math.abs(a[0]), a[1]); // sign-keeping power (ngspice pwr)
            case "limit" -> Math.max(a[1], Math.min(a[2], a[0]));
            default -> throw new IllegalStateException("function " + f);
        };
    }
}
