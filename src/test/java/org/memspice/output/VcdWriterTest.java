package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VCD writer's file text, its handling of codes, merged ticks, non-transient plots and failed runs. */
class VcdWriterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private static PlotHeader tranHeader(Variable... vars) {
        List<Variable> all = new ArrayList<>();
        all.add(new Variable("time", VariableType.TIME));
        all.addAll(List.of(vars));
        return new PlotHeader("deck", "Transient Analysis", all);
    }

    private Path write(PlotHeader header, double[]... rows) throws IOException {
        Path target = dir.resolve("out.vcd");
        try (VcdWriter w = new VcdWriter(target, notices::add, CLOCK)) {
            w.beginPlot(header);
            for (double[] r : rows) {
                w.point(r);
            }
            w.endPlot();
            w.commit();
        }
        return target;
    }

    @Test
    void writesTheDumpThenOnlyChangesAndAlwaysTheLastTime() throws IOException {
        Path f = write(tranHeader(new Variable("v(x1.a)", VariableType.VOLTAGE),
                        new Variable("x(yc1)", VariableType.NOTYPE, 4), new Variable("i(v1)", VariableType.CURRENT)),
                new double[] {0, 0.5, 0, -1e-3},
                new double[] {1e-9, 0.5, 5, -1e-3},
                new double[] {2e-9, 0.5, 5, -1e-3},
                new double[] {3e-9, 0.25, 5, 1.0 / 3},
                new double[] {4e-9, 0.25, 5, 1.0 / 3});
        // steps of 1 ns → a unit of 1 ps (a thousand ticks per step)
        assertEquals("""
                $date Fri Jan  2 03:04:05 2026 $end
                $version memspice $end
                $comment deck / Transient Analysis $end
                $timescale 1 ps $end
                $scope module top $end
                $var wire 4 " x(yc1) [3:0] $end
                $var real 64 # i(v1) $end
                $scope module x1 $end
                $var real 64 ! v(a) $end
                $upscope $end
                $upscope $end
                $enddefinitions $end
                #0
                $dumpvars
                r5e-01 !
                b0 "
                r-1e-03 #
                $end
                #1000
                b101 "
                #3000
                r2.5e-01 !
                r3.333333333333333e-01 #
                #4000
                """, Files.readString(f));
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void codesAreRoundedAndValuesOutsideTheirWidthAreUnknownBits() throws IOException {
        Path f = write(tranHeader(new Variable("x(yc1)", VariableType.NOTYPE, 4)),
                new double[] {0, 2.9999999},
                new double[] {1, Double.NaN},
                new double[] {2, 15.4},
                new double[] {3, 16},
                new double[] {4, -1},
                new double[] {5, -0.2});
        String body = Files.readString(f).split("\\$enddefinitions \\$end\n")[1];
        // -1 at 4 s is x as at 3 s: no change, no time stamp
        assertEquals("#0\n$dumpvars\nb11 !\n$end\n#1000\nbx !\n#2000\nb1111 !\n#3000\nbx !\n#5000\nb0 !\n", body);
        assertTrue(Files.readString(f).contains("$timescale 1 ms $end"));
        assertArrayEquals(new double[] {3, X, 15, X, 0}, VcdReader.read(f).get(0).column("x(yc1)"));
    }

    private static final double X = Double.NaN;

    @Test
    void pointsWithinOneTickMergeKeepingTheLast() throws IOException {
        Path f = write(tranHeader(new Variable("v(a)", VariableType.VOLTAGE)),
                new double[] {0, 1},
                new double[] {0.3e-15, 2},
                new double[] {1e-15, 3},
                new double[] {1.2e-15, 4},
                new double[] {3e-15, 5});
        RawPlot p = VcdReader.read(f).get(0);
        assertArrayEquals(new double[] {0, 1e-15, 3e-15}, p.column("time"));
        assertArrayEquals(new double[] {2, 4, 5}, p.column("v(a)"));
        assertEquals(List.of(f + ": note: 2 time points not written: within one time unit (1 fs) of a later point,"
                + " and a tick keeps its last point"), notices);
    }

    @Test
    void aTransientThatDoesNotStartAtZeroDumpsAtItsFirstTime() throws IOException {
        Path f = write(tranHeader(new Variable("v(a)", VariableType.VOLTAGE)),
                new double[] {2e-9, 1}, new double[] {4e-9, 2});
        String body = Files.readString(f).split("\\$enddefinitions \\$end\n")[1];
        assertEquals("#2000\n$dumpvars\nr1e+00 !\n$end\n#4000\nr2e+00 !\n", body);
    }

    @Test
    void operatingPointAndDcPlotsAreSkippedWithAWarning() throws IOException {
        Path target = dir.resolve("out.vcd");
        try (VcdWriter w = new VcdWriter(target, notices::add, CLOCK)) {
            w.beginPlot(new PlotHeader("deck", "Operating Point", List.of(new Variable("v(a)", VariableType.VOLTAGE))));
            w.point(new double[] {1});
            w.endPlot();
            w.beginPlot(tranHeader(new Variable("v(a)", VariableType.VOLTAGE)));
            w.point(new double[] {0, 1});
            w.endPlot();
            w.beginPlot(new PlotHeader("deck", "DC transfer characteristic", List.of(
                    new Variable("v(v-sweep)", VariableType.VOLTAGE), new Variable("v(a)", VariableType.VOLTAGE))));
            w.point(new double[] {0, 1});
            w.endPlot();
            w.commit();
        }
        assertEquals(List.of(target + ": warning: a VCD file holds time-domain waveforms only; not written: 1 Operating"
                + " Point plot, 1 DC transfer characteristic plot (use --format raw or csv for them)"), notices);
        assertArrayEquals(new double[] {1}, VcdReader.read(target).get(0).column("v(a)"));
        assertEquals(List.of("out.vcd"), files());
    }

    @Test
    void aRunWithoutTransientFailsAtCommitAndLeavesTheOldFile() throws IOException {
        Path target = dir.resolve("out.vcd");
        Files.writeString(target, "old");
        try (VcdWriter w = new VcdWriter(target, notices::add, CLOCK)) {
            w.beginPlot(new PlotHeader("deck", "Operating Point", List.of(new Variable("v(a)", VariableType.VOLTAGE))));
            w.point(new double[] {1});
            w.endPlot();
            IOException e = assertThrows(IOException.class, w::commit);
            assertEquals("a VCD file holds transient (time-domain) waveforms and this run has none (only 1 Operating"
                    + " Point plot); use --format raw or csv", e.getMessage());
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("out.vcd"), files());
    }

    @Test
    void anUncommittedRunLeavesNoFilesAndKeepsTheOldOnes() throws IOException {
        Path target = dir.resolve("out.vcd");
        Files.writeString(target, "old");
        try (VcdWriter w = new VcdWriter(target, notices::add, CLOCK)) {
            for (int k = 0; k < 2; k++) {
                w.beginPlot(tranHeader(new Variable("v(a)", VariableType.VOLTAGE)));
                w.point(new double[] {0, 1});
                w.endPlot();
            }
            w.beginPlot(tranHeader(new Variable("v(a)", VariableType.VOLTAGE)));
            w.point(new double[] {0, 1}); // the run fails in the middle of its third plot
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("out.vcd"), files());
    }

    @Test
    void severalTransientPlotsGoToNumberedFiles() throws IOException {
        Path target = dir.resolve("out.vcd");
        try (VcdWriter w = new VcdWriter(target, notices::add, CLOCK)) {
            for (int k = 1; k <= 3; k++) {
                w.beginPlot(tranHeader(new Variable("v(a)", VariableType.VOLTAGE)));
                w.point(new double[] {0, k});
                w.endPlot();
            }
            w.commit();
        }
        assertEquals(List.of("out-2.vcd", "out-3.vcd", "out.vcd"), files());
        for (int k = 1; k <= 3; k++) {
            assertArrayEquals(new double[] {k}, VcdReader.read(CsvWriter.plotFile(target, k - 1)).get(0).column("v(a)"));
        }
        assertEquals(List.of(target + ": note: 3 transient plots, one VCD file each: out.vcd, out-2.vcd … out-3.vcd"),
                notices);
    }

    @Test
    void namesWithSpacesAreRefused() throws IOException {
        try (VcdWriter w = new VcdWriter(dir.resolve("out.vcd"), notices::add, CLOCK)) {
            assertThrows(IllegalArgumentException.class,
                    () -> w.beginPlot(tranHeader(new Variable("v(a b)", VariableType.VOLTAGE))));
        }
        assertFalse(Files.exists(dir.resolve("out.vcd")));
    }

    @Test
    void identifiersArePrintableAndDistinct() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < 94 * 94 + 200; k++) {
            String id = VcdWriter.identifier(k);
            assertTrue(id.chars().allMatch(c -> c >= 33 && c <= 126), id);
            assertTrue(seen.add(id), "duplicate " + id);
        }
        assertEquals("!", VcdWriter.identifier(0));
        assertEquals("~", VcdWriter.identifier(93));
        assertEquals(2, VcdWriter.identifier(94).length());
        assertEquals(3, VcdWriter.identifier(94 + 94 * 94).length());
    }

    private List<String> files() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
