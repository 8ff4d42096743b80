package org.memspice.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes plots as RFC 4180 CSV: UTF-8 without BOM, CRLF line ends, a header row of variable names (scale first;
 * names containing a comma, quote or line break are quoted), then one row per point with numbers in
 * {@code Locale.ROOT} scientific notation that parses back to the exact double.
 *
 * <p>A CSV file holds one table, so each plot gets its own file: the first plot goes to the target itself
 * ({@code out.csv}), the n-th plot (n ≥ 2) to {@code out-n.csv} beside it (the suffix goes before the extension,
 * or at the end if the name has none). All files are written under temporary names and committed together;
 * the target is renamed last, so its presence means every file of the run is in place.
 */
public final class CsvWriter implements WaveformSink {
    private final Path target;
    private final List<AtomicFileOutput> outputs = new ArrayList<>();
    private final StringBuilder row = new StringBuilder(256);
    private Writer writer;
    private int columns;
    private boolean committed;

    public CsvWriter(Path target) {
        this.target = target.toAbsolutePath();
    }

    /** Where the {@code index}-th plot (0-based) of this writer goes. */
    public static Path plotFile(Path target, int index) {
        if (index == 0) {
            return target;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String suffix = "-" + (index + 1);
        String file = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return target.resolveSibling(file);
    }

    @Override
    public void beginPlot(PlotHeader header) throws IOException {
        if (writer != null) {
            throw new IllegalStateException("plot '" + header.plotName() + "' begun before the previous one ended");
        }
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        if (header.variables().isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least one variable");
        }
        AtomicFileOutput out = AtomicFileOutput.create(plotFile(target, outputs.size()));
        outputs.add(out);
        // Not closed by us: the channel belongs to the AtomicFileOutput, which closes or commits it.
        writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(out.channel()),
                StandardCharsets.UTF_8), 1 << 16);
        columns = header.variables().size();
        row.setLength(0);
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                row.append(',');
            }
            appendField(row, header.variables().get(i).name());
        }
        row.append("\r\n");
        writer.append(row);
    }

    @Override
    public void point(double[] values) throws IOException {
        if (writer == null) {
            throw new IllegalStateException("point outside a plot");
        }
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        row.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            DoubleText.append(row, values[i]);
        }
        row.append("\r\n");
        writer.append(row);
    }

    @Override
    public void endPlot() throws IOException {
        if (writer == null) {
            throw new IllegalStateException("no plot to end");
        }
        writer.flush();
        writer = null;
    }

    /** Ends an open plot, then commits every plot file as one group, the target last. */
    @Override
    public void commit() throws IOException {
        AtomicFileOutput.commitAll(finish());
        committed = true;
    }

    /** The plot files, the target last: its presence means every file of the run is in place. */
    @Override
    public List<AtomicFileOutput> finish() throws IOException {
        if (writer != null) {
            endPlot();
        }
        List<AtomicFileOutput> files = new ArrayList<>(outputs);
        java.util.Collections.reverse(files);
        return files;
    }

    /** Without a commit, deletes every temporary file and leaves existing targets untouched. */
    @Override
    public void close() throws IOException {
        Closeables.closeAll(outputs);
    }

    static void appendField(StringBuilder sb, String field) {
        boolean quote = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        if (!quote) {
            sb.append(field);
            return;
        }
        sb.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
}
