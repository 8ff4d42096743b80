package org.memspice.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes transient plots as Value Change Dump files for GTKWave and other viewers. Analog vectors are {@code real}
 * variables; integer codes ({@link Variable#bits()} &gt; 0, such as an ADC's output code) are buses
 * {@code $var wire N id name [N-1:0]} written {@code b<bits>}. The instance path of each name becomes nested
 * {@code $scope module}s ({@link VcdNames}).
 *
 * <p>A VCD file's time unit must be fixed in its header, before any point is known, and must resolve the smallest
 * step: so each plot's points are spooled to a scratch file beside the target and the VCD is written when the plot
 * ends, with the unit {@link VcdTimescale#choose} picks. Samples that round to the same tick merge (the last
 * kept); after the {@code $dumpvars} block at the first sample's time only changed values are written, and the
 * last sample's time always appears so the file spans the whole run.
 *
 * <p>A VCD file holds one time axis: operating-point and DC plots are not written (reported through
 * {@code notices}), and with several transient plots (a {@code .step} deck) each goes to its own file, the n-th
 * (n ≥ 2) to {@code out-n.vcd} as {@link CsvWriter#plotFile} names it. A run without any transient plot fails at
 * {@link #commit()}. Files appear only at the commit, the target last.
 */
public final class VcdWriter implements WaveformSink {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

    private final Path target;
    private final Consumer<String> notices;
    private final Clock clock;
    private final List<AtomicFileOutput> outputs = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private PlotHeader plot;
    private boolean timeDomain;
    private Spool spool;
    private int plotsWritten;
    private boolean committed;
    private long mergedPoints;
    private String mergeUnit;

    /**
     * Creates the target's temporary file at once, so an unwritable place fails before the simulation;
     * {@code notices} receives one-line messages about plots not written and samples merged.
     */
    public VcdWriter(Path target, Consumer<String> notices) throws IOException {
        this(target, notices, Clock.systemDefaultZone());
    }

    /** {@code clock} fills {@code $date}; a fixed clock gives byte-identical files. */
    public VcdWriter(Path target, Consumer<String> notices, Clock clock) throws IOException {
        this.target = target.toAbsolutePath();
        this.notices = notices;
        this.clock = clock;
        outputs.add(AtomicFileOutput.create(this.target));
    }

    @Override
    public void beginPlot(PlotHeader header) throws IOException {
        if (plot != null) {
            throw new IllegalStateException("plot '" + header.plotName() + "' begun before the previous one ended");
        }
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        if (header.variables().isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least one variable");
        }
        plot = header;
        timeDomain = header.variables().get(0).type() == VariableType.TIME;
        if (!timeDomain) {
            skipped.add(header.plotName());
            return;
        }
        for (Variable v : header.variables()) {
            if (v.name().isEmpty() || v.name().chars().anyMatch(c -> Character.isWhitespace(c) || c < 33 || c == 127)) {
                throw new IllegalArgumentException("VCD names must be non-empty without spaces: '" + v.name() + "'");
            }
        }
        spool = new Spool(target, header.variables().size());
    }

    @Override
    public void point(double[] values) throws IOException {
        if (plot == null) {
            throw new IllegalStateException("point outside a plot");
        }
        if (values.length != plot.variables().size()) {
            throw new IllegalArgumentException("expected " + plot.variables().size() + " values, got " + values.length);
        }
        if (timeDomain) {
            spool.add(values);
        }
    }

    @Override
    public void endPlot() throws IOException {
        if (plot == null) {
            throw new IllegalStateException("no plot to end");
        }
        if (timeDomain) {
            try (Spool s = spool) {
                spool = null;
                if (plotsWritten == outputs.size()) {
                    outputs.add(AtomicFileOutput.create(CsvWriter.plotFile(target, plotsWritten)));
                }
                write(outputs.get(plotsWritten), s);
                plotsWritten++;
            }
        }
        plot = null;
    }

    /** Ends an open plot, then moves every file into place, the target last. */
    @Override
    public void commit() throws IOException {
        AtomicFileOutput.commitAll(finish());
        committed = true;
    }

    /** The files, the target last; the notices about what was not written are given here. */
    @Override
    public List<AtomicFileOutput> finish() throws IOException {
        if (plot != null) {
            endPlot();
        }
        if (plotsWritten == 0) {
            throw new IOException("a VCD file holds transient (time-domain) waveforms and this run has none"
                    + (skipped.isEmpty() ? "" : " (only " + describe(skipped) + ")") + "; use --format raw or csv");
        }
        List<AtomicFileOutput> files = new ArrayList<>(outputs);
        java.util.Collections.reverse(files);
        if (!skipped.isEmpty()) {
            notices.accept(target + ": warning: a VCD file holds time-domain waveforms only; not written: "
                    + describe(skipped) + " (use --format raw or csv for them)");
        }
        if (plotsWritten > 1) {
            notices.accept(target + ": note: " + plotsWritten + " transient plots, one VCD file each: "
                    + target.getFileName() + ", " + CsvWriter.plotFile(target, 1).getFileName()
                    + (plotsWritten > 2 ? " … " + CsvWriter.plotFile(target, plotsWritten - 1).getFileName() : ""));
        }
        if (mergedPoints > 0) {
            notices.accept(target + ": note: " + mergedPoints + " time point" + (mergedPoints == 1 ? "" : "s")
                    + " not written: within one time unit (" + mergeUnit + ") of a later point, and a tick keeps its"
                    + " last point");
        }
        return files;
    }

    /** Without a commit, deletes every temporary file; existing targets stay untouched. */
    @Override
    public void close() throws IOException {
        List<Closeable> all = new ArrayList<>(outputs);
        if (spool != null) {
            all.add(spool);
            spool = null;
        }
        Closeables.closeAll(all);
    }

    /** "3 Operating Point plots, 1 DC transfer characteristic plot" in order of first appearance. */
    private static String describe(List<String> plotNames) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String n : plotNames) {
            counts.merge(n, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((n, c) -> parts.add(c + " " + n + " plot" + (c == 1 ? "" : "s")));
        return String.join(", ", parts);
    }

    private void write(AtomicFileOutput out, Spool points) throws IOException {
        List<Variable> vars = plot.variables();
        VcdTimescale scale = VcdTimescale.choose(points.smallestStep, points.lastTime);
        // Not closed here: the channel belongs to the AtomicFileOutput, which commits or deletes it.
        Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(out.channel()),
                StandardCharsets.UTF_8), 1 << 16);
        w.write("$date " + DATE.format(ZonedDateTime.now(clock)) + " $end\n");
        w.write("$version memspice $end\n");
        w.write("$comment " + commentText(plot.title()) + " / " + commentText(plot.plotName()) + " $end\n");
        w.write("$timescale " + scale.text() + " $end\n");
        writeScopes(w, vars);
        w.write("$enddefinitions $end\n");

        int n = vars.size();
        int[] bits = new int[n];
        for (int v = 1; v < n; v++) {
            bits[v] = vars.get(v).bits();
        }
        String[] ids = new String[n];
        for (int v = 1; v < n; v++) {
            ids[v] = identifier(v - 1);
        }
        long[] shown = new long[n];
        double[] row = new double[n];
        double[] pending = new double[n];
        long pendingTick = 0;
        boolean havePending = false;
        boolean dumped = false;
        StringBuilder line = new StringBuilder(64);
        points.rewind();
        for (long p = 0; p < points.count; p++) {
            points.next(row);
            if (!(row[0] >= 0)) {
                throw new IOException("a VCD file cannot hold time " + row[0] + " s (point " + p + ")");
            }
            long tick = scale.tick(row[0]);
            if (havePending && tick == pendingTick) {
                mergedPoints++;
                mergeUnit = scale.text();
            } else if (havePending) {
                dumped = emit(w, line, pendingTick, pending, bits, ids, shown, dumped, false);
            }
            System.arraycopy(row, 0, pending, 0, n);
            pendingTick = tick;
            havePending = true;
        }
        if (havePending) {
            emit(w, line, pendingTick, pending, bits, ids, shown, dumped, true);
        }
        w.flush();
    }

    /**
     * One sample: the {@code $dumpvars} block at the first (its time stamp first, or GTKWave drops the values),
     * then only the values whose written form changed; a sample without changes is left out except the last.
     */
    private static boolean emit(Writer w, StringBuilder line, long tick, double[] values, int[] bits, String[] ids,
                                long[] shown, boolean dumped, boolean last) throws IOException {
        line.setLength(0);
        for (int v = 1; v < values.length; v++) {
            double value = bits[v] > 0 ? code(values[v], bits[v]) : values[v];
            long key = Double.doubleToLongBits(value);
            if (dumped && key == shown[v]) {
                continue;
            }
            shown[v] = key;
            if (bits[v] > 0) {
                line.append('b').append(binary(value));
            } else {
                line.append('r');
                DoubleText.append(line, value);
            }
            line.append(' ').append(ids[v]).append('\n');
        }
        if (!dumped) {
            w.write("#" + tick + "\n$dumpvars\n");
            w.append(line);
            w.write("$end\n");
        } else if (line.length() > 0 || last) {
            w.write("#" + tick + "\n");
            w.append(line);
        }
        return true;
    }

    /** The code a value stands for: the nearest integer, or NaN (written as x bits) outside 0 … 2^bits − 1. */
    static double code(double value, int bits) {
        if (!(value > -0.5) || value >= Math.scalb(1.0, bits) - 0.5) {
            return Double.NaN;
        }
        return Math.rint(value) + 0.0; // + 0.0 turns −0 into 0
    }

    /** A code's bits, most significant first, without leading zeros ({@code x} for NaN: all bits unknown). */
    static String binary(double code) {
        if (Double.isNaN(code)) {
            return "x";
        }
        return code < 0x1p63 ? Long.toBinaryString((long) code)
                : new java.math.BigDecimal(code).toBigInteger().toString(2);
    }

    /** Scopes as a tree: each scope's vectors in plot order, then its sub-scopes in order of first appearance. */
    private static void writeScopes(Writer w, List<Variable> vars) throws IOException {
        Scope root = new Scope(VcdNames.ROOT);
        for (int v = 1; v < vars.size(); v++) {
            VcdNames.Placement at = VcdNames.place(vars.get(v).name());
            Scope s = root;
            for (String name : at.scopes()) {
                s = s.children.computeIfAbsent(name, Scope::new);
            }
            s.vars.add(v);
            s.leaves.add(at.leaf());
        }
        root.write(w, vars);
    }

    private static final class Scope {
        final String name;
        final List<Integer> vars = new ArrayList<>();
        final List<String> leaves = new ArrayList<>();
        final Map<String, Scope> children = new LinkedHashMap<>();

        Scope(String name) {
            this.name = name;
        }

        void write(Writer w, List<Variable> all) throws IOException {
            w.write("$scope module " + name + " $end\n");
            for (int k = 0; k < vars.size(); k++) {
                int v = vars.get(k);
                int bits = all.get(v).bits();
                String id = identifier(v - 1);
                if (bits > 0) {
                    w.write("$var wire " + bits + " " + id + " " + leaves.get(k) + " [" + (bits - 1) + ":0] $end\n");
                } else {
                    w.write("$var real 64 " + id + " " + leaves.get(k) + " $end\n");
                }
            }
            for (Scope c : children.values()) {
                c.write(w, all);
            }
            w.write("$upscope $end\n");
        }
    }

    /** Identifier codes in printable ASCII 33…126, shortest first: !, ", … ~, !!, "!, … */
    static String identifier(int index) {
        StringBuilder sb = new StringBuilder(4);
        int k = index;
        do {
            sb.append((char) (33 + k % 94));
            k = k / 94 - 1;
        } while (k >= 0);
        return sb.toString();
    }

    /** Header text: one line, and no {@code $}, which could end the section early. */
    private static String commentText(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").replace('$', '_');
    }

    /**
     * A plot's points as raw doubles in a scratch file beside the target (deleted when closed), with the smallest
     * positive step between consecutive times, which the time unit depends on.
     */
    private static final class Spool implements Closeable {
        private final FileChannel channel;
        private final ByteBuffer buffer;
        private final int width;
        long count;
        double smallestStep = Double.POSITIVE_INFINITY;
        double lastTime = Double.NaN;
        private boolean reading;

        Spool(Path target, int width) throws IOException {
            Path dir = target.getParent();
            Path file = Files.createTempFile(dir, "." + target.getFileName() + ".", ".spool");
            FileChannel ch;
            try {
                ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            this.channel = ch;
            this.width = width;
            this.buffer = ByteBuffer.allocate(Math.max(1 << 16, width * Double.BYTES)).order(ByteOrder.nativeOrder());
        }

        void add(double[] values) throws IOException {
            double t = values[0];
            if (count > 0) {
                if (t < lastTime) {
                    throw new IllegalArgumentException("time goes back from " + lastTime + " to " + t + " s");
                }
                if (t > lastTime) {
                    smallestStep = Math.min(smallestStep, t - lastTime);
                }
            }
            lastTime = t;
            if (buffer.remaining() < width * Double.BYTES) {
                flush();
            }
            for (double v : values) {
                buffer.putDouble(v);
            }
            count++;
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        void rewind() throws IOException {
            flush();
            channel.position(0);
            buffer.limit(0);
            reading = true;
        }

        void next(double[] row) throws IOException {
            if (!reading) {
                throw new IllegalStateException("not rewound");
            }
            if (buffer.remaining() < width * Double.BYTES) {
                buffer.compact();
                while (buffer.position() < width * Double.BYTES) {
                    if (channel.read(buffer) < 0) {
                        throw new IOException("scratch file of the VCD writer truncated");
                    }
                }
                buffer.flip();
            }
            for (int v = 0; v < width; v++) {
                row[v] = buffer.getDouble();
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
