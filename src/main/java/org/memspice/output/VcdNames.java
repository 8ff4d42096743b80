package org.memspice.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How vector names map onto VCD scopes, both ways. The instance path in a vector's (first) argument becomes nested
 * scopes, so a viewer shows the subcircuit and array hierarchy: {@code v(x1.x2.n3)} is {@code v(n3)} in scope
 * x1 → x2, {@code v(xb.bl7)} and {@code x(xb.c12_7)} are {@code v(bl7)} and {@code x(c12_7)} in scope xb. A
 * device inside a subcircuit keeps ngspice's one-letter tag on its leaf, {@code i(v.x1.x2.vs)} is {@code i(v.vs)}
 * in x1 → x2, so that the mapping can be undone: a crossbar cell's {@code i(xb.c3_4)} has no tag. Every vector
 * sits inside one root scope ({@link #ROOT}); names that are not {@code f(arg)} (and differences such as
 * {@code v(a,b)}, array quantities such as {@code icol(xb,3)}) stay in the root scope whole.
 */
public final class VcdNames {
    /** The module every vector is declared in. */
    public static final String ROOT = "top";
    private static final Pattern VECTOR = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\((.*)\\)");

    private VcdNames() {}

    /** Where a vector goes: the scopes below the root, outermost first, and its name in the innermost one. */
    public record Placement(List<String> scopes, String leaf) {
        public Placement {
            scopes = List.copyOf(scopes);
        }
    }

    public static Placement place(String name) {
        Matcher m = VECTOR.matcher(name);
        if (!m.matches()) {
            return new Placement(List.of(), name);
        }
        String function = m.group(1);
        String args = m.group(2);
        int comma = args.indexOf(',');
        // x(device,state) names one device's state; other commas join several nodes or an array and an index.
        if (comma >= 0 && !function.equalsIgnoreCase("x")) {
            return new Placement(List.of(), name);
        }
        String first = comma < 0 ? args : args.substring(0, comma);
        String rest = comma < 0 ? "" : args.substring(comma);
        if (first.indexOf('(') >= 0 || first.indexOf(')') >= 0) {
            return new Placement(List.of(), name);
        }
        String[] segments = first.split("\\.", -1);
        if (segments.length < 2) {
            return new Placement(List.of(), name);
        }
        for (String s : segments) {
            if (s.isEmpty()) {
                return new Placement(List.of(), name);
            }
        }
        // ngspice names a device inside instance x1 "r.x1.r1": node names never carry the tag.
        boolean tagged = !function.equalsIgnoreCase("v") && segments.length >= 3 && segments[0].length() == 1
                && Character.isLetter(segments[0].charAt(0));
        int from = tagged ? 1 : 0;
        List<String> scopes = new ArrayList<>();
        for (int k = from; k < segments.length - 1; k++) {
            scopes.add(segments[k]);
        }
        String leafArg = (tagged ? segments[0] + "." : "") + segments[segments.length - 1];
        return new Placement(scopes, function + "(" + leafArg + rest + ")");
    }

    /**
     * The vector name of a variable declared as {@code leaf} inside {@code scopes} (outermost first, the root
     * included), undoing {@link #place}: for a leaf {@code f(arg…)} the scopes below the root go back into the
     * argument; any other leaf (a wire of a logic simulator's dump) is named by its whole dotted path, as
     * GTKWave shows it.
     */
    public static String name(List<String> scopes, String leaf) {
        Matcher m = VECTOR.matcher(leaf);
        if (!m.matches()) {
            if (scopes.isEmpty()) {
                return leaf;
            }
            return String.join(".", scopes) + "." + leaf;
        }
        if (scopes.size() <= 1) {
            return leaf;
        }
        String path = String.join(".", scopes.subList(1, scopes.size()));
        String args = m.group(2);
        // Only place() puts a dot in a leaf's argument: the device tag.
        int dot = args.indexOf('.');
        int comma = args.indexOf(',');
        boolean tagged = dot == 1 && (comma < 0 || comma > dot);
        String inner = tagged ? args.substring(0, 2) + path + "." + args.substring(2) : path + "." + args;
        return m.group(1) + "(" + inner + ")";
    }
}
