package org.memspice.output;

/** Waveform file formats memspice writes. */
public enum WaveformFormat {
    /** ngspice / SPICE3 raw file, binary little-endian doubles. */
    RAW,
    /** ngspice / SPICE3 raw file, ASCII values. */
    RAW_ASCII,
    /** RFC 4180 CSV, one file per plot (see {@link CsvWriter}). */
    CSV,
    /** Value Change Dump for GTKWave, transient plots only (see {@link VcdWriter}). */
    VCD;

    /** The format a file name's extension asks for ({@code .vcd}), or null when it says nothing. */
    public static WaveformFormat byExtension(java.nio.file.Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".vcd") ? VCD : null;
    }
}
