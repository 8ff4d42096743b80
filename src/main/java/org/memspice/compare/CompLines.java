package org.memspice.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.parse.SpiceNumber;
import org.memspice.util.Suggestions;

/**
 * Reads the {@code *COMP} comment lines of a netlist (Xyce's regression-suite convention; other simulators see
 * comments):
 *
 * <pre>*COMP SIGNAL [reltol=R] [abstol=A] [clip=C] [digits=N] [skip]</pre>
 *
 * SIGNAL is a vector name or a glob ({@code v(xb.bl*)}, {@code i(*)}, {@code *}); {@code digits=N} is
 * {@code reltol=1e-N}; {@code zerotol} is accepted for {@code clip}. Values take SPICE suffixes. Only the file
 * itself is read, not its includes. A malformed line is a located error.
 */
public final class CompLines {
    private static final List<String> KEYS = List.of("reltol", "abstol", "clip", "zerotol", "digits", "skip");

    private CompLines() {}

    public static List<CompRule> read(Path netlist) throws IOException, NetlistException {
        return parse(Files.readAllLines(netlist), netlist.toString());
    }

    public static List<CompRule> parse(List<String> lines, String file) throws NetlistException {
        List<CompRule> rules = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.stripLeading();
            if (!trimmed.regionMatches(true, 0, "*COMP", 0, 5)
                    || (trimmed.length() > 5 && !Character.isWhitespace(trimmed.charAt(5)))) {
                continue;
            }
            int offset = line.length() - trimmed.length();
            try {
                rules.add(parseLine(line, offset + 5, new SourceLocation(file, i + 1, offset + 1)));
            } catch (LineError e) {
                errors.add(new Diagnostic(new SourceLocation(file, i + 1, e.column + 1), e.getMessage(), line));
            }
        }
        if (!errors.isEmpty()) {
            throw new NetlistException(errors);
        }
        return rules;
    }

    private static CompRule parseLine(String line, int from, SourceLocation loc) throws LineError {
        int pos = skipBlanks(line, from);
        if (pos >= line.length()) {
            throw new LineError(pos, "*COMP needs a signal name or pattern, e.g. '*COMP v(out) reltol=1e-3'");
        }
        // the signal: up to a blank outside parentheses, so 'v(a, b)' is one signal
        int start = pos;
        int depth = 0;
        while (pos < line.length() && (depth > 0 || !Character.isWhitespace(line.charAt(pos)))) {
            char c = line.charAt(pos);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            pos++;
        }
        if (depth != 0) {
            throw new LineError(start, "unbalanced parentheses in the signal '" + line.substring(start).strip() + "'");
        }
        String signal = line.substring(start, pos);
        Double reltol = null;
        Double abstol = null;
        Double clip = null;
        boolean skip = false;
        while ((pos = skipBlanks(line, pos)) < line.length()) {
            int tokenStart = pos;
            while (pos < line.length() && !Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            String token = line.substring(tokenStart, pos);
            int eq = token.indexOf('=');
            String key = (eq < 0 ? token : token.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                String hint = Suggestions.didYouMean(key, KEYS);
                throw new LineError(tokenStart, "unknown *COMP field '" + key + "'" + (hint.isEmpty()
                        ? "; expected reltol=, abstol=, clip=, digits= or skip" : hint));
            }
            if (key.equals("skip")) {
                if (eq >= 0) {
                    throw new LineError(tokenStart, "'skip' takes no value");
                }
                skip = true;
                continue;
            }
            if (eq < 0 || eq == token.length() - 1) {
                throw new LineError(tokenStart, "expected a value after '" + key + "='");
            }
            String text = token.substring(eq + 1);
            OptionalDouble v = SpiceNumber.tryParse(text);
            if (v.isEmpty() || !(v.getAsDouble() >= 0) || Double.isInfinite(v.getAsDouble())) {
                throw new LineError(tokenStart + eq + 1, "expected a non-negative number for " + key + ", got '"
                        + text + "'");
            }
            double value = v.getAsDouble();
            switch (key) {
                case "reltol" -> reltol = value;
                case "abstol" -> abstol = value;
                case "clip", "zerotol" -> clip = value;
                default -> { // digits
                    if (value != Math.rint(value) || value < 1 || value > 17) {
                        throw new LineError(tokenStart + eq + 1, "digits= takes a whole number from 1 to 17, got '"
                                + text + "'");
                    }
                    reltol = Math.pow(10, -value);
                }
            }
            if (reltol != null && reltol == 0 && abstol != null && abstol == 0) {
                throw new LineError(tokenStart, "reltol and abstol cannot both be 0 (use digits= or a small value)");
            }
        }
        return new CompRule(signal, reltol, abstol, clip, skip, loc);
    }

    private static int skipBlanks(String s, int pos) {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static final class LineError extends Exception {
        final int column;

        LineError(int column, String message) {
            super(message);
            this.column = column;
        }
    }
}
