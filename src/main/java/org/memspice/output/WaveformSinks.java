package org.memspice.output;

import java.io.IOException;
import java.nio.file.Path;
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
}
