package org.memspice.output;

/** Waveform file formats memspice writes. */
public enum WaveformFormat {
    /** ngspice / SPICE3 raw file, binary little-endian doubles. */
    RAW,
    /** ngspice / SPICE3 raw file, ASCII values. */
    RAW_ASCII,
    /** RFC 4180 CSV, one file per plot (see {@link CsvWriter}). */
    CSV
}
