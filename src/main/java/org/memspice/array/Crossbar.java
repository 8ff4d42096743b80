package org.memspice.array;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.random.RandomGenerator;
import org.memspice.device.CardError;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.CrossbarCard;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.util.Suggestions;

/**
 * Expands {@code .crossbar NAME rows=N cols=M …} into element cards: word lines along rows, bit lines along
 * columns, one cell at every crossing, per-segment line resistance (and capacitance), named terminals at both ends
 * of every line. Names (NAME in lower case, say {@code xb}):
 *
 * <pre>
 *   word line i:   xb.wl{i} (driven end) —R— xb.w{i}_0 —R— … xb.w{i}_{M-1} —R— xb.wl{i}_end
 *   bit line j:    xb.bl{j}_end —R— xb.b0_{j} —R— … xb.b{N-1}_{j} —R— xb.bl{j} (sensed end)
 *   select line i (1T1R): xb.sl{i} —R— xb.s{i}_0 … —R— xb.sl{i}_end
 *   cell (i, j):   xb.c{i}_{j} between xb.w{i}_{j} and xb.b{i}_{j}; in a 1T1R cell the device goes from the word-line
 *                  tap to xb.m{i}_{j}, the access transistor xb.t{i}_{j} from there (drain) to the bit-line tap
 *                  (source; the bit line is the source line), its gate on xb.s{i}_{j}, its body on ground
 * </pre>
 * A line of zero resistance is one node: its taps are its driven terminal and it has no {@code _end}.
 */
public final class Crossbar {
    /** What a cell's {@code device=} names. */
    public enum DeviceKind { MEMRISTOR_MODEL, SUBCIRCUIT, RESISTOR }

    /** What the expansion asks of the netlist it is in. */
    public interface Context {
        double value(Field field);

        /** What {@code device=NAME} is: a memristor model or a subcircuit (or a CardError saying neither). */
        DeviceKind kind(Field.Word device);

        /** A seeded generator for the stuck-at map and the cell variation of this array. */
        RandomGenerator random(String stream);
    }

    /** The cards and, per cell and access transistor name ({@code xb.c3_4}), the device that implements it. */
    public record Expansion(List<ElementCard> cards, Map<String, String> devicesByCell, int rows, int cols,
                            Layout layout) {}

    /** Where things are in an expanded array: the node names array measurements read. */
    public record Layout(String prefix, int rows, int cols, boolean oneT, double rbl, boolean idealWordLines,
                         boolean idealBitLines) {
        /** The driven end of word line i. */
        public String wordLine(int i) {
            return prefix + ".wl" + i;
        }

        /** The sensed end of bit line j. */
        public String bitLine(int j) {
            return prefix + ".bl" + j;
        }

        /** The word-line tap of cell (i, j): the cell's top. */
        public String top(int i, int j) {
            return idealWordLines ? wordLine(i) : prefix + ".w" + i + "_" + j;
        }

        /** The bit-line tap of cell (i, j). */
        public String bitTap(int i, int j) {
            return idealBitLines ? bitLine(j) : prefix + ".b" + i + "_" + j;
        }

        /** The device's bottom terminal: the bit-line tap, or in a 1T1R cell the transistor's drain. */
        public String bottom(int i, int j) {
            return oneT ? prefix + ".m" + i + "_" + j : bitTap(i, j);
        }

        /** The driven end of select line i (1T1R). */
        public String selectLine(int i) {
            return prefix + ".sl" + i;
        }

        public String cell(int i, int j) {
            return prefix + ".c" + i + "_" + j;
        }
    }

    private static final Set<String> KEYS = new TreeSet<>(List.of("rows", "cols", "cell", "device", "rwl", "rbl",
            "rsl", "cwl", "cbl", "csl", "tmodel", "w", "l", "states", "stateparam", "gmap", "r", "g", "gsigma",
            "stuck", "ron", "roff"));
    static final int MAX_SIZE = 4096;

    private final CrossbarCard card;
    private final Context context;
    private final String prefix;
    private final SourceLocation at;
    private final Map<String, Field.Assign> given = new LinkedHashMap<>();
    private final Map<String, Field.Assign> cellParameters = new LinkedHashMap<>();
    private final List<ElementCard> cards = new ArrayList<>();
    private final Map<String, String> devicesByCell = new LinkedHashMap<>();

    private Crossbar(CrossbarCard card, Context context) {
        this.card = card;
        this.context = context;
        this.prefix = card.name().toLowerCase(Locale.ROOT);
        this.at = card.loc();
    }

    public static Expansion expand(CrossbarCard card, Context context) {
        return new Crossbar(card, context).run();
    }

    private Expansion run() {
        for (Field.Assign a : card.params()) {
            String key = a.lowerKey();
            if (key.startsWith("p.") && key.length() > 2) {
                cellParameters.put(key.substring(2), a);
            } else if (!KEYS.contains(key)) {
                throw new CardError(a.loc(), where() + "unknown parameter '" + a.key() + "'"
                        + Suggestions.didYouMean(key, KEYS) + " (cell parameters are written p.NAME=value)");
            } else if (given.put(key, a) != null) {
                throw new CardError(a.loc(), where() + a.key() + " given twice");
            }
        }
        int rows = count("rows");
        int cols = count("cols");
        boolean oneT = switch (word("cell", "1r")) {
            case "1r" -> false;
            case "1t1r" -> true;
            default -> throw new CardError(given.get("cell").value().loc(), where() + "cell must be 1R or 1T1R");
        };
        double rwl = number("rwl", 0);
        double rbl = number("rbl", 0);
        double rsl = number("rsl", 0);
        double cwl = number("cwl", 0);
        double cbl = number("cbl", 0);
        double csl = number("csl", 0);
        Field.Word device = wordField("device");
        DeviceKind kind = device.lower().equals("r") ? DeviceKind.RESISTOR : context.kind(device);
        double[][] states = matrix("states", rows, cols);
        double[][] gmap = matrix("gmap", rows, cols);
        if (gmap != null && kind != DeviceKind.RESISTOR) {
            throw new CardError(given.get("gmap").loc(), where() + "gmap= sets resistor cells (device=R); for "
                    + "memristors give their initial states with states= and stateparam=");
        }
        if (kind == DeviceKind.RESISTOR && gmap == null && !given.containsKey("r") && !given.containsKey("g")) {
            throw new CardError(device.loc(), where() + "device=R needs r=, g= or gmap=");
        }
        if (states != null && kind == DeviceKind.RESISTOR) {
            throw new CardError(given.get("states").loc(), where() + "states= sets memristor cells; resistor cells"
                    + " take gmap=");
        }
        String stateParameter = word("stateparam", "x0");
        double stuck = number("stuck", 0);
        if (stuck < 0 || stuck > 1) {
            throw new CardError(given.get("stuck").loc(), where() + "stuck must be a fraction in [0, 1]");
        }
        double ron = number("ron", 1e3);
        double roff = number("roff", 1e9);
        double gsigma = number("gsigma", 0);
        RandomGenerator random = stuck > 0 || gsigma > 0 ? context.random("crossbar " + prefix) : null;
        Field.Word tmodel = oneT ? wordField("tmodel") : null;

        for (int i = 0; i < rows; i++) {
            line("wl" + i, i, cols, rwl, cwl, true);
            if (oneT) {
                line("sl" + i, i, cols, rsl, csl, true);
            }
        }
        for (int j = 0; j < cols; j++) {
            line("bl" + j, j, rows, rbl, cbl, false);
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                String top = tap("w", i, j, rwl);
                String bottom = oneT ? prefix + ".m" + i + "_" + j : tap("b", i, j, rbl);
                String cell = prefix + ".c" + i + "_" + j;
                double u = random != null && stuck > 0 ? random.nextDouble() : 1;
                if (u < stuck) { // stuck-at: half on, half off (by the draw)
                    add("R" + cell, devicesByCell, cell, top, bottom, num(u < stuck / 2 ? ron : roff));
                } else if (kind == DeviceKind.RESISTOR) {
                    double g = gmap != null ? gmap[i][j] : given.containsKey("g") ? number("g", 0)
                            : 1 / number("r", 0);
                    if (gsigma > 0) {
                        g *= Math.exp(gsigma * random.nextGaussian()); // lognormal device-to-device conductance
                    }
                    if (!(g > 0)) {
                        throw new CardError(at, where() + "cell " + cell + " has conductance " + g + "; it must be > 0");
                    }
                    add("R" + cell, devicesByCell, cell, top, bottom, num(1 / g));
                } else {
                    List<Field> fields = new ArrayList<>();
                    boolean memristor = kind == DeviceKind.MEMRISTOR_MODEL;
                    if (memristor) {
                        fields.add(word(cell));
                    }
                    fields.add(word(top));
                    fields.add(word(bottom));
                    fields.add(word(device.text()));
                    if (states != null) {
                        fields.add(new Field.Assign(stateParameter, num(states[i][j]), at));
                    }
                    cellParameters.forEach((k, a) -> fields.add(new Field.Assign(k, a.value(), a.loc())));
                    String name = memristor ? "YMEMRISTOR" : "X" + cell;
                    cards.add(new ElementCard(name, fields, at));
                    devicesByCell.put(cell, memristor ? "y" + cell : "x" + cell);
                }
                if (oneT) {
                    String transistor = prefix + ".t" + i + "_" + j;
                    List<Field> fields = new ArrayList<>(List.of(word(bottom), word(tap("s", i, j, rsl)),
                            word(tap("b", i, j, rbl)), word("0"), word(tmodel.text())));
                    for (String size : List.of("w", "l")) {
                        if (given.containsKey(size)) {
                            fields.add(new Field.Assign(size, given.get(size).value(), at));
                        }
                    }
                    cards.add(new ElementCard("M" + transistor, fields, at));
                    devicesByCell.put(transistor, "m" + transistor);
                }
            }
        }
        return new Expansion(List.copyOf(cards), devicesByCell, rows, cols,
                new Layout(prefix, rows, cols, oneT, rbl, rwl == 0, rbl == 0));
    }

    /**
     * One line: terminal, a tap per cell, far terminal, with a resistor per segment (and a capacitor to ground per
     * tap). Rows run along the columns (wl, sl); bit lines run from row 0 (their far end) to the last row.
     */
    private void line(String line, int index, int taps, double r, double c, boolean row) {
        String letter = line.substring(0, 1).equals("w") ? "w" : line.startsWith("s") ? "s" : "b";
        if (r == 0) {
            if (c > 0) {
                cards.add(new ElementCard("C" + prefix + "." + line, List.of(word(prefix + "." + line), word("0"),
                        num(c * taps)), at));
            }
            return;
        }
        List<String> nodes = new ArrayList<>();
        nodes.add(prefix + "." + line + (row ? "" : "_end"));
        for (int k = 0; k < taps; k++) {
            nodes.add(row ? tapName(letter, index, k) : tapName(letter, k, index));
        }
        nodes.add(prefix + "." + line + (row ? "_end" : ""));
        for (int k = 0; k + 1 < nodes.size(); k++) {
            cards.add(new ElementCard("R" + prefix + "." + line + "_" + k, List.of(word(nodes.get(k)),
                    word(nodes.get(k + 1)), num(r)), at));
        }
        if (c > 0) {
            for (int k = 1; k + 1 < nodes.size(); k++) {
                cards.add(new ElementCard("C" + prefix + "." + line + "_" + (k - 1), List.of(word(nodes.get(k)),
                        word("0"), num(c)), at));
            }
        }
    }

    private String tap(String letter, int i, int j, double r) {
        if (r == 0) { // an ideal line is its terminal
            return prefix + "." + (letter.equals("w") ? "wl" + i : letter.equals("s") ? "sl" + i : "bl" + j);
        }
        return tapName(letter, i, j);
    }

    private String tapName(String letter, int i, int j) {
        return prefix + "." + letter + i + "_" + j;
    }

    private void add(String name, Map<String, String> byCell, String cell, String a, String b, Field value) {
        cards.add(new ElementCard(name, List.of(word(a), word(b), value), at));
        byCell.put(cell, name.toLowerCase(Locale.ROOT));
    }

    private Field.Word word(String text) {
        return new Field.Word(text, at);
    }

    private Field.Word num(double v) {
        return new Field.Word(Double.toString(v), at);
    }

    private String where() {
        return ".crossbar " + card.name() + ": ";
    }

    private int count(String key) {
        Field.Assign a = given.get(key);
        if (a == null) {
            throw new CardError(at, where() + key + "= is required");
        }
        double v = context.value(a.value());
        if (v != Math.rint(v) || v < 1 || v > MAX_SIZE) {
            throw new CardError(a.value().loc(), where() + key + " must be a whole number from 1 to " + MAX_SIZE
                    + ", got " + v);
        }
        return (int) v;
    }

    private double number(String key, double fallback) {
        Field.Assign a = given.get(key);
        if (a == null) {
            return fallback;
        }
        double v = context.value(a.value());
        if (v < 0 && !key.equals("g")) {
            throw new CardError(a.value().loc(), where() + key + " must not be negative, got " + v);
        }
        return v;
    }

    private String word(String key, String fallback) {
        Field.Assign a = given.get(key);
        return a == null ? fallback : wordOf(a).lower();
    }

    private Field.Word wordField(String key) {
        Field.Assign a = given.get(key);
        if (a == null) {
            throw new CardError(at, where() + key + "= is required");
        }
        return wordOf(a);
    }

    private Field.Word wordOf(Field.Assign a) {
        if (!(a.value() instanceof Field.Word w)) {
            throw new CardError(a.value().loc(), where() + a.key() + " must be a name");
        }
        return w;
    }

    /** A rows × cols matrix from a CSV file named by {@code key} (relative to the netlist), or null. */
    private double[][] matrix(String key, int rows, int cols) {
        Field.Assign a = given.get(key);
        return a == null ? null : CsvMatrix.read(a.value(), rows, cols, where());
    }
}
