package org.memspice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.memspice.array.Crossbar;
import org.memspice.circuit.Elaborator;
import org.memspice.device.CardFields;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;
import org.memspice.netlist.parse.NetlistParser;
import org.memspice.output.AtomicFileOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code memspice xbar NETLIST}: the same netlist with every {@code .crossbar} card replaced by the plain element
 * cards it stands for, for tools that have no such statement. The rest of the file is copied unchanged.
 */
@Command(name = "xbar", mixinStandardHelpOptions = true,
        description = "Write the netlist with every .crossbar expanded into plain element cards.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:netlist error (file:line:col on stderr)", "4:output could not be written"})
final class XbarCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NETLIST", description = "Netlist holding .crossbar cards.")
    Path netlistPath;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Flattened netlist (default: NETLIST's name with .flat.cir).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<Statement.CrossbarCard, Crossbar.Expansion> arrays;
        List<String> lines;
        try {
            Netlist netlist = NetlistParser.parse(netlistPath);
            arrays = Elaborator.crossbars(netlist);
            lines = Files.readAllLines(netlistPath, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println(netlistPath + ": error: no such file");
            return Main.NETLIST_ERROR;
        } catch (IOException e) {
            err.println(netlistPath + ": error: cannot read: " + e.getMessage());
            return Main.NETLIST_ERROR;
        } catch (NetlistException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.render());
            }
            err.println(e.diagnostics().size() + " error" + (e.diagnostics().size() == 1 ? "" : "s"));
            return Main.NETLIST_ERROR;
        }
        StringBuilder out = new StringBuilder();
        int next = 0; // the next line of the file to copy (0-based)
        for (Map.Entry<Statement.CrossbarCard, Crossbar.Expansion> a : arrays.entrySet()) {
            Statement.CrossbarCard card = a.getKey();
            if (!Path.of(card.loc().file()).equals(netlistPath)) {
                err.println(card.loc() + ": error: xbar expands .crossbar cards of the netlist itself, not of the"
                        + " files it includes; move the card into " + netlistPath);
                return Main.NETLIST_ERROR;
            }
            int first = card.loc().line() - 1;
            int last = first + 1; // continuation lines belong to the card
            while (last < lines.size() && lines.get(last).stripLeading().startsWith("+")) {
                last++;
            }
            for (; next < first; next++) {
                out.append(lines.get(next)).append('\n');
            }
            out.append("* ---- expanded by memspice xbar: ").append(a.getValue().rows()).append('x')
                    .append(a.getValue().cols()).append(" array ").append(card.name()).append('\n');
            for (; next < last; next++) {
                out.append("* ").append(lines.get(next)).append('\n');
            }
            for (Statement.ElementCard e : a.getValue().cards()) {
                out.append(e.name());
                e.fields().forEach(f -> out.append(' ').append(CardFields.text(f)));
                out.append('\n');
            }
            out.append("* ---- end of array ").append(card.name()).append('\n');
        }
        for (; next < lines.size(); next++) {
            out.append(lines.get(next)).append('\n');
        }
        Path target = output != null ? output : defaultOutput();
        try (AtomicFileOutput file = AtomicFileOutput.create(target)) {
            ByteBuffer bytes = ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                file.channel().write(bytes);
            }
            file.commit();
        } catch (IOException e) {
            err.println(target + ": error: cannot write: " + e.getMessage());
            return Main.OUTPUT_ERROR;
        }
        spec.commandLine().getOut().printf("memspice xbar: %d array%s expanded into %s%n", arrays.size(),
                arrays.size() == 1 ? "" : "s", target);
        return Main.OK;
    }

    private Path defaultOutput() {
        String name = netlistPath.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return netlistPath.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".flat.cir");
    }
}
