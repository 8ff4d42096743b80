package org.memspice.netlist.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;

/** {@code .include}: relative to the including file, spliced in place, errors located in the file they are in. */
class IncludeTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void nestedIncludesResolveRelativeToTheirOwnFile() throws Exception {
        write("common.inc", "* shared parts\nRshared x 0 1k\n");
        write("sub/lib.inc", "Rlib a x 2k\n.include ../common.inc\n");
        Path main = write("main.cir", "top\nV1 a 0 1\n.include \"sub/lib.inc\"\nR9 a 0 9\n.op\n.end\n");
        Netlist n = NetlistParser.read(main);
        assertTrue(n.errors().isEmpty(), n.errors().toString());
        List<String> names = n.statements().stream().filter(s -> s instanceof Statement.ElementCard)
                .map(s -> ((Statement.ElementCard) s).name()).toList();
        assertEquals(List.of("V1", "Rlib", "Rshared", "R9"), names, "included cards stand where the .include was");
        Statement.ElementCard shared = (Statement.ElementCard) n.statements().get(2);
        assertTrue(shared.loc().file().endsWith("common.inc") && shared.loc().line() == 2, shared.loc().toString());
    }

    @Test
    void errorsNameTheIncludedFileAndLine() throws Exception {
        write("bad.inc", "R1 a b 1k\nR2 a b (\n");
        Path main = write("main.cir", "top\n.include bad.inc\n.include missing.inc\n.end\n");
        List<Diagnostic> errors = NetlistParser.read(main).errors();
        assertEquals(2, errors.size(), errors.toString());
        Diagnostic inInclude = errors.stream().filter(d -> d.location().file().endsWith("bad.inc")).findFirst()
                .orElseThrow();
        assertEquals(2, inInclude.location().line());
        assertEquals("R2 a b (", inInclude.sourceLine());
        Diagnostic missing = errors.stream().filter(d -> d.message().contains("missing.inc")).findFirst().orElseThrow();
        assertTrue(missing.location().file().endsWith("main.cir") && missing.location().line() == 3,
                missing.render());
        assertTrue(missing.message().contains("no such file"), missing.message());
    }

    @Test
    void anIncludeCycleIsRefusedAtTheIncludingLine() throws Exception {
        write("a.inc", "Ra x 0 1\n.include b.inc\n");
        write("b.inc", "Rb x 0 1\n.include a.inc\n");
        Path main = write("main.cir", "top\n.include a.inc\n.end\n");
        List<Diagnostic> errors = NetlistParser.read(main).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("include cycle: a.inc -> b.inc -> a.inc", errors.get(0).message());
        assertTrue(errors.get(0).location().file().endsWith("b.inc"), errors.get(0).render());
    }

    @Test
    void libReadsOnlyTheNamedSectionAndSectionsMayCallEachOther() throws Exception {
        write("models.lib", """
                * corner library
                .lib base
                Rbase b 0 1k
                .endl base
                .lib tt
                Rtt t 0 1k
                .lib 'models.lib' base
                .endl
                .lib ff
                Rff f 0 1k
                .endl
                """);
        Path main = write("main.cir", "top\nV1 b 0 1\n.lib models.lib TT\n.lib local\nRlocal x 0 1\n.endl\n.op\n.end\n");
        Netlist n = NetlistParser.read(main);
        assertTrue(n.errors().isEmpty(), n.errors().toString());
        List<String> names = n.statements().stream().filter(s -> s instanceof Statement.ElementCard)
                .map(s -> ((Statement.ElementCard) s).name()).toList();
        assertEquals(List.of("V1", "Rtt", "Rbase"), names, "only section tt (which calls base); local sections unused");
    }

    @Test
    void aMissingLibrarySectionIsReportedWithTheSectionsThereAre() throws Exception {
        write("models.lib", ".lib tt\nR1 a 0 1\n.endl\n.lib ss\nR2 a 0 1\n.endl\n");
        Path main = write("main.cir", "top\n.lib models.lib fast\n.end\n");
        List<Diagnostic> errors = NetlistParser.read(main).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("no section 'fast'") && errors.get(0).message().contains("tt, ss"),
                errors.get(0).message());
        assertEquals(2, errors.get(0).location().line());
    }
}
