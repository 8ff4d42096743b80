package org.memspice.output;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads real-valued SPICE3 raw files, binary (little-endian) and ASCII, with any number of plots, as written by
 * {@link RawWriter} and by ngspice. Strict on purpose: a wrong count, a truncated file or an unknown header line
 * is an {@link IOException}, since the tests and golden comparisons rely on it to catch malformed output.
 * {@code Command:} and {@code Option:} lines are skipped, never executed.
 */
public final class RawReader {
    private RawReader() {}

    public static List<RawPlot> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static List<RawPlot> read(InputStream stream) throws IOException {
        Input in = new Input(new BufferedInputStream(stream, 1 << 16));
        List<RawPlot> plots = new ArrayList<>();
        String title = null;
        String date = null;
        String plotName = null;
        int nvars = -1;
        int npoints = -1;
        List<Variable> vars = null;
        String line;
        while ((line = in.readLine()) != null) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (line.isBlank()) {
                continue;
            } else if (lower.startsWith("title:")) {
                title = value(line);
            } else if (lower.startsWith("date:")) {
                date = value(line);
            } else if (lower.startsWith("plotname:")) {
                plotName = value(line);
                nvars = -1;
                npoints = -1;
                vars = null;
            } else if (lower.startsWith("flags:")) {
                for (String flag : value(line).split("\\s+")) {
                    if (flag.equalsIgnoreCase("complex")) {
                        throw new IOException("complex raw files are not supported");
                    }
                }
            } else if (lower.startsWith("no. variables:")) {
                nvars = parseCount(line);
            } else if (lower.startsWith("no. points:")) {
                npoints = parseCount(line);
            } else if (lower.startsWith("command:") || lower.startsWith("option:") || lower.startsWith("dimensions:")) {
                continue;
            } else if (lower.startsWith("variables:")) {
                if (plotName == null || nvars < 1) {
                    throw new IOException("Variables: before Plotname: and No. Variables:");
                }
                vars = new ArrayList<>(nvars);
                String rest = value(line);
                for (int i = 0; i < nvars; i++) {
                    String varLine = i == 0 && !rest.isEmpty() ? rest : in.readLine();
                    if (varLine == null) {
                        throw new EOFException("end of file in the variable list");
                    }
                    vars.add(parseVariable(varLine.trim(), i));
                }
            } else if (lower.startsWith("binary:") || lower.startsWith("values:")) {
                if (vars == null || npoints < 0) {
                    throw new IOException(line.trim() + " before Variables: and No. Points:");
                }
                double[][] columns = new double[nvars][npoints];
                if (lower.startsWith("binary:")) {
                    readBinary(in, columns);
                } else {
                    readAscii(in, columns);
                }
                plots.add(new RawPlot(title, date, plotName, vars, columns));
                plotName = null;
                vars = null;
            } else {
                throw new IOException("unexpected line in raw file: " + line);
            }
        }
        if (plotName != null) {
            throw new EOFException("end of file in the header of plot '" + plotName + "'");
        }
        return plots;
    }

    private static void readBinary(Input in, double[][] columns) throws IOException {
        int nvars = columns.length;
        int npoints = columns[0].length;
        ByteBuffer point = ByteBuffer.allocate(nvars * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int p = 0; p < npoints; p++) {
            point.clear();
            in.readFully(point.array());
            for (int v = 0; v < nvars; v++) {
                columns[v][p] = point.getDouble();
            }
        }
    }

    private static void readAscii(Input in, double[][] columns) throws IOException {
        int nvars = columns.length;
        int npoints = columns[0].length;
        for (int p = 0; p < npoints; p++) {
            String index = in.readToken();
            if (index == null) {
                throw new EOFException("end of file at point " + p + " of " + npoints);
            }
            if (!index.equals(Integer.toString(p))) {
                throw new IOException("point " + p + " is numbered '" + index + "'");
            }
            for (int v = 0; v < nvars; v++) {
                String token = in.readToken();
                if (token == null) {
                    throw new EOFException("end of file at point " + p + ", variable " + v);
                }
                try {
                    columns[v][p] = DoubleText.parse(token);
                } catch (NumberFormatException e) {
                    throw new IOException("bad number '" + token + "' at point " + p + ", variable " + v);
                }
            }
        }
    }

    private static Variable parseVariable(String line, int expectedIndex) throws IOException {
        String[] f = line.split("\\s+");
        if (f.length < 3 || !f[0].equals(Integer.toString(expectedIndex))) {
            throw new IOException("bad variable line " + expectedIndex + ": " + line);
        }
        return new Variable(f[1], VariableType.fromRawName(f[2]));
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).trim();
    }

    private static int parseCount(String line) throws IOException {
        try {
            int n = Integer.parseInt(value(line));
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IOException("bad count: " + line);
        }
    }

    /** Lines for the header, raw bytes for binary data, whitespace-separated tokens for ASCII values. */
    private static final class Input {
        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        private final StringBuilder token = new StringBuilder(32);

        Input(InputStream in) {
            this.in = in;
        }

        String readLine() throws IOException {
            bytes.reset();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                bytes.write(c);
            }
            if (c < 0 && bytes.size() == 0) {
                return null;
            }
            String s = bytes.toString(StandardCharsets.UTF_8);
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }

        /** Consumes the whitespace character ending the token, so after the last value the next header line follows. */
        String readToken() throws IOException {
            int c;
            do {
                c = in.read();
            } while (c >= 0 && Character.isWhitespace(c));
            if (c < 0) {
                return null;
            }
            token.setLength(0);
            while (c >= 0 && !Character.isWhitespace(c)) {
                token.append((char) c);
                c = in.read();
            }
            return token.toString();
        }

        void readFully(byte[] b) throws IOException {
            int n = in.readNBytes(b, 0, b.length);
            if (n < b.length) {
                throw new EOFException("binary data truncated");
            }
        }
    }
}
