package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real process under a pseudo-terminal (util-linux {@code script}): progress appears when stderr is the
 * terminal, and not when stderr goes to a file while stdin and stdout stay on the terminal (where
 * {@code System.console()} alone would say "terminal").
 */
class ProgressTerminalTest {
    @TempDir
    Path dir;

    @Test
    void progressOnlyWhereStderrIsATerminal() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is needed for a pseudo-terminal");
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc is needed for the detection under test");
        // 800 000 fixed steps: about a second or more, longer than the half second before the first draw
        Path deck = dir.resolve("long.cir");
        Files.writeString(deck, "long rc\nV1 in 0 SIN(0 1 1meg)\nR1 in out 1k\nC1 out 0 1n\n.tran 1n 0.8m 0 1n\n.end\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String run = quote(java) + " -XX:TieredStopAtLevel=1 -cp " + quote(System.getProperty("java.class.path"))
                + " org.memspice.cli.Main run " + quote(deck.toString()) + " -o " + quote(dir.resolve("o.raw").toString());

        String onTerminal = underTerminal(run);
        assertTrue(onTerminal.contains("\rtran ") && onTerminal.contains("steps/s"), onTerminal);
        assertTrue(onTerminal.contains("memspice: long rc"), "the summary follows: " + onTerminal);

        Path log = dir.resolve("err.log");
        String redirected = underTerminal(run + " 2>" + quote(log.toString()));
        assertTrue(redirected.contains("memspice: long rc"), redirected);
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(err.contains("\r") || err.contains("steps/s"), "no progress in a log: '" + err + "'");
        assertFalse(redirected.contains("steps/s"), redirected);
    }

    /** Runs a shell command with stdin, stdout and stderr on a new pseudo-terminal; returns what it printed. */
    private String underTerminal(String command) throws Exception {
        Path out = Files.createTempFile(dir, "pty", ".out");
        Process p = new ProcessBuilder(List.of("/usr/bin/script", "-qec", command, "/dev/null"))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
