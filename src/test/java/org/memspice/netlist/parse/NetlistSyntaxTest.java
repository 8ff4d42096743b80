package org.memspice.netlist.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memspice.netlist.parse.Netlists.cards;
import static org.memspice.netlist.parse.Netlists.only;
import static org.memspice.netlist.parse.Netlists.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;
import org.memspice.netlist.ast.Statement.ElementCard;

/** Lines, comments, continuations, and how items become fields. */
class NetlistSyntaxTest {

    /** The card's fields written back as text, so a test can compare a whole card at once. */
    private static String fieldsText(ElementCard card) {
        return card.fields().stream().map(CardReader::text).collect(Collectors.joining(" | "));
    }

    private static ElementCard element(String line) {
        return only(ElementCard.class, line);
    }

    private static List<String> names(List<Statement> statements) {
        return statements.stream().map(s -> ((ElementCard) s).name()).toList();
    }

    // ---- title

    @Test
    void firstLineIsTheTitleWhateverItHolds() {
        assertEquals("* not a comment (unbalanced 'quote", parse("* not a comment (unbalanced 'quote", "R1 a b 1")
                .title());
        assertEquals(".tran 1n 2n", parse(".tran 1n 2n", "R1 a b 1").title());
        Netlist endTitle = parse(".end", "R1 a b 1");
        assertEquals(".end", endTitle.title());
        assertEquals(List.of("R1"), names(endTitle.statements()));
    }

    @Test
    void emptyFirstLineGivesEmptyTitle() {
        Netlist n = parse("", "R1 a b 1");
        assertEquals("", n.title());
        assertEquals(List.of("R1"), names(n.statements()));
    }

    @Test
    void emptyFileAndTitleOnlyFileAreEmptyNetlists() throws NetlistException {
        assertEquals(0, NetlistParser.parse("", "x").statements().size());
        Netlist n = NetlistParser.parse("only a title", "x");
        assertEquals("only a title", n.title());
        assertTrue(n.statements().isEmpty());
    }

    // ---- comments

    @Test
    void starLinesAreCommentsEvenIndented() {
        List<Statement> s = cards("* comment R9 a b 1", "R1 a b 1", "   * indented comment", "\t* tab comment",
                "R2 a b 2");
        assertEquals(List.of("R1", "R2"), names(s));
    }

    @Test
    void inlineCommentsRunToEndOfLine() {
        assertEquals("a | b | 1k", fieldsText(element("R1 a b 1k ; semicolon comment (")));
        assertEquals("a | b | 1k", fieldsText(element("R1 a b 1k $ dollar comment {")));
        assertEquals("a | b | 1k", fieldsText(element("R1 a b 1k\t$\ttab after dollar")));
        assertEquals("a | b | 1k", fieldsText(element("R1 a b 1k // slash comment )")));
        assertEquals("a | b | 1k", fieldsText(element("R1 a b 1k;no blank needed")));
    }

    @Test
    void dollarWithoutBlankAndSingleSlashArePartOfWords() {
        assertEquals("net$1 | a/b | 1k", fieldsText(element("R1 net$1 a/b 1k")));
    }

    @Test
    void linesHoldingOnlyAnInlineCommentAreIgnored() {
        assertEquals(List.of("R1", "R2"), names(cards("R1 a b 1", "; comment", "$ comment", "// comment", "R2 a b 1")));
    }

    // ---- continuations

    @Test
    void plusLinesContinueTheCard() {
        ElementCard r = element("R1 a\n+ b\n+10k tc1=1");
        assertEquals("a | b | 10k | tc1=1", fieldsText(r));
    }

    @Test
    void continuationMayFollowCommentAndBlankLines() {
        ElementCard r = element("R1 a b\n* a comment\n\n   \n  ; inline-only comment\n+ 10k");
        assertEquals("a | b | 10k", fieldsText(r));
    }

    @Test
    void continuationMayFollowAnInlineComment() {
        assertEquals("a | b | 10k", fieldsText(element("R1 a b ; comment\n+ 10k")));
    }

    @Test
    void continuedItemsKeepTheirOwnLines() {
        ElementCard r = element("R1 a b\n* comment\n+    10k");
        assertEquals(new SourceLocation(Netlists.FILE, 4, 6), r.fields().get(2).loc());
    }

    @Test
    void continuationInsideParenthesesAndExpressions() {
        assertEquals("in | 0 | PULSE(0 1 0 1n)", fieldsText(element("V1 in 0 PULSE(0 1\n+ 0 1n)")));
        ElementCard b = element("B1 a 0 V={v(a) *\n+ 2}");
        Field.Expr e = (Field.Expr) ((Field.Assign) b.fields().get(2)).value();
        assertEquals("v(a) * 2", e.text());
    }

    // ---- line endings and blanks

    @Test
    void windowsLineEndingsTabsAndTrailingBlanks() throws NetlistException {
        Netlist n = NetlistParser.parse("title\r\n* c\r\nR1\ta\tb 10k  \t\r\n\r\n+ tc1=1 \r\nR2 a b 1\r\n", "w.cir");
        assertEquals("title", n.title());
        assertEquals(List.of("R1", "R2"), names(n.statements()));
        assertEquals("a | b | 10k | tc1=1", fieldsText((ElementCard) n.statements().get(0)));
        assertEquals("R1\ta\tb 10k  \t", n.source().line(n.statements().get(0).loc()));
    }

    @Test
    void missingFinalNewline() throws NetlistException {
        Netlist n = NetlistParser.parse("title\nR1 a b 1\nR2 a b 2", "x");
        assertEquals(List.of("R1", "R2"), names(n.statements()));
        assertEquals("a | b | 2", fieldsText((ElementCard) n.statements().get(1)));
        assertEquals(1, NetlistParser.parse("title\nR1 a b 1\n* last comment", "x").statements().size());
    }

    @Test
    void byteOrderMarkIsIgnored() throws NetlistException {
        assertEquals("title", NetlistParser.parse("\uFEFFtitle\nR1 a b 1\n", "x").title());
    }

    // ---- .end and .control

    @Test
    void linesAfterEndAreIgnoredEvenIfBroken() {
        Netlist n = parse("title", "R1 a b 1", ".END ; done", "R2 ( ( {", ".tran");
        assertEquals(List.of("R1"), names(n.statements()));
    }

    @Test
    void endsAndEndcAreNotEnd() {
        Netlist n = parse("title", "R1 a b 1", ".endc", "R2 a b 1");
        assertEquals(List.of("R1", "R2"), names(n.statements()));
        assertEquals("unsupported card .endc ignored", n.warnings().get(0).message());
    }

    @Test
    void controlBlockIsSkippedWithAWarning() {
        Netlist n = parse("title", "R1 a b 1", ".control", "run", "echo it's (odd", "let x = v(a)[3]", "  .endc",
                "R2 a b 1");
        assertEquals(List.of("R1", "R2"), names(n.statements()));
        assertEquals(1, n.warnings().size());
        assertTrue(n.warnings().get(0).message().contains(".control"), n.warnings().get(0).message());
        assertEquals(3, n.warnings().get(0).location().line());
    }

    @Test
    void controlBlockWithoutEndcSkipsTheRest() {
        Netlist n = parse("title", "R1 a b 1", ".control", "run", "R2 a b 1");
        assertEquals(List.of("R1"), names(n.statements()));
        assertTrue(n.warnings().get(0).message().contains("without .endc"), n.warnings().get(0).message());
    }

    // ---- case

    @Test
    void keywordsAreCaseInsensitiveAndTextKeepsItsCase() {
        List<Statement> s = cards(".TRAN 1N 10N UIC", ".Model DMOD D(IS=1e-14)", "R1 A B 1K");
        assertTrue(assertInstanceOf(Statement.TranCard.class, s.get(0)).uic());
        Statement.ModelCard m = assertInstanceOf(Statement.ModelCard.class, s.get(1));
        assertEquals("DMOD", m.name());
        assertEquals("is", m.params().get(0).lowerKey());
        ElementCard r = assertInstanceOf(ElementCard.class, s.get(2));
        Field.Word node = (Field.Word) r.fields().get(0);
        assertEquals("A", node.text());
        assertEquals("a", node.lower());
    }

    // ---- element cards keep their fields

    @Test
    void voltageSourceKeepsCallsAndKeywords() {
        ElementCard v = element("V1 in 0 DC 0 PULSE(0 1 0 1n 1n 5n 10n) AC 1");
        assertEquals("V1", v.name());
        assertEquals("in | 0 | DC | 0 | PULSE(0 1 0 1n 1n 5n 10n) | AC | 1", fieldsText(v));
        Field.Call pulse = assertInstanceOf(Field.Call.class, v.fields().get(4));
        assertEquals("pulse", pulse.lowerName());
        assertEquals(7, pulse.args().size());
        assertEquals(new SourceLocation(Netlists.FILE, 2, 14), pulse.loc());
        assertEquals(new SourceLocation(Netlists.FILE, 2, 20), pulse.args().get(0).loc());
    }

    @Test
    void controlledSourceIsPlainWords() {
        ElementCard e = element("E1 out 0 in 0 2");
        assertEquals("E1", e.name());
        assertEquals("out | 0 | in | 0 | 2", fieldsText(e));
        assertTrue(e.fields().stream().allMatch(f -> f instanceof Field.Word));
    }

    @Test
    void resistorKeepsItsAssign() {
        ElementCard r = element("R1 a b 10k tc1=0.001");
        Field.Assign tc1 = assertInstanceOf(Field.Assign.class, r.fields().get(3));
        assertEquals("tc1", tc1.key());
        assertNull(tc1.keyArgs());
        assertEquals("0.001", ((Field.Word) tc1.value()).text());
        assertEquals(new SourceLocation(Netlists.FILE, 2, 12), tc1.loc());
    }

    @Test
    void blanksAroundEqualsAreAllowed() {
        assertEquals("a | b | r=1k | tc1=2", fieldsText(element("R1 a b r = 1k tc1 =2")));
    }

    @Test
    void callArgumentsBySpacesOrCommas() {
        assertEquals("0 1 1k", argsText(element("V1 a 0 sin(0, 1, 1k)")));
        assertEquals("0 1 1k", argsText(element("V1 a 0 sin(0,1 ,1k)")));
        assertEquals("0 1 1k", argsText(element("V1 a 0 SIN (0 1 1k)")));   // a blank before '(' is allowed
        assertEquals("a b", argsText(element("X1 v(a,b)")));
    }

    private static String argsText(ElementCard card) {
        Field.Call call = (Field.Call) card.fields().get(card.fields().size() - 1);
        return call.args().stream().map(CardReader::text).collect(Collectors.joining(" "));
    }

    @Test
    void expressionsAreKeptAsText() {
        ElementCard r = element("R1 a b {2*rval + f(x, y)} tc1='t1/2'");
        Field.Expr braces = assertInstanceOf(Field.Expr.class, r.fields().get(2));
        assertEquals("2*rval + f(x, y)", braces.text());
        assertEquals(new SourceLocation(Netlists.FILE, 2, 8), braces.loc());
        Field.Expr quoted = assertInstanceOf(Field.Expr.class, ((Field.Assign) r.fields().get(3)).value());
        assertEquals("t1/2", quoted.text());
    }

    @Test
    void unnamedGroupsAndNesting() {
        // A name before '(' makes a call (blanks or not), so a group follows something else: here a call.
        ElementCard g = element("G1 a b(1) (c, d) f(g(1) (2 3))");
        assertInstanceOf(Field.Call.class, g.fields().get(1));
        Field.Group group = assertInstanceOf(Field.Group.class, g.fields().get(2));
        assertEquals(2, group.items().size());
        Field.Call f = assertInstanceOf(Field.Call.class, g.fields().get(3));
        assertInstanceOf(Field.Call.class, f.args().get(0));
        assertInstanceOf(Field.Group.class, f.args().get(1));
    }

    @Test
    void quotedStringIsAWordWithoutQuotes() {
        ElementCard x = element("X1 a \"file name.lib\"");
        assertEquals("file name.lib", ((Field.Word) x.fields().get(1)).text());
    }

    @Test
    void callOnTheLeftOfEqualsKeepsItsArguments() {
        ElementCard x = element("X1 v(a)=1 f()=2");
        Field.Assign va = assertInstanceOf(Field.Assign.class, x.fields().get(0));
        assertEquals("v", va.key());
        assertEquals(1, va.keyArgs().size());
        Field.Assign f = assertInstanceOf(Field.Assign.class, x.fields().get(1));
        assertTrue(f.hasKeyArgs());
        assertTrue(f.keyArgs().isEmpty());
    }

    @Test
    void elementLettersAreNotHardCoded() {
        List<Statement> s = cards("Q1 c b e qmod area=2", "M1 d g s b nmos w=1u l=1u", "Xinv in out inv",
                "A1 [a b] out amod", "Zfoo 1 2 3", "1bad a b");
        assertEquals(List.of("Q1", "M1", "Xinv", "A1", "Zfoo", "1bad"), names(s));
        assertEquals("[a | b] | out | amod", fieldsText((ElementCard) s.get(3)));
    }

    @Test
    void measureAndStepCardsParseWithoutErrors() {
        var cards = Netlists.cards(
                ".meas tran t1 trig v(a) val=0.5 rise=1 targ v(b) val=0.5 fall=1", ".step param r 1k 10k 1k");
        assertEquals(2, cards.size());
    }

    // ---- files

    @Test
    void readsAFileWithItsPathInLocations(@TempDir Path dir) throws IOException, NetlistException {
        Path file = dir.resolve("rc.cir");
        Files.write(file, "rc (Latin-1 comment: \u00b5F)\nR1 a b 1k\n".getBytes(StandardCharsets.ISO_8859_1));
        Netlist n = NetlistParser.parse(file);
        assertEquals(file.toString(), n.file());
        assertEquals(file.toString(), n.statements().get(0).loc().file());
        assertEquals("R1 a b 1k", n.source().line(n.statements().get(0).loc()));
    }
}
