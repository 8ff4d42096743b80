package org.memspice.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.memspice.circuit.OutputOptions;
import org.memspice.output.WaveformFormat;
import org.memspice.output.WaveformSinks;

/**
 * Which files a run writes, in which format. The files are the command line's {@code -o} (all of them), else the
 * netlist's {@code .options output=}, else the netlist's name with {@code .raw} ({@code .csv}, {@code .vcd} with
 * {@code --format csv}, {@code vcd}). Each file's format is named by its extension ({@code .raw}, {@code .csv},
 * {@code .vcd}); {@code --format}
 * decides for a single output and for files whose extension names no format. Raw files are binary unless
 * {@code --format raw-ascii} or (without {@code --format}) {@code .options filetype=ascii}.
 */
final class OutputTargets {
    record Target(Path path, WaveformFormat format) {}

    /** A request that cannot be met, with the message to print and the exit code. */
    static final class BadOutput extends Exception {
        final int exitCode;

        BadOutput(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    private OutputTargets() {}

    /** {@code format} is null when {@code --format} was not given. */
    static List<Target> resolve(List<Path> commandLine, WaveformFormat format, OutputOptions netlist, Path netlistPath)
            throws BadOutput {
        List<Path> paths = new ArrayList<>();
        if (!commandLine.isEmpty()) {
            paths.addAll(commandLine);
        } else if (!netlist.files().isEmpty()) {
            netlist.files().forEach(f -> paths.add(f.path()));
        } else {
            paths.add(defaultOutput(netlistPath, format));
        }
        boolean ascii = format == WaveformFormat.RAW_ASCII || format == null && Boolean.TRUE.equals(netlist.asciiRaw());
        List<Target> targets = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path p : paths) {
            if (!seen.add(p.toAbsolutePath().normalize())) {
                throw new BadOutput(p + ": error: output named twice", Main.NETLIST_ERROR);
            }
            WaveformFormat named = WaveformSinks.formatOf(p);
            WaveformFormat f;
            if (format != null && paths.size() == 1) {
                f = format; // asked for explicitly: as before several outputs existed, --format wins
            } else if (named != null) {
                f = named;
            } else if (format != null) {
                f = format;
            } else if (paths.size() == 1) {
                f = WaveformFormat.RAW;
            } else {
                throw new BadOutput(p + ": error: cannot tell the format from the extension (use "
                        + WaveformSinks.knownExtensions() + ", or --format)", Main.NETLIST_ERROR);
            }
            if (f == WaveformFormat.RAW && ascii) {
                f = WaveformFormat.RAW_ASCII;
            }
            targets.add(new Target(p, f));
        }
        return targets;
    }

    /** Every target's directory exists, so that no simulation runs only to find it cannot be written. */
    static void checkDirectories(List<Target> targets) throws BadOutput {
        for (Target t : targets) {
            Path dir = t.path().toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new BadOutput(t.path() + ": error: cannot write output: no directory " + dir, Main.OUTPUT_ERROR);
            }
            if (Files.isDirectory(t.path())) {
                throw new BadOutput(t.path() + ": error: cannot write output: it is a directory", Main.OUTPUT_ERROR);
            }
        }
    }

    private static Path defaultOutput(Path netlistPath, WaveformFormat format) {
        String name = netlistPath.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = format == WaveformFormat.CSV ? ".csv" : format == WaveformFormat.VCD ? ".vcd" : ".raw";
        return netlistPath.toAbsolutePath().getParent().resolve(base + extension);
    }

    /** How the summary names a format. */
    static String describe(WaveformFormat f) {
        return f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
