package org.memspice.device.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.ElaborationContext;
import org.memspice.netlist.ast.Field;

/** Reading converter stimuli from a card: parenthesised number lists and CSV files of time,code. */
public final class ConverterInputs {
    private ConverterInputs() {}

    /** The numbers of {@code key=(a b c …)}, each evaluated in the card's scope. */
    public static double[] numbers(Field.Assign a, ElaborationContext context, String owner) {
        if (!(a.value() instanceof Field.Group g)) {
            throw new CardError(a.value().loc(), owner + ": " + a.lowerKey() + " expects a list in parentheses, as in "
                    + a.lowerKey() + "=(0 3 1 2), found '" + CardFields.text(a.value()) + "'");
        }
        double[] out = new double[g.items().size()];
        for (int k = 0; k < out.length; k++) {
            Field item = g.items().get(k);
            if (item instanceof Field.Assign || item instanceof Field.Call || item instanceof Field.Group) {
                throw new CardError(item.loc(), owner + ": " + a.lowerKey() + ": expected a number, found '"
                        + CardFields.text(item) + "'");
            }
            out[k] = context.value(item);
        }
        if (out.length == 0) {
            throw new CardError(a.value().loc(), owner + ": " + a.lowerKey() + "=() is empty");
        }
        return out;
    }

    /**
     * Reads {@code time,code} rows of a CSV file named by {@code field} (a path relative to the netlist holding the
     * card). Blank lines, {@code #} comments and a first line that is not numeric (a header) are skipped; the
     * separator may be a comma, semicolon, tab or blanks. Returns {t0, c0, t1, c1, …}.
     */
    public static double[] csvPairs(Field field, String owner) {
        if (!(field instanceof Field.Word w)) {
            throw new CardError(field.loc(), owner + ": file expects a file name, as in file=\"codes.csv\"");
        }
        Path netlist = Path.of(field.loc().file());
        Path path = Path.of(w.text()).isAbsolute() ? Path.of(w.text()) : netlist.resolveSibling(w.text());
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CardError(field.loc(), owner + ": cannot read code file " + path + " ("
                    + e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT) + ")");
        }
        List<Double> pairs = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*[,;\\t ]\\s*");
            double t;
            double c;
            try {
                if (cells.length != 2) {
                    throw new NumberFormatException();
                }
                t = Double.parseDouble(cells[0]);
                c = Double.parseDouble(cells[1]);
            } catch (NumberFormatException e) {
                if (first) {
                    first = false;
                    continue; // a header line
                }
                throw new CardError(field.loc(), owner + ": " + path + ":" + (i + 1)
                        + ": expected two numbers 'time,code', found '" + line + "'");
            }
            first = false;
            pairs.add(t);
            pairs.add(c);
        }
        if (pairs.isEmpty()) {
            throw new CardError(field.loc(), owner + ": code file " + path + " holds no time,code rows");
        }
        return pairs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
