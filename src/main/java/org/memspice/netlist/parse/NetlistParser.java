package org.memspice.netlist.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.SourceText;
import org.memspice.netlist.ast.Statement;
import org.memspice.netlist.parse.gen.SpiceLexer;
import org.memspice.netlist.parse.gen.SpiceParser;

/**
 * Reads a SPICE netlist into a {@link Netlist}: title, typed statements, warnings for ignored cards.
 *
 * <p>The lexer resolves comments and continuations and marks where logical lines begin; each logical line is then
 * parsed on its own. Errors are collected, not thrown one at a time: a syntax error spoils its own line only, the
 * rest of the file is still read, and every error found (up to {@value Diagnostics#MAX_ERRORS}, in file order)
 * comes back in one {@link NetlistException}, each with the line and column of the offending item in the original
 * file.
 */
public final class NetlistParser {
    private static final int LINES_PER_BATCH = 512;

    private final String fileName;
    private final Diagnostics diagnostics;
    private final SpiceParser parser;
    private final FieldBuilder fields;
    private final CardReader reader;
    private final List<Statement> statements = new ArrayList<>();
    private boolean lineHasError;
    /** Where {@code .include} paths are resolved: the directory of this file. */
    private final Path directory;
    /** The files (with the library section, if any) being read, outermost first, to refuse an include cycle. */
    private final List<String> includeChain;
    private final Map<String, List<String>> sourceLines;
    /** When read for {@code .lib FILE SECTION}: the section wanted (lower case), else null. */
    private final String wantedSection;
    /** The {@code .lib NAME} section being read, or null outside sections; and the sections seen. */
    private String currentSection;
    private final List<String> sectionsSeen = new ArrayList<>();

    private NetlistParser(String fileName, SourceText source, Path directory, List<String> includeChain,
                          Map<String, List<String>> sourceLines, String wantedSection) {
        this.fileName = fileName;
        this.wantedSection = wantedSection;
        this.directory = directory;
        this.includeChain = includeChain;
        this.sourceLines = sourceLines;
        this.diagnostics = new Diagnostics(source);
        this.parser = new SpiceParser(null);
        // the card grammar is SLL (no decision needs full context), so the faster prediction mode is exact here
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.removeErrorListeners();
        parser.setErrorHandler(new LineErrorStrategy(fileName, (at, message) -> {
            if (!lineHasError) {
                lineHasError = true;
                diagnostics.error(at, message);
            }
        }));
        this.fields = new FieldBuilder(fileName);
        this.reader = new CardReader(diagnostics);
    }

    /** Reads {@code file}; bytes that are not UTF-8 are replaced rather than refused (comments often hold Latin-1). */
    public static Netlist parse(Path file) throws IOException, NetlistException {
        return throwIfErrors(read(file));
    }

    /** Reads netlist {@code text}; {@code fileName} is used in source locations. */
    public static Netlist parse(String text, String fileName) throws NetlistException {
        return throwIfErrors(read(text, fileName));
    }

    /** Like {@link #parse(Path)}, but returns the lines that could be read along with the errors of the others. */
    public static Netlist read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Path directory = file.getParent() == null ? Path.of("") : file.getParent();
        return read(text, file.toString(), directory, List.of(file.toAbsolutePath().normalize().toString()),
                new ConcurrentHashMap<>(), false, null);
    }

    /** Like {@link #parse(String, String)}, but returns the readable lines along with the errors of the others. */
    public static Netlist read(String text, String fileName) {
        return read(text, fileName, Path.of(""), List.of(), new ConcurrentHashMap<>(), false, null);
    }

    /** Reads one file; an included file has no title line, so its first line is a card. */
    private static Netlist read(String text, String fileName, Path directory, List<String> includeChain,
                                Map<String, List<String>> sourceLines, boolean included, String wantedSection) {
        return read(text, fileName, directory, includeChain, sourceLines, included, wantedSection,
                new NetlistParser[1]);
    }

    private static Netlist read(String text, String fileName, Path directory, List<String> includeChain,
                                Map<String, List<String>> sourceLines, boolean included, String wantedSection,
                                NetlistParser[] parserOut) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        sourceLines.put(fileName, lines(text));
        SourceText source = new SourceText(sourceLines);
        parserOut[0] = new NetlistParser(fileName, source, directory, includeChain, sourceLines, wantedSection);
        return parserOut[0].read(included ? "\n" + text : text, source, included);
    }

    private static Netlist throwIfErrors(Netlist netlist) throws NetlistException {
        if (!netlist.errors().isEmpty()) {
            throw new NetlistException(netlist.errors());
        }
        return netlist;
    }

    private Netlist read(String text, SourceText source, boolean included) {
        SpiceLexer lexer = new SpiceLexer(CharStreams.fromString(text, fileName));
        if (included) {
            lexer.setLine(0); // the blank line put in place of a title is line 0: the file's own lines keep their numbers
        }
        lexer.removeErrorListeners();
        // Every lexer mode has a catch-all rule, so this only guards against a mistake in the grammar.
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                    String msg, RecognitionException e) {
                diagnostics.error(new SourceLocation(fileName, line, column + 1), "unreadable character");
            }
        });

        Token next = lexer.nextToken();
        String title = "";
        if (next.getType() == SpiceLexer.TITLE) {
            title = next.getText().strip();
            next = lexer.nextToken();
        }
        // This thread lexes while another parses the lines already lexed: on two cores a large netlist reads in
        // about the time of the slower half (a 128x128 crossbar: 0.51 s -> 0.35 s).
        BlockingQueue<List<List<Token>>> batches = new ArrayBlockingQueue<>(16);
        Throwable[] parserFailure = new Throwable[1];
        Thread parserThread = new Thread(() -> {
            try {
                boolean reading = true;
                for (List<List<Token>> batch = batches.take(); !batch.isEmpty(); batch = batches.take()) {
                    for (int k = 0; reading && k < batch.size(); k++) {
                        reading = readLine(batch.get(k));
                    }
                }
            } catch (Throwable t) {
                parserFailure[0] = t;
            }
        }, "netlist-parser");
        parserThread.setDaemon(true);
        parserThread.start();
        List<List<Token>> batch = new ArrayList<>(LINES_PER_BATCH);
        while (next.getType() != Token.EOF) {
            Token lineBreak = next;
            List<Token> line = new ArrayList<>();
            for (next = lexer.nextToken(); !isLineBreak(next); next = lexer.nextToken()) {
                line.add(next);
            }
            if (lineBreak.getType() == SpiceLexer.ORPHAN_CONTINUATION) {
                diagnostics.error(plusLocation(lineBreak),
                        "continuation line '+' has nothing to continue: the first line is the title");
            } else if (!line.isEmpty()) {
                batch.add(line);
                if (batch.size() == LINES_PER_BATCH) {
                    hand(batches, batch, parserThread);
                    batch = new ArrayList<>(LINES_PER_BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            hand(batches, batch, parserThread);
        }
        hand(batches, List.of(), parserThread);
        try {
            parserThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + fileName, e);
        }
        if (parserFailure[0] instanceof RuntimeException r) {
            throw r;
        } else if (parserFailure[0] instanceof Error e) {
            throw e;
        } else if (parserFailure[0] != null) {
            throw new IllegalStateException(parserFailure[0]);
        }
        List<Statement> read = included ? statements : SubcircuitNesting.nest(statements, diagnostics);
        return new Netlist(title, fileName, List.copyOf(read), diagnostics.warnings(), diagnostics.errors(), source);
    }

    /** Passes a batch of lexed lines to the parser thread (an empty batch ends it). */
    private void hand(BlockingQueue<List<List<Token>>> batches, List<List<Token>> batch, Thread parserThread) {
        try {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (!parserThread.isAlive()) {
                    return; // it failed; its failure is reported after the join
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + fileName, e);
        }
    }

    /** Parses and reads one logical line; false at {@code .end} (the lexer has already skipped what follows). */
    private boolean readLine(List<Token> tokens) {
        lineHasError = false;
        parser.setTokenStream(new CommonTokenStream(new ListTokenSource(tokens, fileName)));
        SpiceParser.CardContext card = parser.logicalLine().card();
        if (lineHasError || card == null) {
            return true;    // an error was reported; reading the line would only add follow-on errors
        }
        if (card instanceof SpiceParser.EndCardContext) {
            return false;
        }
        if (card instanceof SpiceParser.ControlBlockContext control) {
            diagnostics.warning(location(control.CONTROL().getSymbol()), control.ENDC() == null
                    ? ".control block without .endc: the rest of the file was skipped"
                    : ".control ... .endc block skipped: the control language is not supported");
            return true;
        }
        try {
            Card generic = fields.card((SpiceParser.GenericCardContext) card);
            if (generic.keyword().equals(".lib") || generic.keyword().equals(".endl")) {
                librarySection(generic);
                return true;
            }
            if (!readingThisSection()) {
                return true;
            }
            if (generic.keyword().equals(".include") || generic.keyword().equals(".inc")) {
                include(generic, null);
                return true;
            }
            Statement s = reader.read(generic);
            if (s != null) {
                statements.add(s);
            }
        } catch (CardReader.CardException e) {
            diagnostics.error(e.location(), e.getMessage());
        }
        return true;
    }

    /** A file name as written: bare, in double quotes, or in single quotes (which the grammar reads as an expression). */
    private static Field.Word asFileName(Field f) {
        if (f instanceof Field.Word w) {
            return w;
        }
        return f instanceof Field.Expr e ? new Field.Word(e.text(), e.loc()) : null;
    }

    /**
     * Whether lines here belong to the netlist: outside {@code .lib} sections when this file is read whole, inside
     * the wanted section when it is read for {@code .lib FILE SECTION}.
     */
    private boolean readingThisSection() {
        return wantedSection == null ? currentSection == null : wantedSection.equals(currentSection);
    }

    /** {@code .lib FILE SECTION} reads a section of a library; {@code .lib NAME} … {@code .endl} defines one. */
    private void librarySection(Card card) {
        List<Field> f = card.fields();
        if (card.keyword().equals(".endl")) {
            if (currentSection == null) {
                diagnostics.error(card.loc(), ".endl without a .lib section to end");
            }
            currentSection = null;
            return;
        }
        if (f.size() == 2 && asFileName(f.get(0)) != null && f.get(1) instanceof Field.Word section) {
            if (readingThisSection()) {
                include(new Card(card.head(), List.of(asFileName(f.get(0))), card.end()), section);
            }
        } else if (f.size() == 1 && f.get(0) instanceof Field.Word section) {
            if (currentSection != null) {
                diagnostics.error(card.loc(), ".lib " + section.text() + ": section '" + currentSection
                        + "' is not ended (.endl)");
            }
            currentSection = section.lower();
            sectionsSeen.add(currentSection);
        } else {
            diagnostics.error(card.loc(), ".lib: expected FILE SECTION (read a section) or SECTION (define one)");
        }
    }

    /**
     * Reads an included file (or the {@code section} of a library) in place of its line: its statements, errors
     * and warnings.
     */
    private void include(Card card, Field.Word section) {
        Field.Word name = card.fields().size() == 1 ? asFileName(card.fields().get(0)) : null;
        if (name == null) {
            diagnostics.error(card.loc(), card.head().text() + ": expected one file name");
            return;
        }
        Path target = directory.resolve(name.text()).normalize();
        String key = target.toAbsolutePath().normalize() + (section == null ? "" : " " + section.lower());
        if (includeChain.contains(key)) {
            List<String> chain = new ArrayList<>();
            includeChain.subList(includeChain.indexOf(key), includeChain.size())
                    .forEach(k -> chain.add(Path.of(k).getFileName().toString()));
            chain.add(Path.of(key).getFileName().toString());
            diagnostics.error(name.loc(), "include cycle: " + String.join(" -> ", chain));
            return;
        }
        String text;
        try {
            text = new String(Files.readAllBytes(target), StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.error(name.loc(), card.head().text() + ": cannot read '" + target + "'"
                    + (Files.exists(target) ? ": " + e.getMessage() : ": no such file"));
            return;
        }
        List<String> chain = new ArrayList<>(includeChain);
        chain.add(key);
        Path innerDirectory = target.getParent() == null ? Path.of("") : target.getParent();
        NetlistParser[] reader = new NetlistParser[1];
        Netlist inner = read(text, target.toString(), innerDirectory, chain, sourceLines, true,
                section == null ? null : section.lower(), reader);
        statements.addAll(inner.statements());
        diagnostics.addAll(inner.errors(), inner.warnings());
        if (section != null && !reader[0].sectionsSeen.contains(section.lower())) {
            diagnostics.error(section.loc(), ".lib: no section '" + section.text() + "' in " + target
                    + (reader[0].sectionsSeen.isEmpty() ? "" : " (sections: "
                    + String.join(", ", reader[0].sectionsSeen) + ")"));
        }
    }

    private static boolean isLineBreak(Token t) {
        int type = t.getType();
        return type == SpiceLexer.EOL || type == SpiceLexer.ORPHAN_CONTINUATION || type == Token.EOF;
    }

    /** The physical lines, without line terminators, for quoting in diagnostics. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }

    private SourceLocation location(Token t) {
        return new SourceLocation(fileName, t.getLine(), t.getCharPositionInLine() + 1);
    }

    /** An orphan continuation token spans from the title's line break to the '+': locate the '+'. */
    private SourceLocation plusLocation(Token t) {
        String text = t.getText();
        int lastBreak = text.lastIndexOf('\n');
        int breaks = (int) text.chars().filter(c -> c == '\n').count();
        return new SourceLocation(fileName, t.getLine() + breaks, text.length() - lastBreak - 1);
    }
}
