package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The progress line: its text, how often it reads the clock and draws (fed fake times), and terminal detection. */
class ProgressTest {
    @Test
    void theLineSaysWhereTheTransientIsAndHowFastItGoes() {
        assertEquals("tran 42.0%  t=4.2us of 10us  12345 steps, 67 rejected  2469 steps/s  elapsed 0:05  left ~0:07",
                ProgressLine.format("", 4.2e-6, 10e-6, 12345, 67, 5.0));
        assertEquals("step 3/10 r=2k: tran 100.0%  t=1ms of 1ms  10 steps, 0 rejected  1 steps/s  elapsed 0:10",
                ProgressLine.format("step 3/10 r=2k: ", 1e-3, 1e-3, 10, 0, 10.0));
        assertEquals("0s", ProgressLine.seconds(0));
        assertEquals("1.5s", ProgressLine.seconds(1.5));
        assertEquals("999ns", ProgressLine.seconds(999e-9));
        assertEquals("1us", ProgressLine.seconds(999.7e-9));
        assertEquals("1us", ProgressLine.seconds(1e-6));
        assertEquals("12.3fs", ProgressLine.seconds(12.34e-15));
        assertEquals("3600s", ProgressLine.seconds(3600));
        assertEquals("0:00", ProgressLine.duration(0.4));
        assertEquals("1:05", ProgressLine.duration(65));
        assertEquals("2:00:01", ProgressLine.duration(7201));
    }

    /** A clock the test moves, counting how often it is read. */
    private static final class FakeClock {
        long now;
        int reads;

        long read() {
            reads++;
            return now;
        }
    }

    @Test
    void drawsAfterHalfASecondAtMostFourTimesASecondAndReadsTheClockRarely() {
        StringWriter text = new StringWriter();
        FakeClock clock = new FakeClock();
        TerminalProgress p = new TerminalProgress(new PrintWriter(text), clock::read);
        int steps = 3_000_000; // 3 s at 1 us a step
        p.started(0, 3e-3);
        int drawsBeforeHalfASecond = -1;
        for (int k = 1; k <= steps; k++) {
            clock.now += 1_000;
            p.accepted(k * 1e-9, k, k / 100);
            if (clock.now == 499_000_000L) {
                drawsBeforeHalfASecond = count(text.toString(), '\r');
            }
        }
        String shown = text.toString();
        assertEquals(0, drawsBeforeHalfASecond, "nothing in the first half second");
        int draws = count(shown, '\r');
        // from 0.5 s to 3 s every 0.25 s: 11 draws (reads every ~50 ms land a little after each quarter second)
        assertTrue(draws >= 9 && draws <= 11, draws + " draws:\n" + shown);
        assertTrue(clock.reads < 200, "the clock is read every ~50 ms, not per point: " + clock.reads + " reads");
        String last = shown.substring(shown.lastIndexOf('\r') + 1);
        assertTrue(last.startsWith("tran ") && last.contains("steps/s") && last.contains(" rejected"), last);
        p.finished();
        String cleared = text.toString().substring(shown.length());
        assertTrue(cleared.matches("\r {" + maxLine(shown) + "}\r"), "the line is erased: '" + cleared + "'");
        p.finished();
        assertEquals(text.toString().length(), shown.length() + cleared.length(), "erased once");
    }

    @Test
    void aShortTransientPrintsNothing() {
        StringWriter text = new StringWriter();
        FakeClock clock = new FakeClock();
        TerminalProgress p = new TerminalProgress(new PrintWriter(text), clock::read);
        p.started(0, 1e-6);
        for (int k = 1; k <= 100_000; k++) {
            clock.now += 4_000; // 0.4 s in all
            p.accepted(k * 1e-11, k, 0);
        }
        p.finished();
        assertEquals("", text.toString());
    }

    @Test
    void aSlowTransientIsCheckedAtEveryPoint() {
        StringWriter text = new StringWriter();
        FakeClock clock = new FakeClock();
        TerminalProgress p = new TerminalProgress(new PrintWriter(text), clock::read);
        p.started(0, 1);
        for (int k = 1; k <= 20; k++) {
            clock.now += 200_000_000L; // 0.2 s a step (a large array)
            p.accepted(k * 0.05, k, 0);
        }
        // draws at 0.6, 0.8 (not: 0.2 s after the last draw), 1.0, 1.4, … every other point from 0.6 s
        int draws = count(text.toString(), '\r');
        assertTrue(draws >= 8 && draws <= 18, draws + " draws:\n" + text);
        assertTrue(clock.reads >= 20, "every point is checked when points are slow: " + clock.reads);
    }

    @Test
    void stderrIsATerminalOnlyWhenItReallyIs() {
        Function<Path, Optional<String>> pts = p -> Optional.of("/dev/pts/3");
        Function<Path, Optional<String>> pipe = p -> Optional.of("pipe:[123456]");
        Function<Path, Optional<String>> file = p -> Optional.of("/home/me/run.log");
        Function<Path, Optional<String>> noProc = p -> Optional.empty();
        assertTrue(Terminal.stderrIsTerminal(null, "xterm", pts, false));
        assertTrue(Terminal.stderrIsTerminal(null, "xterm", p -> Optional.of("/dev/tty1"), false));
        assertFalse(Terminal.stderrIsTerminal(null, "xterm", pipe, true), "a pipe, even with a console");
        assertFalse(Terminal.stderrIsTerminal(null, "xterm", file, true), "a log file, even with a console");
        assertTrue(Terminal.stderrIsTerminal(null, "xterm", noProc, true), "without /proc: the console");
        assertFalse(Terminal.stderrIsTerminal(null, "xterm", noProc, false));
        assertFalse(Terminal.stderrIsTerminal("false", "xterm", pts, true), "the launcher's [ -t 2 ] wins");
        assertTrue(Terminal.stderrIsTerminal("true", null, pipe, false), "the launcher's [ -t 2 ] wins");
        assertFalse(Terminal.stderrIsTerminal("true", "dumb", pts, true), "TERM=dumb does not redraw lines");
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static int maxLine(String shown) {
        int max = 0;
        for (String line : shown.split("\r")) {
            max = Math.max(max, line.length());
        }
        return max;
    }
}
