package org.memspice.device.wv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.memspice.array.Crossbar;
import org.memspice.array.CsvMatrix;
import org.memspice.device.CardError;
import org.memspice.device.CardFields;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.netlist.ast.Statement.ModelCard;

/**
 * Write-verify controllers: {@code YWV name [MODEL] array=XB targets="g.csv" [param=value …]} programs the target
 * read-conductance map (a rows × cols CSV, siemens) into the 1T1R {@code .crossbar XB} written before it, driving
 * its word, select and bit lines ({@link WriteVerify}); parameters on a {@code .model NAME wv (…)} card or the
 * instance ({@link WriteVerifySettings}).
 */
public final class WriteVerifyFamily implements DeviceFamily {
    @Override
    public char letter() {
        return 'y';
    }

    @Override
    public String description() {
        return "write-verify controller: YWV name [MODEL] array=XB targets=\"g.csv\" [vread= vset= vreset= tol= …]";
    }

    @Override
    public Set<String> modelTypes() {
        return Set.of("wv");
    }

    @Override
    public Device create(ElementCard card, ElaborationContext context) {
        CardFields f = new CardFields(card, context);
        String name = f.deviceName();
        ModelCard modelCard = f.peek() instanceof Field.Word ? context.model(f.word("model name"), "wv")
                : new ModelCard("", "wv", List.of(), card.loc());
        Field.Assign arrayField = null;
        Field.Assign targetsField = null;
        List<Field> rest = new ArrayList<>();
        for (Field field : f.remaining()) {
            if (field instanceof Field.Assign a && a.lowerKey().equals("array")) {
                arrayField = a;
            } else if (field instanceof Field.Assign a && a.lowerKey().equals("targets")) {
                targetsField = a;
            } else {
                rest.add(field);
            }
        }
        ModelParameters p = ModelParameters.resolve(WriteVerifySettings.DECLARATION, modelCard, rest, context,
                card.name());
        WriteVerifySettings settings = WriteVerifySettings.of(p, card.loc());
        if (arrayField == null) {
            throw new CardError(card.loc(), card.name() + ": array= is required: the .crossbar to program");
        }
        if (!(arrayField.value() instanceof Field.Word arrayName)) {
            throw new CardError(arrayField.value().loc(), card.name() + ": array= expects the name of a .crossbar");
        }
        Crossbar.Layout layout = context.crossbar(arrayName.lower());
        if (layout == null) {
            throw new CardError(arrayName.loc(), card.name() + ": no .crossbar named '" + arrayName.text()
                    + "' before this card (write the .crossbar first)");
        }
        if (!layout.oneT()) {
            throw new CardError(arrayName.loc(), card.name() + ": .crossbar " + arrayName.text() + " is a 1R array;"
                    + " the write-verify controller programs 1T1R arrays (cell=1T1R), selecting a cell by its row's"
                    + " select line");
        }
        if (targetsField == null) {
            throw new CardError(card.loc(), card.name() + ": targets= is required: a CSV of " + layout.rows() + " x "
                    + layout.cols() + " target conductances in S");
        }
        String where = card.name() + ": targets: ";
        double[][] targets = CsvMatrix.read(targetsField.value(), layout.rows(), layout.cols(), where);
        for (int i = 0; i < layout.rows(); i++) {
            for (int j = 0; j < layout.cols(); j++) {
                if (!(targets[i][j] > 0) || Double.isInfinite(targets[i][j])) {
                    throw new CardError(targetsField.value().loc(), where + "cell (" + i + ", " + j + ") has target "
                            + targets[i][j] + "; target conductances must be > 0 S");
                }
            }
        }
        int[] wl = new int[layout.rows()];
        int[] sl = new int[layout.rows()];
        int[] bl = new int[layout.cols()];
        for (int i = 0; i < wl.length; i++) {
            wl[i] = context.node(new Field.Word(layout.wordLine(i), card.loc()));
            sl[i] = context.node(new Field.Word(layout.selectLine(i), card.loc()));
        }
        for (int j = 0; j < bl.length; j++) {
            bl[j] = context.node(new Field.Word(layout.bitLine(j), card.loc()));
        }
        return new WriteVerify(name, layout.prefix().toLowerCase(Locale.ROOT), settings, targets, wl, sl, bl);
    }
}
