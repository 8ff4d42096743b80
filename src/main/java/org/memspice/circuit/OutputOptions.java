package org.memspice.circuit;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.memspice.device.CardError;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement;
import org.memspice.output.WaveformSinks;

/**
 * The {@code .options} that say what a run writes: {@code output=out.raw,out.csv} (waveform files, relative to the
 * netlist that names them; the command line's {@code -o} replaces them), {@code filetype=ascii|binary} (ngspice's
 * raw-file encoding), {@code saveall} (write every vector however large the circuit) and {@code savelimit=N} (above
 * N vectors a deck without {@code .save}/{@code .print} writes only the vectors of its own cards).
 */
public record OutputOptions(List<OutputFile> files, Boolean asciiRaw, boolean saveAll, int saveLimit) {
    /** Above this many vectors a deck without .save/.print writes only the vectors of its own cards. */
    public static final int DEFAULT_SAVE_LIMIT = 10_000;

    /** A waveform file named in the netlist, resolved against the netlist's directory, and where it was named. */
    public record OutputFile(Path path, SourceLocation loc) {}

    public static OutputOptions defaults() {
        return new OutputOptions(List.of(), null, false, DEFAULT_SAVE_LIMIT);
    }

    /** Whether {@code opt} of {@code card} is read here (and so is not an unknown option). */
    static boolean reads(Statement.OptionsCard card, Statement.Option opt) {
        String name = opt.name().toLowerCase(Locale.ROOT);
        if (name.equals("output")) {
            return opt.value() != null; // a bare "output" is Xyce's option package word
        }
        return name.equals("filetype") || name.equals("saveall") || name.equals("savelimit")
                || isFurtherFile(card, card.options().indexOf(opt));
    }

    /**
     * {@code output=a.raw,b.csv}: the comma separates fields, so {@code b.csv} arrives as a flag of its own; a
     * flag with a dot that follows {@code output=} (or another such file) is one more file.
     */
    private static boolean isFurtherFile(Statement.OptionsCard card, int index) {
        for (int k = index; k >= 0; k--) {
            Statement.Option o = card.options().get(k);
            if (k < index && o.name().equalsIgnoreCase("output") && o.value() != null) {
                return true;
            }
            if (o.value() != null || !o.name().contains(".")) {
                return false;
            }
        }
        return false;
    }

    /** The options after {@code card}; {@code values} evaluates expressions ({@code savelimit={2*n}}). */
    static OutputOptions apply(OutputOptions o, ToDoubleFunction<Field> values, Statement.OptionsCard card) {
        List<OutputFile> files = new ArrayList<>(o.files());
        Boolean ascii = o.asciiRaw();
        boolean saveAll = o.saveAll();
        int saveLimit = o.saveLimit();
        boolean outputOnThisCard = false;
        for (int k = 0; k < card.options().size(); k++) {
            Statement.Option opt = card.options().get(k);
            String name = opt.name().toLowerCase(Locale.ROOT);
            if (name.equals("output") && opt.value() != null) {
                if (!outputOnThisCard) {
                    files.clear(); // a later card's list replaces an earlier one's
                    outputOnThisCard = true;
                }
                if (!(opt.value() instanceof Field.Word w)) {
                    throw new CardError(opt.value().loc(), "output: expected file names, e.g. output=out.raw,out.csv");
                }
                for (String file : w.text().trim().split("[\\s,]+")) {
                    files.add(file(file, w.loc()));
                }
            } else if (isFurtherFile(card, k)) {
                files.add(file(opt.name(), opt.loc()));
            } else if (name.equals("filetype")) {
                String v = opt.value() instanceof Field.Word w ? w.lower() : "";
                if (!v.equals("ascii") && !v.equals("binary")) {
                    throw new CardError(opt.value() == null ? opt.loc() : opt.value().loc(),
                            "filetype: expected ascii or binary (the encoding of raw files)");
                }
                ascii = v.equals("ascii");
            } else if (name.equals("saveall")) {
                saveAll = opt.value() == null || values.applyAsDouble(opt.value()) != 0;
            } else if (name.equals("savelimit")) {
                double v = opt.value() == null ? Double.NaN : values.applyAsDouble(opt.value());
                if (!(v >= 0) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
                    throw new CardError(opt.value() == null ? opt.loc() : opt.value().loc(),
                            "savelimit: expected a whole number of vectors, e.g. savelimit=10000");
                }
                saveLimit = (int) v;
            }
        }
        return new OutputOptions(List.copyOf(files), ascii, saveAll, saveLimit);
    }

    private static OutputFile file(String name, SourceLocation loc) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new CardError(loc, "output: '" + name + "' is not a file name");
        }
        if (WaveformSinks.formatOf(path) == null) {
            throw new CardError(loc, "output: cannot tell the format of '" + name + "' from its extension (use "
                    + WaveformSinks.knownExtensions() + ")");
        }
        Path dir = Path.of(loc.file()).toAbsolutePath().getParent();
        return new OutputFile(dir.resolve(path).normalize(), loc);
    }
}
