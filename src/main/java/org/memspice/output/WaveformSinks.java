package org.memspice.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** Opens the sink for a waveform format. */
public final class WaveformSinks {
    private WaveformSinks() {}

    /** Nothing appears at {@code target} until the sink is committed. */
    public static WaveformSink open(Path target, WaveformFormat format) throws IOException {
        return open(target, format, notice -> { });
    }

    /** As {@link #open(Path, WaveformFormat)}; {@code notices} receives the writer's warnings (plots it skips). */
    public static WaveformSink open(Path target, WaveformFormat format, Consumer<String> notices) throws IOException {
        return switch (format) {
            case RAW -> new RawWriter(target, true);
            case RAW_ASCII -> new RawWriter(target, false);
            case CSV -> new CsvWriter(target);
            case VCD -> new VcdWriter(target, notices);
        };
    }

    /**
     * The format a file's extension names ({@code .raw} binary raw, {@code .csv} CSV, {@code .vcd} VCD; any case), or
     * null when it names none. The one place that maps extensions to formats.
     */
    public static WaveformFormat formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "raw" -> WaveformFormat.RAW;
            case "csv" -> WaveformFormat.CSV;
            case "vcd" -> WaveformFormat.VCD;
            default -> null;
        };
    }

    /** The extensions {@link #formatOf} knows, for messages. */
    public static String knownExtensions() {
        return ".raw, .csv, .vcd";
    }
}
