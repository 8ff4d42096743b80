package org.memspice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.memspice.analysis.SimulationException;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.regression.RegressionDeck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code memspice bless DECK…}: re-run regression decks and overwrite their goldens, saying what changed. */
@Command(name = "bless", mixinStandardHelpOptions = true,
        description = {"Re-run regression decks and overwrite their goldens (DECK.golden.raw, and "
                + "DECK.golden.measure with .meas cards), each atomically.",
            "Prints for each deck whether its golden is new, unchanged, or how it differs from the old one "
                    + "(compared with the deck's *COMP tolerances)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every golden written", "2:netlist error (file:line:col on stderr)",
                "3:simulation failure", "4:a golden could not be written"})
final class BlessCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DECK", description = "Regression decks to re-run.")
    List<Path> decks;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = Main.OK;
        for (Path deck : decks) {
            int code = bless(new RegressionDeck(deck), out, err);
            exit = Math.max(exit, code); // the most serious failure decides, the other decks are still blessed
        }
        out.flush();
        return exit;
    }

    private static int bless(RegressionDeck deck, PrintWriter out, PrintWriter err) {
        if (!Files.isRegularFile(deck.deck())) {
            err.println(deck.deck() + ": error: no such file");
            return Main.NETLIST_ERROR;
        }
        RegressionDeck.Blessed result;
        try {
            result = deck.bless();
        } catch (NoSuchFileException e) {
            err.println(deck.deck() + ": error: no such file");
            return Main.NETLIST_ERROR;
        } catch (NetlistException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.render());
            }
            err.println(deck.deck() + ": golden not written");
            return Main.NETLIST_ERROR;
        } catch (SimulationException e) {
            err.println(deck.deck() + ": simulation failed: " + e.getMessage() + "; golden not written");
            return Main.SIMULATION_FAILURE;
        } catch (IOException e) {
            err.println(deck.golden() + ": error: cannot write the golden: " + e.getMessage());
            return Main.OUTPUT_ERROR;
        }
        out.println(result.describe());
        if (result.before() != null && !result.before().pass()) {
            for (String line : result.before().text(false).split("\n")) {
                if (line.startsWith("  ") || line.startsWith("only in")) {
                    out.println("    " + line.strip());
                }
            }
        }
        return Main.OK;
    }
}
