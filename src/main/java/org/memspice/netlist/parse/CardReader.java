package org.memspice.netlist.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement;
import org.memspice.netlist.ast.Statement.DcCard;
import org.memspice.netlist.ast.Statement.DcSweep;
import org.memspice.netlist.ast.Statement.ElementCard;
import org.memspice.netlist.ast.Statement.IcCard;
import org.memspice.netlist.ast.Statement.ModelCard;
import org.memspice.netlist.ast.Statement.NodeValue;
import org.memspice.netlist.ast.Statement.OpCard;
import org.memspice.netlist.ast.Statement.Option;
import org.memspice.netlist.ast.Statement.OptionsCard;
import org.memspice.netlist.ast.Statement.OutputCard;
import org.memspice.netlist.ast.Statement.OutputKind;
import org.memspice.netlist.ast.Statement.OutputRef;
import org.memspice.netlist.ast.Statement.TranCard;

/**
 * Reads generic cards into typed statements. Element cards pass through with their fields untouched: each device
 * family reads its own. Dot commands are checked here, so a malformed {@code .tran} is reported at the offending
 * field with what was expected.
 *
 * <p>Names keep their original case (SPICE is case-insensitive; consumers compare in lower case), except inside
 * {@code v(...)}/{@code i(...)} references, which are lower-cased like {@link OutputRef}.
 */
final class CardReader {

    /** Why a card cannot be read, and where; a card gives at most one such error. */
    static final class CardException extends Exception {
        private final SourceLocation location;

        CardException(SourceLocation location, String message) {
            super(message, null, false, false);
            this.location = location;
        }

        SourceLocation location() {
            return location;
        }
    }


    private static final Set<String> OPTIONS = Set.of(".options", ".option", ".opt", ".opts");
    private static final Set<String> PRINT_ANALYSES = Set.of("tran", "dc", "op");

    private static final List<String> TRAN_VALUES = List.of("tstep", "tstop", "tstart", "tmax");
    private static final String TRAN_USAGE = ".tran: expected tstep tstop [tstart [tmax]] [uic]";
    private static final String DC_USAGE = ".dc: expected SRC start stop step [SRC2 start2 stop2 step2]";
    private static final String IC_USAGE = ".ic: expected v(node)=value";

    private final Diagnostics diagnostics;

    CardReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The statement for {@code card}, or null if the card is ignored (a warning says so). */
    Statement read(Card card) throws CardException {
        if (!card.isDotCommand()) {
            return new ElementCard(card.head().text(), card.fields(), card.loc());
        }
        String keyword = card.keyword();
        if (OPTIONS.contains(keyword)) {
            return options(card);
        }
        switch (keyword) {
            case ".model":
                return model(card);
            case ".param":
                return param(card);
            case ".func":
                return func(card);
            case ".temp":
                if (card.fields().size() != 1 || card.fields().get(0) instanceof Field.Assign) {
                    throw new CardException(card.fields().isEmpty() ? card.loc() : card.fields().get(0).loc(),
                            ".temp: expected one temperature in degrees Celsius");
                }
                return new Statement.TempCard(card.fields().get(0), card.loc());
            case ".subckt":
                return subckt(card);
            case ".ends":
                return ends(card);
            case ".global":
                return global(card);
            case ".crossbar":
                return crossbar(card);
            case ".op":
                return op(card);
            case ".dc":
                return dc(card);
            case ".tran":
                return tran(card);
            case ".ic":
                return ic(card);
            case ".step":
                return StepCards.step(card);
            case ".mc":
                return StepCards.monteCarlo(card);
            case ".print":
                return output(card, OutputKind.PRINT);
            case ".save":
                return output(card, OutputKind.SAVE);
            case ".measure":
            case ".meas":
                return new MeasureCardReader(card).read();
            default:
                diagnostics.warning(card.loc(), "unsupported card " + card.head().text() + " ignored");
                return null;
        }
    }

    // ---- .model NAME TYPE (params) | NAME TYPE params | NAME TYPE(params)

    /** {@code .func f(a, b) {expr}} or {@code .func f(a, b)={expr}}. */
    private Statement.FuncCard func(Card card) throws CardException {
        String usage = ".func: expected name(arg, ...) {expression}";
        List<Field> f = card.fields();
        String name;
        List<Field> args;
        Field body;
        if (f.size() == 1 && f.get(0) instanceof Field.Assign a && a.hasKeyArgs()) {
            name = a.key();
            args = a.keyArgs();
            body = a.value();
        } else if (f.size() == 2 && f.get(0) instanceof Field.Call c) {
            name = c.name();
            args = c.args();
            body = f.get(1);
        } else {
            throw new CardException(f.isEmpty() ? card.loc() : f.get(0).loc(), usage);
        }
        if (!(body instanceof Field.Expr expr)) {
            throw new CardException(body.loc(), usage + "; the body must be in {} or ''");
        }
        List<String> parameters = new ArrayList<>();
        for (Field arg : args) {
            if (!(arg instanceof Field.Word w)) {
                throw new CardException(arg.loc(), usage + "; arguments are names");
            }
            parameters.add(w.lower());
        }
        return new Statement.FuncCard(name.toLowerCase(java.util.Locale.ROOT), parameters, expr, card.loc());
    }

    private Statement.ParamCard param(Card card) throws CardException {
        List<Field.Assign> definitions = new ArrayList<>();
        for (Field f : card.fields()) {
            if (!(f instanceof Field.Assign a) || a.hasKeyArgs()
                    || !(a.value() instanceof Field.Word || a.value() instanceof Field.Expr)) {
                throw new CardException(f.loc(), ".param: expected name=value (a number or {expression})");
            }
            definitions.add(a);
        }
        if (definitions.isEmpty()) {
            throw new CardException(card.loc(), ".param: expected name=value");
        }
        return new Statement.ParamCard(definitions, card.loc());
    }

    private ModelCard model(Card card) throws CardException {
        List<Field> fields = card.fields();
        if (fields.isEmpty()) {
            throw new CardException(card.end(), ".model: expected .model NAME TYPE (name=value ...)");
        }
        if (!(fields.get(0) instanceof Field.Word name)) {
            throw new CardException(fields.get(0).loc(), ".model: expected a model name, found '"
                    + text(fields.get(0)) + "'");
        }
        String where = ".model " + name.text();
        if (fields.size() < 2) {
            throw new CardException(card.end(), where + ": expected a model type such as D, NMOS or R");
        }
        Field second = fields.get(1);
        String type;
        List<Field> written = new ArrayList<>();
        if (second instanceof Field.Word w) {
            type = w.text();
        } else if (second instanceof Field.Call typeWithParams) {   // TYPE(params) or TYPE (params)
            type = typeWithParams.name();
            written.addAll(typeWithParams.args());
        } else {
            throw new CardException(second.loc(), where + ": expected a model type such as D, NMOS or R, found '"
                    + text(second) + "'");
        }
        for (Field f : fields.subList(2, fields.size())) {
            if (f instanceof Field.Group g) {
                written.addAll(g.items());
            } else {
                written.add(f);
            }
        }
        List<Field.Assign> params = new ArrayList<>();
        for (Field f : written) {
            if (!(f instanceof Field.Assign a) || a.hasKeyArgs()) {
                throw new CardException(f.loc(), where + ": expected name=value, found '" + text(f) + "'");
            }
            params.add(a);
        }
        return new ModelCard(name.text(), type, List.copyOf(params), card.loc());
    }

    // ---- .subckt NAME pins… [params:] name=value … / .ends [NAME] / .global nodes…

    private static final String SUBCKT_USAGE = ".subckt: expected NAME pin… [params: name=value …]";

    private Statement.SubcktStart subckt(Card card) throws CardException {
        List<Field> f = card.fields();
        if (f.isEmpty() || !(f.get(0) instanceof Field.Word name)) {
            throw new CardException(f.isEmpty() ? card.end() : f.get(0).loc(), SUBCKT_USAGE);
        }
        List<Field.Word> pins = new ArrayList<>();
        List<Field.Assign> params = new ArrayList<>();
        boolean inParams = false;
        for (Field field : f.subList(1, f.size())) {
            if (field instanceof Field.Word w && !inParams && isParamsKeyword(w)) {
                inParams = true;
            } else if (field instanceof Field.Word w && !inParams) {
                for (Field.Word seen : pins) {
                    if (seen.lower().equals(w.lower())) {
                        throw new CardException(w.loc(), ".subckt " + name.text() + ": pin '" + w.text()
                                + "' listed twice");
                    }
                }
                pins.add(w);
            } else if (field instanceof Field.Assign a && !a.hasKeyArgs()
                    && (a.value() instanceof Field.Word || a.value() instanceof Field.Expr)) {
                inParams = true;
                params.add(a);
            } else {
                throw new CardException(field.loc(), SUBCKT_USAGE + "; found '" + text(field) + "'"
                        + (inParams ? " among the parameters" : ""));
            }
        }
        return new Statement.SubcktStart(name.text(), List.copyOf(pins), List.copyOf(params), card.loc());
    }

    /** {@code params:} (ngspice, PSpice, LTspice) introduces the parameter defaults of a subcircuit or instance. */
    static boolean isParamsKeyword(Field.Word w) {
        return w.lower().equals("params:");
    }

    private Statement.SubcktEnd ends(Card card) throws CardException {
        List<Field> f = card.fields();
        if (f.size() > 1 || (f.size() == 1 && !(f.get(0) instanceof Field.Word))) {
            throw new CardException(f.get(f.size() > 1 ? 1 : 0).loc(), ".ends: expected at most the subcircuit name");
        }
        return new Statement.SubcktEnd(f.isEmpty() ? null : ((Field.Word) f.get(0)).text(), card.loc());
    }

    private Statement.GlobalCard global(Card card) throws CardException {
        List<Field.Word> nodes = new ArrayList<>();
        for (Field f : card.fields()) {
            if (!(f instanceof Field.Word w)) {
                throw new CardException(f.loc(), ".global: expected node names, found '" + text(f) + "'");
            }
            nodes.add(w);
        }
        if (nodes.isEmpty()) {
            throw new CardException(card.end(), ".global: expected node names");
        }
        return new Statement.GlobalCard(List.copyOf(nodes), card.loc());
    }

    // ---- .crossbar NAME key=value …

    private Statement.CrossbarCard crossbar(Card card) throws CardException {
        String usage = ".crossbar: expected NAME rows=N cols=M cell=1R|1T1R device=… [name=value …]";
        List<Field> f = card.fields();
        if (f.isEmpty() || !(f.get(0) instanceof Field.Word name)) {
            throw new CardException(f.isEmpty() ? card.end() : f.get(0).loc(), usage);
        }
        List<Field.Assign> params = new ArrayList<>();
        for (Field field : f.subList(1, f.size())) {
            if (!(field instanceof Field.Assign a) || a.hasKeyArgs()
                    || !(a.value() instanceof Field.Word || a.value() instanceof Field.Expr)) {
                throw new CardException(field.loc(), usage + "; found '" + text(field) + "'");
            }
            params.add(a);
        }
        return new Statement.CrossbarCard(name.text(), List.copyOf(params), card.loc());
    }

    // ---- .op

    private OpCard op(Card card) throws CardException {
        if (!card.fields().isEmpty()) {
            Field extra = card.fields().get(0);
            throw new CardException(extra.loc(), ".op: expected nothing after .op, found '" + text(extra) + "'");
        }
        return new OpCard(card.loc());
    }

    // ---- .dc SRC start stop step [SRC2 start2 stop2 step2]

    private DcCard dc(Card card) throws CardException {
        List<Field> f = card.fields();
        if (f.size() > 8) {
            throw new CardException(f.get(8).loc(), DC_USAGE + "; found '" + text(f.get(8)) + "' after the second sweep");
        }
        if (f.size() != 4 && f.size() != 8) {
            throw new CardException(card.end(), DC_USAGE + "; found " + f.size() + " field" + (f.size() == 1 ? "" : "s"));
        }
        List<DcSweep> sweeps = new ArrayList<>();
        for (int i = 0; i < f.size(); i += 4) {
            String suffix = i == 0 ? "" : "2";
            if (!(f.get(i) instanceof Field.Word source)) {
                throw new CardException(f.get(i).loc(), DC_USAGE + "; SRC" + suffix + " must be a source name, found '"
                        + text(f.get(i)) + "'");
            }
            sweeps.add(new DcSweep(source.text(),
                    value(f.get(i + 1), ".dc", "start" + suffix),
                    value(f.get(i + 2), ".dc", "stop" + suffix),
                    value(f.get(i + 3), ".dc", "step" + suffix),
                    source.loc()));
        }
        return new DcCard(List.copyOf(sweeps), card.loc());
    }

    // ---- .tran tstep tstop [tstart [tmax]] [uic]

    private TranCard tran(Card card) throws CardException {
        List<Field> values = new ArrayList<>();
        boolean uic = false;
        for (Field f : card.fields()) {
            if (f instanceof Field.Word w && w.lower().equals("uic") && !uic) {
                uic = true;
            } else if (uic || values.size() == TRAN_VALUES.size()) {
                throw new CardException(f.loc(), TRAN_USAGE + "; found '" + text(f) + "'"
                        + (uic ? " after uic" : " after tmax"));
            } else {
                values.add(value(f, ".tran", TRAN_VALUES.get(values.size())));
            }
        }
        if (values.size() < 2) {
            throw new CardException(card.end(), TRAN_USAGE + "; " + TRAN_VALUES.get(values.size()) + " is missing");
        }
        return new TranCard(values.get(0), values.get(1), values.size() > 2 ? values.get(2) : null,
                values.size() > 3 ? values.get(3) : null, uic, card.loc());
    }

    // ---- .ic v(node)=value ...

    private IcCard ic(Card card) throws CardException {
        if (card.fields().isEmpty()) {
            throw new CardException(card.end(), IC_USAGE);
        }
        List<NodeValue> values = new ArrayList<>();
        for (Field f : card.fields()) {
            if (!(f instanceof Field.Assign a) || !a.hasKeyArgs() || !a.lowerKey().equals("v")
                    || a.keyArgs().size() != 1 || !(a.keyArgs().get(0) instanceof Field.Word node)) {
                throw new CardException(f.loc(), IC_USAGE + ", found '" + text(f) + "'");
            }
            values.add(new NodeValue(node.lower(), value(a.value(), ".ic", "the value of v(" + node.text() + ")"),
                    a.loc()));
        }
        return new IcCard(List.copyOf(values), card.loc());
    }

    // ---- .options name[=value] ...

    private OptionsCard options(Card card) throws CardException {
        List<Option> options = new ArrayList<>();
        for (Field f : card.fields()) {
            if (f instanceof Field.Word flag) {
                options.add(new Option(flag.text(), null, flag.loc()));
            } else if (f instanceof Field.Assign a && !a.hasKeyArgs()
                    && (a.value() instanceof Field.Word || a.value() instanceof Field.Expr)) {
                options.add(new Option(a.key(), a.value(), a.loc()));
            } else {
                throw new CardException(f.loc(), card.head().text() + ": expected name or name=value, found '"
                        + text(f) + "'");
            }
        }
        return new OptionsCard(List.copyOf(options), card.loc());
    }

    // ---- .print [tran|dc|op] refs... / .save refs...

    private OutputCard output(Card card, OutputKind kind) throws CardException {
        List<Field> fields = card.fields();
        String analysis = null;
        int first = 0;
        if (kind == OutputKind.PRINT && !fields.isEmpty() && fields.get(0) instanceof Field.Word w
                && PRINT_ANALYSES.contains(w.lower())) {
            analysis = w.lower();
            first = 1;
        }
        String usage = kind == OutputKind.PRINT
                ? ".print: expected [tran|dc|op] then outputs such as v(node), v(n1,n2) or i(vsource)"
                : ".save: expected outputs such as v(node), v(n1,n2) or i(vsource), or all";
        if (first == fields.size()) {
            throw new CardException(card.end(), usage);
        }
        List<OutputRef> refs = new ArrayList<>();
        for (Field f : fields.subList(first, fields.size())) {
            refs.add(outputRef(f, kind, usage));
        }
        return new OutputCard(kind, analysis, List.copyOf(refs), card.loc());
    }

    private static OutputRef outputRef(Field f, OutputKind kind, String usage) throws CardException {
        if (kind == OutputKind.SAVE && f instanceof Field.Word w && w.lower().equals("all")) {
            return new OutputRef("all", List.of(), w.loc());
        }
        if (f instanceof Field.Word w && w.text().startsWith("@")) {
            // ngspice's device parameter, @r1[i] or @r.x1.r1[i]
            int open = w.text().indexOf('[');
            if (open < 2 || !w.text().endsWith("]") || open == w.text().length() - 2) {
                throw new CardException(f.loc(), usage + "; found '" + w.text() + "' (ngspice's form is @device[i])");
            }
            return new OutputRef("@", List.of(w.lower().substring(1, open),
                    w.lower().substring(open + 1, w.text().length() - 1)), w.loc());
        }
        if (!(f instanceof Field.Call call) || call.args().isEmpty()) {
            throw new CardException(f.loc(), usage + "; found '" + text(f) + "'");
        }
        List<String> args = new ArrayList<>();
        for (Field arg : call.args()) {
            if (!(arg instanceof Field.Word w)) {
                throw new CardException(arg.loc(), usage + "; found '" + text(arg) + "' inside " + call.name()
                        + "(...)");
            }
            args.add(w.lower());
        }
        return new OutputRef(call.lowerName(), List.copyOf(args), call.loc());
    }

    // ---- helpers

    /** A numeric field: a SPICE number, or an expression (evaluated later). */
    static Field value(Field f, String command, String what) throws CardException {
        if (f instanceof Field.Expr) {
            return f;
        }
        if (f instanceof Field.Word w && SpiceNumber.isNumber(w.text())) {
            return f;
        }
        throw new CardException(f.loc(), command + ": " + what + " must be a number, found '" + text(f) + "'");
    }

    /** A field as it would be written, for messages. */
    static String text(Field f) {
        if (f instanceof Field.Word w) {
            return w.text();
        } else if (f instanceof Field.Expr e) {
            return "{" + e.text() + "}";
        } else if (f instanceof Field.Assign a) {
            String key = a.hasKeyArgs() ? a.key() + "(" + join(a.keyArgs()) + ")" : a.key();
            return key + "=" + text(a.value());
        } else if (f instanceof Field.Call c) {
            return c.name() + "(" + join(c.args()) + ")";
        } else if (f instanceof Field.Group g) {
            return "(" + join(g.items()) + ")";
        }
        throw new IllegalArgumentException("unknown field " + f);
    }

    private static String join(List<Field> fields) {
        return fields.stream().map(CardReader::text).collect(Collectors.joining(" "));
    }
}
