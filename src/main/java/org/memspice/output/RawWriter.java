package org.memspice.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes SPICE3 / ngspice raw files, binary (8-byte little-endian doubles, point-major) or ASCII ({@code Values:}).
 * Plots follow one another in one file. Points are streamed to disk as they arrive; the {@code No. Points:} field is
 * reserved at {@link #beginPlot} and patched in place at {@link #endPlot}, so memory use does not grow with the run.
 * No {@code Command:} or {@code Option:} lines are ever written: ngspice executes them when loading the file.
 */
public final class RawWriter implements WaveformSink {
    /** Width reserved for the point count: {@code Integer.MAX_VALUE}, the most ngspice's reader accepts. */
    static final int POINTS_FIELD_WIDTH = 10;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss  yyyy", Locale.ROOT);

    private final AtomicFileOutput out;
    private final boolean binary;
    private final Clock clock;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    private final StringBuilder text = new StringBuilder(64);
    private long flushed; // bytes already in the file; flushed + buf.position() is the logical end
    private PlotHeader plot;
    private long pointsFieldOffset;
    private long points;

    /** A binary raw file. */
    public RawWriter(Path target) throws IOException {
        this(target, true);
    }

    public RawWriter(Path target, boolean binary) throws IOException {
        this(target, binary, Clock.systemDefaultZone());
    }

    /** {@code clock} fills the {@code Date:} line; a fixed clock gives byte-identical files. */
    public RawWriter(Path target, boolean binary, Clock clock) throws IOException {
        this.out = AtomicFileOutput.create(target);
        this.binary = binary;
        this.clock = clock;
    }

    public boolean isBinary() {
        return binary;
    }

    @Override
    public void beginPlot(PlotHeader header) throws IOException {
        if (plot != null) {
            throw new IllegalStateException("plot '" + plot.plotName() + "' not ended");
        }
        List<Variable> vars = header.variables();
        if (vars.isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least one variable");
        }
        for (Variable v : vars) {
            checkName(v.name());
        }
        putText("Title: " + oneLine(header.title()) + "\n");
        putText("Date: " + DATE.format(ZonedDateTime.now(clock)) + "\n");
        putText("Plotname: " + oneLine(header.plotName()) + "\n");
        putText("Flags: real\n");
        putText("No. Variables: " + vars.size() + "\n");
        putText("No. Points: ");
        pointsFieldOffset = flushed + buf.position();
        putText(" ".repeat(POINTS_FIELD_WIDTH) + "\n");
        putText("Variables:\n");
        for (int i = 0; i < vars.size(); i++) {
            Variable v = vars.get(i);
            putText("\t" + i + "\t" + v.name() + "\t" + v.type().rawName() + "\n");
        }
        putText(binary ? "Binary:\n" : "Values:\n");
        plot = header;
        points = 0;
    }

    @Override
    public void point(double[] values) throws IOException {
        if (plot == null) {
            throw new IllegalStateException("point outside a plot");
        }
        if (values.length != plot.variables().size()) {
            throw new IllegalArgumentException("expected " + plot.variables().size() + " values, got " + values.length);
        }
        if (points == Integer.MAX_VALUE) {
            throw new IOException("more than " + Integer.MAX_VALUE + " points in one plot");
        }
        if (binary) {
            for (double v : values) {
                if (buf.remaining() < Double.BYTES) {
                    flush();
                }
                buf.putDouble(v);
            }
        } else {
            for (int i = 0; i < values.length; i++) {
                text.setLength(0);
                if (i == 0) {
                    text.append(points);
                }
                text.append('\t');
                DoubleText.append(text, values[i]);
                text.append('\n');
                putAscii(text);
            }
        }
        points++;
    }

    @Override
    public void endPlot() throws IOException {
        if (plot == null) {
            throw new IllegalStateException("no plot to end");
        }
        flush();
        String count = Long.toString(points);
        byte[] field = (count + " ".repeat(POINTS_FIELD_WIDTH - count.length())).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer patch = ByteBuffer.wrap(field);
        long at = pointsFieldOffset;
        while (patch.hasRemaining()) {
            at += out.channel().write(patch, at);
        }
        plot = null;
    }

    /** Ends an open plot, then moves the file into place. */
    @Override
    public void commit() throws IOException {
        finish();
        out.commit();
    }

    @Override
    public List<AtomicFileOutput> finish() throws IOException {
        if (plot != null) {
            endPlot();
        }
        flush();
        return List.of(out);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("raw-file variable names must be non-empty without spaces: '" + name + "'");
        }
    }

    /** Header fields are single lines; a newline would start a line ngspice tries to interpret. */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
    }

    private void putText(String s) throws IOException {
        putBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private void putAscii(CharSequence s) throws IOException {
        if (buf.remaining() < s.length()) {
            flush();
        }
        for (int i = 0; i < s.length(); i++) {
            buf.put((byte) s.charAt(i));
        }
    }

    private void putBytes(byte[] b) throws IOException {
        int off = 0;
        while (off < b.length) {
            if (!buf.hasRemaining()) {
                flush();
            }
            int n = Math.min(buf.remaining(), b.length - off);
            buf.put(b, off, n);
            off += n;
        }
    }

    private void flush() throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            flushed += out.channel().write(buf, flushed);
        }
        buf.clear();
    }
}
