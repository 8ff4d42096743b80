package org.memspice.regression;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.memspice.compare.ComparisonReport;
import org.memspice.compare.Json;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.output.AtomicFileOutput;

/**
 * The regression suite: every deck under {@code netlists/regression/<area>/} is run in this JVM and compared with
 * its goldens (waveforms and {@code .meas} results of an earlier memspice run) within the deck's {@code *COMP}
 * tolerances; one dynamic test per deck, named by its path. {@code mvn test -Dgolden.update=true} re-blesses every
 * deck instead (as {@code memspice bless}), printing what changed. A JSON summary for CI (deck, pass, worst
 * signal, norm) goes to {@code target/regression-report.json}.
 */
class RegressionSuiteTest {
    static final Path DECKS = Path.of("netlists", "regression");
    static final Path REPORT = Path.of("target", "regression-report.json");
    private static final boolean UPDATE = "true".equalsIgnoreCase(System.getProperty("golden.update"));
    private static final List<Entry> ENTRIES = Collections.synchronizedList(new ArrayList<>());

    /** One deck's outcome for the JSON summary. */
    private record Entry(String deck, boolean pass, ComparisonReport report, String message, double seconds) {}

    static List<Path> decks() throws IOException {
        try (Stream<Path> s = Files.walk(DECKS)) {
            return s.filter(p -> p.toString().endsWith(".cir")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDeckMatchesItsGolden() throws IOException {
        List<Path> decks = decks();
        assertTrue(decks.size() >= 20, "expected at least 20 regression decks, found " + decks.size());
        return decks.stream().map(deck -> DynamicTest.dynamicTest(deck.toString(), () -> check(deck)));
    }

    private static void check(Path deck) throws Exception {
        RegressionDeck rd = new RegressionDeck(deck);
        long start = System.nanoTime();
        if (UPDATE) {
            System.out.println(rd.bless().describe());
            return;
        }
        ComparisonReport report;
        try {
            report = rd.check();
        } catch (NetlistException e) {
            String message = deck + ": netlist error\n" + e.diagnostics().stream().map(Diagnostic::render)
                    .collect(Collectors.joining("\n"));
            ENTRIES.add(new Entry(deck.toString(), false, null, message, seconds(start)));
            throw new AssertionError(message);
        } catch (Exception e) {
            String message = deck + ": " + e.getMessage();
            ENTRIES.add(new Entry(deck.toString(), false, null, message, seconds(start)));
            throw new AssertionError(message, e);
        }
        String message = deck + ": " + report.summary();
        ENTRIES.add(new Entry(deck.toString(), report.pass(), report, message, seconds(start)));
        if (!report.pass()) {
            String details = report.text(false); // its last line is the summary, already first in the message
            details = details.substring(0, details.lastIndexOf('\n', details.length() - 2) + 1);
            fail(message + "\n" + details + "(if the change is intended: ./memspice bless " + deck
                    + ", or mvn test -Dgolden.update=true)");
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) * 1e-9;
    }

    /**
     * The suite covers every device family, memristor model, converter, array cell and analysis: a deck that
     * exercises each must exist (so that removing or trimming decks cannot silently drop one).
     */
    @Test
    void decksCoverEveryDeviceAndAnalysis() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path deck : decks()) {
            for (String line : Files.readAllLines(deck)) {
                if (!line.startsWith("*")) {
                    all.append(line.toLowerCase(Locale.ROOT)).append('\n');
                }
            }
        }
        String text = all.toString();
        String[] required = {
            "^r\\S* ", "^c\\S* ", "^l\\S* ", "^v\\S* .*pulse\\(", "^v\\S* .*sin\\(", "^v\\S* .*pwl\\(",
            "^v\\S* .*exp\\(", "^i\\S* .*pulse\\(", "^i\\S* .*sin\\(", "^i\\S* .*pwl\\(", "^e\\S* ", "^f\\S* ",
            "^g\\S* ", "^h\\S* ", "^b\\S* .*v=", "^b\\S* .*i=", "^d\\S* ", "^m\\S* ", " nmos ", " pmos ",
            "^ymemristor .* agqd_lsmo", "^\\.model \\S+ ecm ", "^r\\S* \\S+ \\S+ agqd_lsmo_rs", "bto_ftj",
            "memristor level=2", "memristor level=3", " vteam ", " hp ", "^ydac ", "^yadc ", "^ytia ", "^ywv ",
            "cell=1r ", "cell=1t1r ", "^\\.op", "^\\.dc ", "^\\.tran ", "^\\.step ", "^\\.mc ", "^\\.meas tran ",
            "^\\.meas dc ", "uic", "^\\.ic |ic=",
        };
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            if (!Pattern.compile(r, Pattern.MULTILINE).matcher(text).find()) {
                missing.add(r);
            }
        }
        assertTrue(missing.isEmpty(), "no regression deck exercises " + missing);
    }

    /** The CI summary: one object per deck checked in this run. */
    @AfterAll
    static void writeJsonSummary() throws IOException {
        if (ENTRIES.isEmpty()) {
            return;
        }
        List<Entry> entries = new ArrayList<>(ENTRIES);
        entries.sort((a, b) -> a.deck().compareTo(b.deck()));
        Json j = new Json().begin();
        j.field("suite", DECKS.toString()).field("decks", entries.size())
                .field("failed", entries.stream().filter(e -> !e.pass()).count());
        j.key("results").beginArray();
        for (Entry e : entries) {
            j.begin().field("deck", e.deck()).field("pass", e.pass()).field("seconds", e.seconds());
            var worst = e.report() == null ? null : e.report().worst().orElse(null);
            if (worst != null) {
                j.field("worst_signal", worst.signal().refName()).field("plot", worst.plot().refIndex())
                        .field("norm", worst.signal().norm()).field("at", worst.signal().at())
                        .field("expected", worst.signal().refValue()).field("got", worst.signal().testValue());
            }
            j.field("message", e.message()).end();
        }
        j.endArray().end();
        Files.createDirectories(REPORT.getParent());
        try (AtomicFileOutput out = AtomicFileOutput.create(REPORT)) {
            ByteBuffer bytes = ByteBuffer.wrap((j + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.channel().write(bytes);
            }
            out.commit();
        }
    }
}
