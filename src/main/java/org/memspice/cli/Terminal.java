package org.memspice.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether standard error is a terminal, for {@code --progress=auto}. Java 17 has no isatty: {@code System.console()}
 * is null whenever stdin or stdout is redirected, and non-null when only stderr is. So, in order:
 * <ol>
 * <li>the system property {@code memspice.stderr.terminal=true|false}, which the {@code memspice} launcher sets
 *     from the shell's {@code [ -t 2 ]} (the real isatty);</li>
 * <li>on Linux, where {@code /proc/self/fd/2} points: a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN})
 *     or anything else (a pipe, a file, a socket);</li>
 * <li>elsewhere, {@code System.console() != null}: right for an interactive run, wrong when only stderr is
 *     redirected while stdin and stdout are not.</li>
 * </ol>
 * {@code TERM=dumb} (an editor's shell buffer, which does not interpret {@code \r}) counts as no terminal.
 */
final class Terminal {
    private Terminal() {}

    static boolean stderrIsTerminal() {
        return stderrIsTerminal(System.getProperty("memspice.stderr.terminal"), System.getenv("TERM"),
                Terminal::readLink, System.console() != null);
    }

    /** The decision from its inputs (tests feed them). */
    static boolean stderrIsTerminal(String property, String term, Function<Path, Optional<String>> readLink,
                                    boolean console) {
        if ("dumb".equals(term)) {
            return false;
        }
        if (property != null && !property.isBlank()) {
            return Boolean.parseBoolean(property.trim());
        }
        Optional<String> fd2 = readLink.apply(Path.of("/proc/self/fd/2"));
        if (fd2.isPresent()) {
            String target = fd2.get();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        }
        return console;
    }

    private static Optional<String> readLink(Path link) {
        try {
            return Optional.of(Files.readSymbolicLink(link).toString());
        } catch (Exception e) { // no /proc (macOS, Windows), or not allowed to read it
            return Optional.empty();
        }
    }
}
