package org.memspice.netlist.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memspice.netlist.parse.Netlists.error;
import static org.memspice.netlist.parse.Netlists.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement.DcCard;
import org.memspice.netlist.ast.Statement.IcCard;
import org.memspice.netlist.ast.Statement.ModelCard;
import org.memspice.netlist.ast.Statement.OpCard;
import org.memspice.netlist.ast.Statement.OptionsCard;
import org.memspice.netlist.ast.Statement.OutputCard;
import org.memspice.netlist.ast.Statement.OutputKind;
import org.memspice.netlist.ast.Statement.OutputRef;
import org.memspice.netlist.ast.Statement.TranCard;

/** Each dot command read into its statement, and its errors. */
class DotCardTest {

    private static String word(Field f) {
        return ((Field.Word) f).text();
    }

    private static SourceLocation at(int line, int column) {
        return new SourceLocation(Netlists.FILE, line, column);
    }

    private static void assertError(Diagnostic d, int line, int column, String messagePart) {
        assertEquals(at(line, column), d.location(), d.render());
        assertTrue(d.message().contains(messagePart), "message '" + d.message() + "' lacks '" + messagePart + "'");
    }

    // ---- .model

    @ParameterizedTest
    @ValueSource(strings = {".model dmod D (is=1e-14 n=1.5)", ".model dmod D is=1e-14 n=1.5",
            ".model dmod D(is=1e-14 n=1.5)", ".model dmod D(is=1e-14, n=1.5)", ".model dmod D\n+ (is=1e-14\n+ n=1.5)",
            ".model dmod D (is = 1e-14) n=1.5"})
    void modelInEveryForm(String line) {
        ModelCard m = only(ModelCard.class, line);
        assertEquals("dmod", m.name());
        assertEquals("D", m.type());
        assertEquals(List.of("is", "n"), m.params().stream().map(Field.Assign::lowerKey).toList());
        assertEquals("1.5", word(m.params().get(1).value()));
        assertEquals(at(2, 1), m.loc());
    }

    @Test
    void modelWithoutParameters() {
        ModelCard m = only(ModelCard.class, ".model sw1 SW");
        assertEquals("SW", m.type());
        assertTrue(m.params().isEmpty());
    }

    @Test
    void modelParameterThatIsNotAnAssignIsAnError() {
        assertError(error(".model m d (is=1 n 2)"), 2, 18, "expected name=value, found 'n'");
        assertError(error(".model m d is=1 v(a)=2"), 2, 17, "expected name=value");
    }

    @Test
    void modelWithoutNameOrType() {
        assertError(error(".model"), 2, 7, "expected .model NAME TYPE");
        assertError(error(".model m"), 2, 9, "expected a model type");
        assertError(error(".model {m} d"), 2, 8, "expected a model name");
    }

    // ---- .op

    @Test
    void op() {
        assertEquals(at(2, 1), only(OpCard.class, ".OP").loc());
        assertError(error(".op now"), 2, 5, ".op: expected nothing after .op");
    }

    // ---- .dc

    @Test
    void dcOneAndTwoSweeps() {
        DcCard one = only(DcCard.class, ".dc V1 0 5 0.1");
        assertEquals(1, one.sweeps().size());
        assertEquals("V1", one.sweeps().get(0).source());
        assertEquals("0.1", word(one.sweeps().get(0).step()));

        DcCard two = only(DcCard.class, ".dc v1 0 5 0.1 i2 0 1m {istep}");
        assertEquals(2, two.sweeps().size());
        assertEquals("i2", two.sweeps().get(1).source());
        assertEquals(at(2, 16), two.sweeps().get(1).loc());
        assertInstanceOf(Field.Expr.class, two.sweeps().get(1).step());
    }

    @Test
    void dcWithWrongFieldCount() {
        assertError(error(".dc v1 0 5"), 2, 11, ".dc: expected SRC start stop step [SRC2 start2 stop2 step2]");
        assertError(error(".dc v1 0 5 1 v2 0"), 2, 18, ".dc: expected SRC start stop step [SRC2");
        assertError(error(".dc v1 0 5 1 v2 0 1 1 extra"), 2, 23, "found 'extra'");
    }

    @Test
    void dcWithNonNumericValue() {
        assertError(error(".dc v1 0 five 1"), 2, 10, ".dc: stop must be a number, found 'five'");
        assertError(error(".dc (v1) 0 5 1"), 2, 5, "SRC must be a source name");
    }

    // ---- .tran

    @Test
    void tranAllForms() {
        TranCard t = only(TranCard.class, ".tran 1n 10n");
        assertEquals("1n", word(t.tstep()));
        assertEquals("10n", word(t.tstop()));
        assertNull(t.tstart());
        assertNull(t.tmax());
        assertFalse(t.uic());

        TranCard full = only(TranCard.class, ".tran 1n 10n 2n 0.5n UIC");
        assertEquals("2n", word(full.tstart()));
        assertEquals("0.5n", word(full.tmax()));
        assertTrue(full.uic());

        assertEquals("2n", word(only(TranCard.class, ".tran 1n 10n 2n").tstart()));
        assertTrue(only(TranCard.class, ".tran 1n 10n uic").uic());
        assertInstanceOf(Field.Expr.class, only(TranCard.class, ".tran {tstep} 10n").tstep());
    }

    @Test
    void tranErrorsSayWhatWasExpected() {
        String usage = ".tran: expected tstep tstop [tstart [tmax]] [uic]";
        assertError(error(".tran"), 2, 6, usage);
        assertError(error(".tran 1n"), 2, 9, usage + "; tstop is missing");
        assertError(error(".tran 1n 10n 0 1p 5"), 2, 19, usage);
        assertError(error(".tran 1n 10n uic 5"), 2, 18, "after uic");
        assertError(error(".tran 1n 10n uic uic"), 2, 18, "after uic");
        assertError(error(".tran 1n ten"), 2, 10, ".tran: tstop must be a number, found 'ten'");
        assertError(error(".tran 1n 10n step=1"), 2, 14, ".tran: tstart must be a number, found 'step=1'");
    }

    // ---- .ic

    @Test
    void icNodeValues() {
        IcCard ic = only(IcCard.class, ".ic v(a)=1 V(OUT) = -2.5 v(3)={vinit}");
        assertEquals(List.of("a", "out", "3"), ic.values().stream().map(v -> v.node()).toList());
        assertEquals("-2.5", word(ic.values().get(1).value()));
        assertInstanceOf(Field.Expr.class, ic.values().get(2).value());
        assertEquals(at(2, 12), ic.values().get(1).loc());
    }

    @Test
    void icAnythingElseIsAnError() {
        assertError(error(".ic a=1"), 2, 5, ".ic: expected v(node)=value, found 'a=1'");
        assertError(error(".ic v(a)=1 i(v1)=2"), 2, 12, ".ic: expected v(node)=value");
        assertError(error(".ic v(a,b)=1"), 2, 5, ".ic: expected v(node)=value");
        assertError(error(".ic v(a)"), 2, 5, ".ic: expected v(node)=value");
        assertError(error(".ic v(a)=x"), 2, 10, "must be a number");
        assertError(error(".ic"), 2, 4, ".ic: expected v(node)=value");
    }

    // ---- .options

    @ParameterizedTest
    @ValueSource(strings = {".options", ".option", ".opt", ".opts", ".OPTIONS"})
    void optionsSpellings(String head) {
        OptionsCard o = only(OptionsCard.class, head + " reltol=1e-4 gmin = 1e-12 noinit method=gear");
        assertEquals(List.of("reltol", "gmin", "noinit", "method"), o.options().stream().map(x -> x.name()).toList());
        assertEquals("1e-12", word(o.options().get(1).value()));
        assertNull(o.options().get(2).value());
        assertEquals("gear", word(o.options().get(3).value()));
    }

    @Test
    void optionsRejectCalls() {
        assertError(error(".options reltol=1e-4 f(1)"), 2, 22, ".options: expected name or name=value");
    }

    // ---- .print / .save

    @Test
    void printWithAnalysisAndRefs() {
        OutputCard p = only(OutputCard.class, ".print TRAN V(Out) v(a, b) i(V1) vm(x)");
        assertEquals(OutputKind.PRINT, p.kind());
        assertEquals("tran", p.analysis());
        assertEquals(List.of("v(out)", "v(a,b)", "i(v1)", "vm(x)"), p.refs().stream().map(OutputRef::display).toList());
        assertEquals(at(2, 13), p.refs().get(0).loc());
        assertNull(only(OutputCard.class, ".print v(a)").analysis());
        assertEquals("dc", only(OutputCard.class, ".print dc v(a)").analysis());
        assertEquals("op", only(OutputCard.class, ".print op v(a)").analysis());
    }

    @Test
    void saveAllAndRefs() {
        OutputCard s = only(OutputCard.class, ".save all v(a) i(l1)");
        assertEquals(OutputKind.SAVE, s.kind());
        assertNull(s.analysis());
        assertEquals(new OutputRef("all", List.of(), at(2, 7)), s.refs().get(0));
        assertEquals(List.of("all()", "v(a)", "i(l1)"), s.refs().stream().map(OutputRef::display).toList());
    }

    @Test
    void outputErrors() {
        assertError(error(".print tran"), 2, 12, ".print: expected [tran|dc|op] then outputs");
        assertError(error(".print tran out"), 2, 13, "found 'out'");
        assertError(error(".print all"), 2, 8, "found 'all'");
        assertError(error(".save v(a) 5"), 2, 12, ".save: expected outputs");
        assertError(error(".save v({x})"), 2, 9, "inside v(...)");
        assertError(error(".print v()"), 2, 8, ".print: expected");
    }

    // ---- unknown and not-yet-supported commands

    @Test
    void unknownDotCommandIsAWarning() {
        Netlist n = Netlists.parse("title", ".ac dec 10 1 1meg", ".four 1k v(out)", "R1 a b 1");
        assertEquals(1, n.statements().size());
        assertEquals(List.of("unsupported card .ac ignored", "unsupported card .four ignored"),
                n.warnings().stream().map(Diagnostic::message).toList());
        assertEquals(at(2, 1), n.warnings().get(0).location());
        assertEquals("test.cir:2:1: warning: unsupported card .ac ignored\n.ac dec 10 1 1meg\n^",
                n.warnings().get(0).renderWarning());
    }

    @Test
    void subcircuitDefinitionsNestWithPinsAndParameters() throws Exception {
        var n = org.memspice.netlist.parse.NetlistParser.parse("t\n.subckt Inv in out params: w=1u l={2*w}\n"
                + ".subckt inner a\nR1 a 0 1\n.ends\nR2 in out 1k\n.ends inv\n.global vdd gnd!\n", "test.cir");
        var sub = (org.memspice.netlist.ast.Statement.Subcircuit) n.statements().get(0);
        assertEquals("inv", sub.lowerName());
        assertEquals(List.of("in", "out"), sub.pins().stream().map(w -> w.text()).toList());
        assertEquals(List.of("w", "l"), sub.params().stream().map(a -> a.key()).toList());
        assertEquals(2, sub.body().size());
        assertEquals("inner", ((org.memspice.netlist.ast.Statement.Subcircuit) sub.body().get(0)).name());
        assertEquals(at(7, 1), sub.end());
        var global = (org.memspice.netlist.ast.Statement.GlobalCard) n.statements().get(1);
        assertEquals(List.of("vdd", "gnd!"), global.nodes().stream().map(w -> w.text()).toList());
        assertError(error(".subckt s a a"), 2, 13, ".subckt s: pin 'a' listed twice");
        assertError(error(".subckt s a b=1 c"), 2, 17, ".subckt: expected NAME pin… [params: name=value …]; found 'c'");
        assertError(error(".subckt s a\n.tran 1 2\n.ends"), 3, 1, "this card cannot be inside .subckt s");
        assertError(error(".global v(a)"), 2, 9, ".global: expected node names");
    }

    @Test
    void funcCardsInBothSpellings() {
        var f = Netlists.only(org.memspice.netlist.ast.Statement.FuncCard.class, ".func Hyp(a, B) {sqrt(a*a+b*b)}");
        assertEquals("hyp", f.name());
        assertEquals(List.of("a", "b"), f.parameters());
        assertEquals("sqrt(a*a+b*b)", f.body().text());
        var g = Netlists.only(org.memspice.netlist.ast.Statement.FuncCard.class, ".func g(x)={2*x}");
        assertEquals(List.of("x"), g.parameters());
        assertError(error(".func g(x) 2"), 2, 12, ".func: expected name(arg, ...) {expression}");
    }

    @Test
    void paramCardsHoldNameValueDefinitions() {
        var p = Netlists.only(org.memspice.netlist.ast.Statement.ParamCard.class, ".param rval={2*k} w = 1u");
        assertEquals(List.of("rval", "w"), p.definitions().stream().map(a -> a.key()).toList());
        assertError(error(".param 5"), 2, 8, ".param: expected name=value (a number or {expression})");
    }
}
