package org.memspice.array;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.memspice.device.CardError;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.parse.SpiceNumber;

/**
 * A rows × cols matrix of numbers from a CSV file (commas, semicolons or blanks; {@code #} comment lines; SPICE
 * numbers such as {@code 100n}), named by a card field and read relative to the netlist that holds the card: the
 * per-cell states and conductance maps of {@code .crossbar} and the target maps of {@code YWV}. Errors are
 * located at the field and name the file's line.
 */
public final class CsvMatrix {
    private CsvMatrix() {}

    /**
     * @param field the file name ({@code gmap=g.csv} or {@code "g.csv"})
     * @param where the message prefix naming the card ({@code ".crossbar XB: gmap: "})
     */
    public static double[][] read(Field field, int rows, int cols, String where) {
        String file = field instanceof Field.Word w ? w.text() : ((Field.Expr) field).text();
        Path base = Path.of(field.loc().file()).getParent();
        Path path = Path.of(file).isAbsolute() || base == null ? Path.of(file) : base.resolve(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (NoSuchFileException e) {
            throw new CardError(field.loc(), where + "no such file " + path);
        } catch (IOException e) {
            throw new CardError(field.loc(), where + "cannot read " + path + ": " + e.getMessage());
        }
        double[][] m = new double[rows][];
        int row = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*[,;\\s]\\s*");
            if (row >= rows) {
                throw new CardError(field.loc(), where + path.getFileName() + ":" + (n + 1) + ": more than "
                        + rows + " rows");
            }
            if (cells.length != cols) {
                throw new CardError(field.loc(), where + path.getFileName() + ":" + (n + 1) + ": " + cells.length
                        + " values, expected " + cols);
            }
            m[row] = new double[cols];
            for (int j = 0; j < cols; j++) {
                var v = SpiceNumber.tryParse(cells[j]);
                if (v.isEmpty()) {
                    throw new CardError(field.loc(), where + path.getFileName() + ":" + (n + 1) + ": '"
                            + cells[j] + "' is not a number");
                }
                m[row][j] = v.getAsDouble();
            }
            row++;
        }
        if (row != rows) {
            throw new CardError(field.loc(), where + path.getFileName() + " has " + row + " rows, expected " + rows);
        }
        return m;
    }
}
