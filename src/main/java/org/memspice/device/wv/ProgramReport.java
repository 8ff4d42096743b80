package org.memspice.device.wv;

import java.util.List;
import java.util.Locale;
import org.memspice.circuit.Circuit;
import org.memspice.device.Device;

/**
 * The achieved-versus-target report of one write-verify controller after a transient: per cell the target, the
 * last verify read, the read-back (achieved) value, the pulses and whether the loop converged (or why not); and
 * summary statistics. Conductances are read conductances i(bl)/vread in S.
 */
public final class ProgramReport {
    /** One cell's record; mutable while the controller runs, copied for the report. */
    public static final class Cell {
        public final int row;
        public final int col;
        public final double target;
        /** The last verify read (NaN before the first). */
        public double verified = Double.NaN;
        /** The read-back after the whole array was programmed (NaN if the transient ended first). */
        public double achieved = Double.NaN;
        public int pulses;
        public int sets;
        public int resets;
        public int reads;
        /** The last pulse's amplitude: positive set, negative reset, 0 without pulses. */
        public double lastAmplitude;
        public boolean converged;
        public boolean finished;
        public String reason = "";
        int step;
        boolean lastWasSet;

        Cell(int row, int col, double target) {
            this.row = row;
            this.col = col;
            this.target = target;
        }

        Cell copy() {
            Cell c = new Cell(row, col, target);
            c.verified = verified;
            c.achieved = achieved;
            c.pulses = pulses;
            c.sets = sets;
            c.resets = resets;
            c.reads = reads;
            c.lastAmplitude = lastAmplitude;
            c.converged = converged;
            c.finished = finished;
            c.reason = reason;
            return c;
        }

        /** achieved/target − 1 (NaN without a read-back). */
        public double error() {
            return achieved / target - 1;
        }
    }

    private final String device;
    private final String array;
    private final int rows;
    private final int cols;
    private final WriteVerifySettings settings;
    private final List<Cell> cells;
    private final double finishTime;

    ProgramReport(String device, String array, int rows, int cols, WriteVerifySettings settings, List<Cell> cells,
                  double finishTime) {
        this.device = device;
        this.array = array;
        this.rows = rows;
        this.cols = cols;
        this.settings = settings;
        this.cells = List.copyOf(cells);
        this.finishTime = finishTime;
    }

    /** The reports of every write-verify controller of a circuit that ran a transient, in netlist order. */
    public static List<ProgramReport> of(Circuit circuit) {
        return circuit.devices().stream().filter(d -> d instanceof WriteVerify).map(d -> ((WriteVerify) d).report())
                .filter(r -> r != null).toList();
    }

    /** Whether the circuit has a write-verify controller (whose report then follows the run). */
    public static boolean present(List<Device> devices) {
        return devices.stream().anyMatch(d -> d instanceof WriteVerify);
    }

    public String device() {
        return device;
    }

    public String array() {
        return array;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double tolerance() {
        return settings.tol();
    }

    public List<Cell> cells() {
        return cells;
    }

    public Cell cell(int i, int j) {
        return cells.get(i * cols + j);
    }

    /** When the read-back of the last cell ended (NaN if the transient ended first). */
    public double finishTime() {
        return finishTime;
    }

    public long converged() {
        return cells.stream().filter(c -> c.converged).count();
    }

    /** Cells whose read-back is within tol of the target. */
    public long withinTolerance() {
        return cells.stream().filter(c -> Math.abs(c.error()) <= settings.tol()).count();
    }

    /** RMS of the relative error achieved/target − 1 over the cells read back (NaN if none). */
    public double rmsError() {
        double sum = 0;
        int n = 0;
        for (Cell c : cells) {
            if (!Double.isNaN(c.achieved)) {
                sum += c.error() * c.error();
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    public double maxAbsError() {
        return cells.stream().filter(c -> !Double.isNaN(c.achieved)).mapToDouble(c -> Math.abs(c.error())).max()
                .orElse(Double.NaN);
    }

    public int totalPulses() {
        return cells.stream().mapToInt(c -> c.pulses).sum();
    }

    /** One line: cells converged, within tolerance at read-back, RMS and worst error, pulses, finishing time. */
    public String summary() {
        return String.format(Locale.ROOT, "%s on %s: %d/%d cells converged, %d/%d within tol=%.3g at read-back, "
                        + "RMS error %.3f%%, worst %.3f%%, %d pulses, %s", device, array, converged(), cells.size(),
                withinTolerance(), cells.size(), settings.tol(), 100 * rmsError(), 100 * maxAbsError(), totalPulses(),
                Double.isNaN(finishTime) ? "unfinished at tstop" : String.format(Locale.ROOT, "finished at %.6g s",
                        finishTime));
    }

    /** The per-cell table as the console shows it. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "  %-7s %12s %12s %12s %9s %6s %5s %6s %9s  %s%n", "cell", "target/S",
                "verified/S", "achieved/S", "error", "pulses", "set", "reset", "last V", "converged"));
        for (Cell c : cells) {
            sb.append(String.format(Locale.ROOT, "  %-7s %12.5e %12.5e %12.5e %8.3f%% %6d %5d %6d %9.3f  %s%n",
                    c.row + "," + c.col, c.target, c.verified, c.achieved, 100 * c.error(), c.pulses, c.sets,
                    c.resets, c.lastAmplitude, c.converged ? "yes" : "no: " + c.reason));
        }
        return sb.toString();
    }

    /**
     * The reports as a tab-separated file: comment lines (format, then one {@code # summary} line per controller),
     * a header line, one row per cell; numbers {@code %.16e} (they read back bit for bit), {@code nan} without a read.
     */
    public static String file(String netlist, List<List<ProgramReport>> runs) {
        StringBuilder sb = new StringBuilder();
        sb.append("# memspice write-verify report: ").append(netlist).append('\n');
        sb.append("# tab-separated; one row per run, controller and cell; conductances are read conductances\n");
        sb.append("# i(bl)/vread in S: target, verified (last verify read), achieved (read-back after the whole\n");
        sb.append("# array was programmed); error = achieved/target - 1; last_v: last pulse (+set, -reset) in V;\n");
        sb.append("# converged: the verify loop ended within tol (else the reason)\n");
        for (int r = 0; r < runs.size(); r++) {
            for (ProgramReport p : runs.get(r)) {
                sb.append("# summary\t").append(r + 1).append('\t').append(p.summary()).append('\n');
            }
        }
        sb.append("run\tdevice\tarray\trow\tcol\ttarget\tverified\tachieved\terror\tpulses\tsets\tresets\tlast_v"
                + "\tconverged\treason\n");
        for (int r = 0; r < runs.size(); r++) {
            for (ProgramReport p : runs.get(r)) {
                for (Cell c : p.cells) {
                    sb.append(r + 1).append('\t').append(p.device).append('\t').append(p.array).append('\t')
                            .append(c.row).append('\t').append(c.col).append('\t').append(num(c.target)).append('\t')
                            .append(num(c.verified)).append('\t').append(num(c.achieved)).append('\t')
                            .append(num(c.error())).append('\t').append(c.pulses).append('\t').append(c.sets)
                            .append('\t').append(c.resets).append('\t').append(num(c.lastAmplitude)).append('\t')
                            .append(c.converged ? "yes" : "no").append('\t').append(c.reason).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** {@code out.raw} → {@code out.program}. */
    public static java.nio.file.Path beside(java.nio.file.Path waveforms) {
        String name = waveforms.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return waveforms.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".program");
    }

    /** Writes {@link #file} atomically: readers see the old file or the whole new one. */
    public static void write(java.nio.file.Path target, String netlist, List<List<ProgramReport>> runs)
            throws java.io.IOException {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(file(netlist, runs)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (org.memspice.output.AtomicFileOutput out = org.memspice.output.AtomicFileOutput.create(target)) {
            while (bytes.hasRemaining()) {
                out.channel().write(bytes);
            }
            out.commit();
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.16e", v);
    }
}
