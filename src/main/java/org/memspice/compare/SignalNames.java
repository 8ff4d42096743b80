package org.memspice.compare;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling for the names different simulators give the same vector, so that files written by memspice, ngspice
 * and Xyce match signal by signal. The canonical name is lower case without blanks, and:
 * <ul>
 * <li>ngspice's branch vectors {@code v1#branch} (interactive {@code write}) become {@code i(v1)}, as its batch
 * raw files and memspice name them;</li>
 * <li>ngspice's device vectors {@code @r1[i]} become {@code i(r1)};</li>
 * <li>a bare node name {@code out} (older ngspice, other tools' CSV) becomes {@code v(out)}; {@code v-sweep} and
 * {@code i-sweep} become {@code v(v-sweep)} and {@code i(i-sweep)}; {@code time} stays;</li>
 * <li>Xyce's hierarchy separator {@code :} becomes {@code .}: {@code v(x1:n3)} is {@code v(x1.n3)}, and a device
 * inside a subcircuit is named letter first as ngspice does: {@code i(x1:vs)} is {@code i(v.x1.vs)}.</li>
 * </ul>
 */
public final class SignalNames {
    private static final Pattern FUNCTION = Pattern.compile("([a-z][a-z0-9_]*)\\((.*)\\)");
    private static final Pattern DEVICE_VECTOR = Pattern.compile("@([^\\[\\]]+)\\[i]");

    private SignalNames() {}

    public static String canonical(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (s.endsWith("#branch")) {
            return "i(" + s.substring(0, s.length() - "#branch".length()) + ")";
        }
        Matcher device = DEVICE_VECTOR.matcher(s);
        if (device.matches()) {
            return "i(" + device.group(1) + ")";
        }
        Matcher f = FUNCTION.matcher(s);
        if (f.matches()) {
            String fn = f.group(1);
            String args = f.group(2);
            if (fn.equals("i") && args.contains(":")) {
                String[] path = args.split(":");
                String device0 = path[path.length - 1];
                if (!device0.isEmpty()) {
                    return "i(" + device0.charAt(0) + "." + args.replace(':', '.') + ")";
                }
            }
            if (fn.equals("v")) {
                return "v(" + args.replace(':', '.') + ")";
            }
            return s;
        }
        switch (s) {
            case "time":
                return s;
            case "v-sweep":
            case "i-sweep":
                return s.charAt(0) + "(" + s + ")";
            default:
                return s.isEmpty() ? s : "v(" + s.replace(':', '.') + ")";
        }
    }
}
