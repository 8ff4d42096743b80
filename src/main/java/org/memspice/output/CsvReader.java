package org.memspice.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads RFC 4180 CSV waveforms: a header row of vector names (quoted when they hold commas, quotes or line
 * breaks; doubled quotes inside), then one row of numbers per point, the scale first. CRLF or LF line ends, an
 * optional UTF-8 BOM, blank trailing lines. Numbers as {@link Double#parseDouble} reads them, plus C's
 * {@code nan}/{@code inf}, which {@link CsvWriter} writes.
 *
 * <p>A CSV file carries no plot name, so it is inferred from the columns: a first column {@code time} is a
 * transient; one row whose first column is not a sweep ({@code v(v-sweep)}, {@code i(i-sweep)}) is an operating
 * point (which has no scale); anything else a DC sweep. Types follow the names ({@code v(…)} voltage,
 * {@code i(…)} current, other notype). {@link #readRun} also reads the plots {@link CsvWriter} puts beside the
 * first one ({@code out-2.csv}, {@code out-3.csv}, … for {@code .step} runs).
 */
public final class CsvReader {
    private CsvReader() {}

    /** Every plot of a memspice CSV run: {@code file} and its numbered siblings, as long as they exist. */
    public static List<RawPlot> readRun(Path file) throws IOException {
        List<RawPlot> plots = new ArrayList<>();
        plots.add(read(file));
        for (int k = 1; ; k++) {
            Path next = CsvWriter.plotFile(file, k);
            if (!Files.isRegularFile(next)) {
                return plots;
            }
            plots.add(read(next));
        }
    }

    /** One CSV file as one plot. Errors name the file, line and column. */
    public static RawPlot read(Path file) throws IOException {
        // Malformed UTF-8 is an error rather than silently replaced characters in a signal name.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            return read(in, file.toString(), file.getFileName().toString());
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text (is it a CSV file?)");
        }
    }

    /** {@code where} names the source in errors; {@code title} becomes the plot's title. */
    public static RawPlot read(Reader in, String where, String title) throws IOException {
        Records records = new Records(in, where);
        List<String> header = records.next();
        if (header == null) {
            throw new IOException(where + ": empty file; expected a header row of vector names");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        header.replaceAll(String::trim);
        int headerLine = records.recordLine;
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isEmpty()) {
                throw new IOException(where + ":" + headerLine + ": column " + (c + 1)
                        + " has no name; expected a header row of vector names");
            }
        }
        int n = header.size();
        double[][] columns = new double[n][64];
        int points = 0;
        List<String> row;
        while ((row = records.next()) != null) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue; // a blank line, typically the last one
            }
            if (row.size() != n) {
                throw new IOException(where + ":" + records.recordLine + ": expected " + n + " values (one per "
                        + "header column), got " + row.size());
            }
            if (points == columns[0].length) {
                for (int c = 0; c < n; c++) {
                    columns[c] = Arrays.copyOf(columns[c], points * 2);
                }
            }
            for (int c = 0; c < n; c++) {
                String text = row.get(c).trim();
                try {
                    columns[c][points] = DoubleText.parse(text);
                } catch (NumberFormatException e) {
                    throw new IOException(where + ":" + records.recordLine + ": expected a number in column '"
                            + header.get(c) + "', got '" + text + "'");
                }
            }
            points++;
        }
        for (int c = 0; c < n; c++) {
            columns[c] = Arrays.copyOf(columns[c], points);
        }
        List<Variable> vars = new ArrayList<>(n);
        for (String name : header) {
            vars.add(new Variable(name, typeOf(name)));
        }
        return new RawPlot(title, null, plotName(header, points), vars, columns);
    }

    private static String plotName(List<String> header, int points) {
        String scale = header.get(0).toLowerCase(Locale.ROOT).replace(" ", "");
        if (scale.equals("time")) {
            return "Transient Analysis";
        }
        boolean sweep = scale.endsWith("-sweep)") || scale.endsWith("-sweep");
        return points == 1 && !sweep ? "Operating Point" : "DC transfer characteristic";
    }

    private static VariableType typeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT).trim();
        if (lower.equals("time")) {
            return VariableType.TIME;
        }
        if (lower.startsWith("v(")) {
            return VariableType.VOLTAGE;
        }
        if (lower.startsWith("i(")) {
            return VariableType.CURRENT;
        }
        return VariableType.NOTYPE;
    }

    /** RFC 4180 records: fields split at commas outside quotes, records at CRLF/LF outside quotes. */
    private static final class Records {
        private final Reader in;
        private final String where;
        private final StringBuilder field = new StringBuilder(32);
        private int line = 1;
        private int pushedBack = -2;
        /** The line the last record returned began on. */
        int recordLine;

        Records(Reader in, String where) {
            this.in = in;
            this.where = where;
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }

        /** The next record, or null at the end of the input. */
        List<String> next() throws IOException {
            int c = read();
            if (c < 0) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            field.setLength(0);
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c < 0) {
                        throw new IOException(where + ":" + recordLine + ": a quoted field is not closed before the "
                                + "end of the file");
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = d;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c < 0 || c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int d = read();
                        if (d != '\n') {
                            pushedBack = d;
                        }
                    }
                    if (c >= 0) {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '"' && !wasQuoted && field.toString().isBlank()) {
                    field.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                } else if (wasQuoted && !Character.isWhitespace(c)) {
                    throw new IOException(where + ":" + line + ": unexpected '" + (char) c + "' after a quoted field;"
                            + " expected ',' or the end of the line");
                } else if (!wasQuoted) {
                    field.append((char) c);
                }
                c = read();
            }
        }
    }
}
