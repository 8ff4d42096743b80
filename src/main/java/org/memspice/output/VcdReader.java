package org.memspice.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Value Change Dump (IEEE 1364 §18, as written by memspice, GTKWave's {@code fst2vcd}, Icarus Verilog and
 * others) into one transient {@link RawPlot}: the scale {@code time} in seconds, then every declared variable in
 * declaration order, with one point per time stamp holding each variable's value at the end of that time. Real
 * variables read as doubles; scalars and vectors (wire, reg, integer, …) as unsigned integers, a variable with an
 * {@code x} or {@code z} bit as NaN, as is every variable before its first value. Names are mapped back to memspice
 * vector names by {@link VcdNames#name}: {@code v(n3)} in scope top → x1 reads as {@code v(x1.n3)}, a logic
 * simulator's {@code clk} in tb → dut as {@code tb.dut.clk}.
 *
 * <p>Header sections other than the standard ones (GTKWave's {@code $attrbegin}, say) are skipped to their
 * {@code $end}; a missing {@code $timescale} means 1 s. Anything else that breaks the grammar — an undeclared
 * identifier, a time going back, a value that is not one, a section without {@code $end} — is an
 * {@link IOException} naming the file and line.
 */
public final class VcdReader {
    private final Tokens in;
    private final String source;
    private String title = "";
    private String date = "";
    private VcdTimescale timescale = new VcdTimescale(0);
    private final List<Variable> variables = new ArrayList<>();
    private final List<Boolean> real = new ArrayList<>();
    /** Identifier code → the variables (columns) declared with it: several declarations may share one. */
    private final Map<String, int[]> byId = new HashMap<>();
    /** Identifiers of GTKWave string variables, whose {@code s} values are skipped. */
    private final Map<String, Boolean> stringIds = new HashMap<>();

    private VcdReader(Reader reader, String source) {
        this.in = new Tokens(reader);
        this.source = source;
    }

    public static List<RawPlot> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** {@code source} names the input in error messages. */
    public static List<RawPlot> read(Reader reader, String source) throws IOException {
        return List.of(new VcdReader(reader, source).parse());
    }

    private RawPlot parse() throws IOException {
        header();
        return body();
    }

    private void header() throws IOException {
        List<String> scopes = new ArrayList<>();
        while (true) {
            String t = in.next();
            if (t == null) {
                throw error("end of file before $enddefinitions");
            }
            int line = in.line;
            switch (t) {
                case "$date":
                    date = text(t, line);
                    break;
                case "$comment":
                    String c = text(t, line);
                    if (title.isEmpty()) {
                        title = c;
                    }
                    break;
                case "$version":
                    text(t, line);
                    break;
                case "$timescale":
                    timescale(sectionTokens(t, line), line);
                    break;
                case "$scope": {
                    List<String> f = sectionTokens(t, line);
                    if (f.size() != 2) {
                        throw error(line, "expected $scope TYPE NAME $end, got " + f.size() + " words");
                    }
                    scopes.add(f.get(1));
                    break;
                }
                case "$upscope":
                    if (!sectionTokens(t, line).isEmpty()) {
                        throw error(line, "expected $upscope $end");
                    }
                    if (scopes.isEmpty()) {
                        throw error(line, "$upscope without an open $scope");
                    }
                    scopes.remove(scopes.size() - 1);
                    break;
                case "$var":
                    variable(sectionTokens(t, line), scopes, line);
                    break;
                case "$enddefinitions":
                    sectionTokens(t, line);
                    if (!scopes.isEmpty()) {
                        throw error(line, "$enddefinitions inside $scope " + String.join(".", scopes)
                                + " (missing $upscope)");
                    }
                    return;
                default:
                    if (t.startsWith("$") && t.length() > 1 && !t.equals("$end")) {
                        sectionTokens(t, line); // an extension section (GTKWave's $attrbegin …): skipped whole
                        break;
                    }
                    throw error(line, "expected a declaration ($scope, $var, $timescale, … $enddefinitions), got '"
                            + t + "'");
            }
        }
    }

    private void timescale(List<String> f, int line) throws IOException {
        String joined = String.join("", f);
        int split = 0;
        while (split < joined.length() && Character.isDigit(joined.charAt(split))) {
            split++;
        }
        VcdTimescale ts = VcdTimescale.parse(joined.substring(0, split), joined.substring(split));
        if (ts == null) {
            throw error(line, "expected $timescale 1|10|100 s|ms|us|ns|ps|fs $end, got '" + String.join(" ", f) + "'");
        }
        timescale = ts;
    }

    private void variable(List<String> f, List<String> scopes, int line) throws IOException {
        if (f.size() < 4 || f.size() > 5) {
            throw error(line, "expected $var TYPE SIZE ID NAME [RANGE] $end");
        }
        String type = f.get(0).toLowerCase(Locale.ROOT);
        int size;
        try {
            size = Integer.parseInt(f.get(1));
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1) {
            throw error(line, "expected a positive size in $var, got '" + f.get(1) + "'");
        }
        String id = f.get(2);
        if (type.equals("string")) {
            stringIds.put(id, true);
            return;
        }
        String leaf = f.get(3);
        // A one-bit select ("data [3]") names a bit of a split bus: keep it so that the bits stay apart.
        if (f.size() == 5 && f.get(4).matches("\\[-?\\d+\\]")) {
            leaf += f.get(4);
        }
        String name = VcdNames.name(scopes, leaf);
        boolean isReal = type.equals("real") || type.equals("realtime") || type.equals("shortreal");
        VariableType vt = !isReal ? VariableType.NOTYPE
                : name.startsWith("v(") ? VariableType.VOLTAGE : name.startsWith("i(") ? VariableType.CURRENT
                : VariableType.NOTYPE;
        int column = variables.size() + 1;
        variables.add(new Variable(name, vt, isReal ? 0 : size));
        real.add(isReal);
        int[] old = byId.get(id);
        int[] cols = old == null ? new int[] {column} : Arrays.copyOf(old, old.length + 1);
        cols[cols.length - 1] = column;
        byId.put(id, cols);
    }

    private RawPlot body() throws IOException {
        int n = variables.size() + 1;
        double[] state = new double[n];
        Arrays.fill(state, Double.NaN);
        Columns columns = new Columns(n);
        long now = 0;
        boolean open = false;
        String block = null;
        int blockLine = 0;
        String t;
        while ((t = in.next()) != null) {
            int line = in.line;
            char c = t.charAt(0);
            if (c == '#') {
                long time = time(t, line);
                if (open && time < now) {
                    throw error(line, "time goes back from " + now + " to " + time);
                }
                if (!open || time > now) {
                    if (open) {
                        state[0] = timescale.seconds(now);
                        columns.add(state);
                    }
                    now = time;
                    open = true;
                }
            } else if (c == '$') {
                switch (t) {
                    case "$dumpvars", "$dumpall", "$dumpon", "$dumpoff":
                        if (block != null) {
                            throw error(line, t + " inside " + block + " (from line " + blockLine + "): missing $end");
                        }
                        block = t;
                        blockLine = line;
                        break;
                    case "$end":
                        if (block == null) {
                            throw error(line, "$end without a $dumpvars, $dumpall, $dumpon or $dumpoff");
                        }
                        block = null;
                        break;
                    case "$comment":
                        text(t, line);
                        break;
                    default:
                        throw error(line, "unexpected " + t + " after $enddefinitions");
                }
            } else {
                open |= change(t, c, line, state);
            }
        }
        if (block != null) {
            throw error(blockLine, "end of file inside " + block + ": missing $end");
        }
        if (open) {
            state[0] = timescale.seconds(now);
            columns.add(state);
        }
        List<Variable> vars = new ArrayList<>();
        vars.add(new Variable("time", VariableType.TIME));
        vars.addAll(variables);
        return new RawPlot(title, date, "Transient Analysis", vars, columns.toArrays());
    }

    /** One value change; true (a point at time 0 opens when values come before any time stamp). */
    private boolean change(String t, char c, int line, double[] state) throws IOException {
        switch (c) {
            case '0', '1', 'x', 'X', 'z', 'Z': {
                if (t.length() < 2) {
                    throw error(line, "expected an identifier after the scalar value '" + t + "'");
                }
                set(t.substring(1), c == '0' ? 0.0 : c == '1' ? 1.0 : Double.NaN, state, line);
                return true;
            }
            case 'b', 'B': {
                String id = identifier(t, line);
                set(id, vector(t.substring(1), line), state, line);
                return true;
            }
            case 'r', 'R': {
                String id = identifier(t, line);
                double v;
                try {
                    v = DoubleText.parse(t.substring(1));
                } catch (NumberFormatException e) {
                    throw error(line, "expected a real number after 'r', got '" + t + "'");
                }
                set(id, v, state, line);
                return true;
            }
            case 's', 'S': {
                String id = identifier(t, line);
                if (!stringIds.containsKey(id)) {
                    throw error(line, "string value for '" + id + "', which is no string variable");
                }
                return true;
            }
            default:
                throw error(line, "expected a time (#n), a value change (0!, b101 !, r0.5 !) or a $keyword, got '"
                        + t + "'");
        }
    }

    private String identifier(String value, int line) throws IOException {
        String id = in.next();
        if (id == null) {
            throw error(line, "end of file after '" + value + "': expected an identifier");
        }
        return id;
    }

    private void set(String id, double value, double[] state, int line) throws IOException {
        int[] cols = byId.get(id);
        if (cols == null) {
            throw error(line, "value for identifier '" + id + "', which no $var declares");
        }
        for (int col : cols) {
            state[col] = value;
        }
    }

    /** An unsigned binary number; NaN if any bit is x or z. */
    private double vector(String bits, int line) throws IOException {
        if (bits.isEmpty()) {
            throw error(line, "expected bits after 'b'");
        }
        boolean unknown = false;
        for (int k = 0; k < bits.length(); k++) {
            char c = bits.charAt(k);
            if (c == 'x' || c == 'X' || c == 'z' || c == 'Z') {
                unknown = true;
            } else if (c != '0' && c != '1') {
                throw error(line, "expected 0, 1, x or z in vector value 'b" + bits + "'");
            }
        }
        if (unknown) {
            return Double.NaN;
        }
        return bits.length() < 63 ? Long.parseLong(bits, 2) : new BigInteger(bits, 2).doubleValue();
    }

    private long time(String t, int line) throws IOException {
        try {
            long v = Long.parseLong(t, 1, t.length(), 10);
            if (v >= 0 && Character.isDigit(t.charAt(1))) {
                return v;
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            // reported below
        }
        throw error(line, "expected a time #n with n a whole number of time units, got '" + t + "'");
    }

    /** The words of a section up to its {@code $end}. */
    private List<String> sectionTokens(String keyword, int line) throws IOException {
        List<String> words = new ArrayList<>();
        String t;
        while ((t = in.next()) != null) {
            if (t.equals("$end")) {
                return words;
            }
            words.add(t);
        }
        throw error(line, "no $end for " + keyword);
    }

    private String text(String keyword, int line) throws IOException {
        return String.join(" ", sectionTokens(keyword, line));
    }

    private IOException error(String message) {
        return error(in.line, message);
    }

    private IOException error(int line, String message) {
        return new IOException(source + ":" + line + ": " + message);
    }

    /** Whitespace-separated words (spaces, tabs, line breaks anywhere), with the line each starts on. */
    private static final class Tokens {
        private final BufferedReader r;
        private final StringBuilder word = new StringBuilder(32);
        private int lineNow = 1;
        /** Line of the last word returned. */
        int line = 1;

        Tokens(Reader reader) {
            this.r = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        }

        String next() throws IOException {
            int c;
            while ((c = r.read()) >= 0 && isSpace(c)) {
                if (c == '\n') {
                    lineNow++;
                }
            }
            if (c < 0) {
                line = lineNow;
                return null;
            }
            line = lineNow;
            word.setLength(0);
            while (c >= 0 && !isSpace(c)) {
                word.append((char) c);
                c = r.read();
            }
            if (c == '\n') {
                lineNow++;
            }
            return word.toString();
        }

        private static boolean isSpace(int c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
        }
    }

    /** Growable columns, one per variable (scale first). */
    private static final class Columns {
        private double[][] data;
        private int size;

        Columns(int n) {
            data = new double[n][64];
        }

        void add(double[] row) {
            if (size == data[0].length) {
                for (int v = 0; v < data.length; v++) {
                    data[v] = Arrays.copyOf(data[v], size * 2);
                }
            }
            for (int v = 0; v < data.length; v++) {
                data[v][size] = row[v];
            }
            size++;
        }

        double[][] toArrays() {
            double[][] out = new double[data.length][];
            for (int v = 0; v < data.length; v++) {
                out[v] = Arrays.copyOf(data[v], size);
            }
            return out;
        }
    }
}
