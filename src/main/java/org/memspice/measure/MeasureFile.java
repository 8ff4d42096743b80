package org.memspice.measure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.memspice.output.AtomicFileOutput;

/**
 * The {@code .measure} results file, a tab-separated table written atomically beside the waveforms:
 * <pre>
 * # memspice measurements: NETLIST
 * # (format comment lines)
 * # failed&lt;TAB&gt;RUN&lt;TAB&gt;NAME&lt;TAB&gt;REASON      one line per failed measurement
 * run&lt;TAB&gt;NAME1&lt;TAB&gt;NAME2 ...                       the column names
 * 1&lt;TAB&gt;VALUE1&lt;TAB&gt;VALUE2 ...                       one row per run
 * </pre>
 * Values are {@code %.16e} (they read back bit for bit), or {@code failed}. Lines starting with {@code #} are
 * comments. A run without {@code .step} has one row, run 1; a stepped run will add one row per step.
 */
public final class MeasureFile {
    private MeasureFile() {}

    /** {@code out.raw} → {@code out.measure}. */
    public static Path beside(Path waveforms) {
        String name = waveforms.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return waveforms.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".measure");
    }

    public static String format(String netlist, List<List<MeasureResult>> runs) {
        return format(netlist, List.of(), List.of(), runs);
    }

    /**
     * The table with the step values of each run after the run number ({@code run r temp trise …}): one column per
     * {@code .step} axis, named by its parameter, {@code temp} or {@code mc}.
     */
    public static String format(String netlist, List<String> stepColumns, List<double[]> stepValues,
                                List<List<MeasureResult>> runs) {
        StringBuilder sb = new StringBuilder();
        sb.append("# memspice measurements: ").append(netlist).append('\n');
        sb.append("# tab-separated; the first line not starting with # names the columns: run, then each .meas\n");
        sb.append("# result in netlist order (after the .step values, if any); one row per run; values %.16e or\n");
        sb.append("# 'failed' (reason on a '# failed' line: run, name, reason)\n");
        for (int r = 0; r < runs.size(); r++) {
            for (MeasureResult m : runs.get(r)) {
                if (m.failed()) {
                    sb.append("# failed\t").append(r + 1).append('\t').append(m.name()).append('\t')
                            .append(m.failure().replace('\t', ' ').replace('\n', ' ')).append('\n');
                }
            }
        }
        sb.append("run");
        for (String c : stepColumns) {
            sb.append('\t').append(c);
        }
        if (!runs.isEmpty()) {
            for (MeasureResult m : runs.get(0)) {
                sb.append('\t').append(m.name());
            }
        }
        sb.append('\n');
        for (int r = 0; r < runs.size(); r++) {
            sb.append(r + 1);
            if (!stepColumns.isEmpty()) {
                for (double v : stepValues.get(r)) {
                    sb.append('\t').append(String.format(Locale.ROOT, "%.16e", v));
                }
            }
            for (MeasureResult m : runs.get(r)) {
                sb.append('\t').append(m.failed() ? "failed" : String.format(Locale.ROOT, "%.16e", m.value()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes through a temporary file and a move, so a reader never sees a half-written table. */
    public static void write(Path target, String netlist, List<List<MeasureResult>> runs) throws IOException {
        write(target, netlist, List.of(), List.of(), runs);
    }

    public static void write(Path target, String netlist, List<String> stepColumns, List<double[]> stepValues,
                             List<List<MeasureResult>> runs) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(format(netlist, stepColumns, stepValues, runs)
                .getBytes(StandardCharsets.UTF_8));
        try (AtomicFileOutput out = AtomicFileOutput.create(target)) {
            while (bytes.hasRemaining()) {
                out.channel().write(bytes);
            }
            out.commit();
        }
    }

    /** One console line per result, in ngspice's spirit: {@code name = value  details}. */
    public static String console(MeasureResult m, int nameWidth) {
        String name = String.format(Locale.ROOT, "%-" + nameWidth + "s", m.name());
        if (m.failed()) {
            return name + " = failed: " + m.failure();
        }
        String value = String.format(Locale.ROOT, "%.9e", m.value());
        return m.detail().isEmpty() ? name + " = " + value : name + " = " + value + "  " + m.detail();
    }

    /** A table read back: its column names after {@code run} (step values, then results) and one row per run. */
    public record Table(List<String> columns, List<double[]> rows) {}

    /** Reads what {@link #write} wrote; {@code failed} reads as NaN. Errors name the file and line. */
    public static Table read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> columns = null;
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (columns == null) {
                if (!fields[0].equals("run")) {
                    throw new IOException(file + ":" + (i + 1) + ": expected the header line 'run<TAB>NAME…'");
                }
                columns = List.of(fields).subList(1, fields.length);
                continue;
            }
            if (fields.length != columns.size() + 1) {
                throw new IOException(file + ":" + (i + 1) + ": expected " + (columns.size() + 1) + " fields, got "
                        + fields.length);
            }
            double[] row = new double[columns.size()];
            for (int c = 0; c < row.length; c++) {
                String f = fields[c + 1].trim();
                try {
                    row[c] = f.equals("failed") ? Double.NaN : Double.parseDouble(f);
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + (i + 1) + ": expected a number or 'failed' for "
                            + columns.get(c) + ", got '" + f + "'");
                }
            }
            rows.add(row);
        }
        if (columns == null) {
            throw new IOException(file + ": no header line 'run<TAB>NAME…'");
        }
        return new Table(columns, rows);
    }
}
