package org.memspice.netlist.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memspice.netlist.parse.Netlists.error;
import static org.memspice.netlist.parse.Netlists.errors;
import static org.memspice.netlist.parse.Netlists.errorsOf;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.SourceLocation;

/** Syntax errors: plain-words messages, exact positions, one per line, and the rest of the file still read. */
class SyntaxErrorTest {

    private static final Pattern ANTLR_WORDS = Pattern.compile("<EOF>|WORD|LPAREN|RPAREN|EQUALS|EXPR_TEXT|"
            + "mismatched|extraneous|no viable|token recognition|expecting");

    private static SourceLocation at(int line, int column) {
        return new SourceLocation(Netlists.FILE, line, column);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "R1 a b f(1 2          | 9  | unbalanced parenthesis: '(' is not closed on this line",
            "R1 a b f(1 g(2) 3     | 9  | unbalanced parenthesis: '(' is not closed on this line",
            "R1 a b f(1 g(2 3)     | 9  | unbalanced parenthesis: '(' is not closed on this line",
            "R1 a b 1k)            | 10 | unbalanced parenthesis: ')' has no matching '('",
            "R1 a b (c d           | 8  | unbalanced parenthesis: '(' is not closed on this line",
            "R1 a = = 1            | 8  | expected a value after '=', found '='",
            "R1 a {b} = 1          | 10 | stray '=': expected name=value",
            "R1 a b = 1k = 2       | 13 | stray '='",
            "R1 = a                | 4  | stray '='",
            "R1 a b x=             | 10 | missing value after '='",
            "R1 a b {x+1           | 8  | unterminated expression: '{' is not closed by '}' on this line",
            "R1 a b 'x+1           | 8  | unterminated expression: quote ' is not closed on this line",
            "R1 a b }              | 8  | unbalanced brace: '}' has no matching '{'",
            "R1 a b \"lib          | 8  | unterminated string",
            "R1 a b f(1,,2)        | 12 | expected a value after ','",
            "R1 a b f(1,)          | 12 | expected a value after ','",
            "R1 a b x==1           | 10 | expected a value after '=', found '='",
            "( a b                 | 1  | expected a card name (an element such as R1 or a command such as .tran)",
            "{x} a b               | 1  | expected a card name",
            "R1 a b 1k .end        | 11 | unexpected '.end'",
    })
    void messageAndPosition(String line, int column, String message) {
        Diagnostic d = error(line.strip());
        assertEquals(at(2, column), d.location(), d.render());
        assertTrue(d.message().startsWith(message), d.message());
        assertFalse(ANTLR_WORDS.matcher(d.message()).find(), "ANTLR jargon in: " + d.message());
        assertEquals(line.strip(), d.sourceLine());
    }

    @Test
    void errorIsReportedOnceForItsLineAndTheNextLinesAreStillRead() {
        List<Diagnostic> errors = errors(
                "R1 a b ( ( ) = = {",        // several problems: one message
                "R2 a b 1k",
                "R3 a b f(1",
                "R4 a b 1k",
                ".tran 1n");
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(List.of(2, 4, 6), errors.stream().map(d -> d.location().line()).toList());
        assertTrue(errors.get(2).message().startsWith(".tran:"), errors.get(2).message());
    }

    @Test
    void syntaxAndCardErrorsComeBackTogetherInFileOrder() {
        List<Diagnostic> errors = errors(".tran 1n", "R1 a b (", ".dc v1", "R2 a b )", ".subckt");
        assertEquals(List.of(2, 3, 4, 5, 6), errors.stream().map(d -> d.location().line()).toList());
    }

    @Test
    void errorOnAContinuationLineHasThatLinesPosition() {
        List<Diagnostic> errors = errors(
                "R1 a b",
                "* comment between",
                "",
                "+ 10k",
                "+    tc1=(1 2",
                "R2 a b 1");
        assertEquals(1, errors.size());
        assertEquals(at(6, 10), errors.get(0).location());
        assertEquals("+    tc1=(1 2", errors.get(0).sourceLine());
    }

    @Test
    void cardErrorOnAContinuationLinePointsAtTheField() {
        Diagnostic d = error(".tran 1n", "+ 10n", "+ zero");
        assertEquals(at(4, 3), d.location());
        assertEquals("+ zero", d.sourceLine());
    }

    @Test
    void positionsStayRightDeepInALongFile() {
        StringBuilder text = new StringBuilder("long file\n");
        for (int i = 1; i <= 5000; i++) {
            text.append("R").append(i).append(" n").append(i).append(" n").append(i + 1).append(" 1k\n");
            if (i % 7 == 0) {
                text.append("* comment\n+ tc1=0\n");
            }
        }
        text.append("\tC1 n1 0 1p ( \n");
        List<Diagnostic> errors = errorsOf(text.toString());
        int line = 1 + 5000 + 2 * (5000 / 7) + 1;
        assertEquals(List.of(at(line, 13)), errors.stream().map(Diagnostic::location).toList());
    }

    @Test
    void windowsLineEndingsDoNotShiftColumns() {
        List<Diagnostic> errors = errorsOf("title\r\nR1 a b 1k\r\n* c\r\n+ f(1 2\r\nR2 a b )\r\n");
        assertEquals(List.of(at(4, 4), at(5, 8)), errors.stream().map(Diagnostic::location).toList());
        assertEquals("+ f(1 2", errors.get(0).sourceLine());
    }

    @Test
    void continuationRightAfterTheTitleIsAnError() {
        List<Diagnostic> errors = errorsOf("title\n* c\n  + R1 a b 1\nR2 a b 1\n");
        assertEquals(1, errors.size());
        assertEquals(at(3, 3), errors.get(0).location());
        assertTrue(errors.get(0).message().contains("nothing to continue"), errors.get(0).message());
    }

    @Test
    void caretRendering() {
        Diagnostic d = error("R1 a b\n+\tf(1 2");
        // The tab is shown as one blank, so the caret stays under the '(' it points at.
        assertEquals("""
                test.cir:3:4: error: unbalanced parenthesis: '(' is not closed on this line
                + f(1 2
                   ^""", d.render());
    }

    @Test
    void errorsAreCappedWithANote() {
        StringBuilder text = new StringBuilder("title\n");
        for (int i = 0; i < 80; i++) {
            text.append("R").append(i).append(" a b )\n");
        }
        List<Diagnostic> errors = errorsOf(text.toString());
        assertEquals(Diagnostics.MAX_ERRORS + 1, errors.size());
        assertTrue(errors.get(Diagnostics.MAX_ERRORS).message().startsWith("too many errors (80)"),
                errors.get(Diagnostics.MAX_ERRORS).message());
        assertEquals(2 + Diagnostics.MAX_ERRORS - 1, errors.get(Diagnostics.MAX_ERRORS - 1).location().line());
    }

    @Test
    void exceptionMessageRendersEveryError() {
        List<Diagnostic> errors = errors("R1 a b (", "R2 a b )");
        String message = new org.memspice.netlist.NetlistException(errors).getMessage();
        assertTrue(message.contains("test.cir:2:8") && message.contains("test.cir:3:8"), message);
    }
}
