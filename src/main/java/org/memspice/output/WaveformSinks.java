package org.memspice.output;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the sink for a waveform format. */
public final class WaveformSinks {
    private WaveformSinks() {}

    /** Nothing appears at {@code target} until the sink is committed. */
    public static WaveformSink open(Path target, WaveformFormat format) throws IOException {
        return switch (format) {
            case RAW -> new RawWriter(target, true);
            case RAW_ASCII -> new RawWriter(target, false);
            case CSV -> new CsvWriter(target);
        };
    }
}
