package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VCD reader on hand-written dumps in the styles of fst2vcd and Icarus Verilog, and on broken ones. */
class VcdReaderTest {
    private static final double X = Double.NaN;

    @TempDir
    Path dir;

    private static RawPlot read(String vcd) throws IOException {
        List<RawPlot> plots = VcdReader.read(new StringReader(vcd), "snippet.vcd");
        assertEquals(1, plots.size());
        return plots.get(0);
    }

    /** What GTKWave's fst2vcd prints for a memspice file: sections over several lines, full-width buses. */
    @Test
    void readsFst2vcdOutputBackToMemspiceNames() throws IOException {
        RawPlot p = read("""
                $date
                \tMon Nov 23 01:57:18 2026

                $end
                $version
                \tfstWriter
                $end
                $timescale
                \t1fs
                $end
                $scope module top $end
                $var real 64 ! v(in) $end
                $var wire 8 " x(ya0) [7:0] $end
                $scope module x1 $end
                $var real 64 # v(n3) $end
                $var real 64 $ i(v.vs) $end
                $scope module x2 $end
                $var real 64 % x(y.ym1,u1) $end
                $upscope $end
                $upscope $end
                $upscope $end
                $enddefinitions $end
                #0
                $dumpvars
                r-1.234567890123457e-05 $
                r0.1 #
                b00000000 "
                r0 !
                r0.5 %
                $end
                #1000
                r0.7071067811865476 !
                b00000101 "
                r0.3333333333333333 #
                #2000
                bxxxxxxxx "
                r1e-300 $
                #5000
                """);
        assertEquals(List.of("time", "v(in)", "x(ya0)", "v(x1.n3)", "i(v.x1.vs)", "x(y.x1.x2.ym1,u1)"),
                p.variables().stream().map(Variable::name).toList());
        assertEquals(List.of(VariableType.TIME, VariableType.VOLTAGE, VariableType.NOTYPE, VariableType.VOLTAGE,
                VariableType.CURRENT, VariableType.NOTYPE), p.variables().stream().map(Variable::type).toList());
        assertEquals(8, p.variables().get(2).bits());
        assertEquals(0, p.variables().get(1).bits());
        assertEquals("Mon Nov 23 01:57:18 2026", p.date());
        assertArrayEquals(new double[] {0, 1e-12, 2e-12, 5e-12}, p.column("time"));
        assertArrayEquals(new double[] {0, 0.7071067811865476, 0.7071067811865476, 0.7071067811865476},
                p.column("v(in)"));
        assertArrayEquals(new double[] {0, 5, X, X}, p.column("x(ya0)"));
        assertArrayEquals(new double[] {-1.234567890123457e-05, -1.234567890123457e-05, 1e-300, 1e-300},
                p.column("i(v.x1.vs)"));
    }

    /** Icarus Verilog style: scalars, integers, an alias id, x/z, $dumpoff/$dumpon, comments and odd spacing. */
    @Test
    void readsALogicSimulatorsDump() throws IOException {
        RawPlot p = read("""
                $date
                \tMon Nov 23 2026
                $end
                $version Icarus Verilog $end
                $comment a test bench $end
                $timescale 10ps $end
                $scope module tb $end
                $var wire 1 ! clk $end
                $var reg 4 " count [3:0] $end
                $var integer 32 # i $end
                $scope module dut $end
                $var\twire
                  1 ! clk $end
                $var wire 4 % q [3:0] $end
                $var wire 1 & d [2] $end
                $upscope $end
                $upscope $end
                $enddefinitions $end
                #0
                $dumpvars
                0!
                bx "
                b0 #
                bz %
                1&
                $end
                #5
                1! b1 "
                \t#10
                0!
                $dumpoff
                x!
                bx "
                $end
                #20
                $dumpon
                1!
                B1010\t"
                $end
                #25 $comment a glitch
                on count $end
                b1x "
                b11111111111111111111111111111111 #
                """);
        assertEquals(List.of("time", "tb.clk", "tb.count", "tb.i", "tb.dut.clk", "tb.dut.q", "tb.dut.d[2]"),
                p.variables().stream().map(Variable::name).toList());
        assertEquals(List.of(0, 1, 4, 32, 1, 4, 1), p.variables().stream().map(Variable::bits).toList());
        assertEquals("a test bench", p.title());
        assertArrayEquals(new double[] {0, 50e-12, 100e-12, 200e-12, 250e-12}, p.column("time"));
        assertArrayEquals(new double[] {0, 1, X, 1, 1}, p.column("tb.clk"));
        assertArrayEquals(p.column("tb.clk"), p.column("tb.dut.clk")); // one identifier, two declarations
        assertArrayEquals(new double[] {X, 1, X, 10, X}, p.column("tb.count"));
        assertArrayEquals(new double[] {0, 0, 0, 0, 4294967295.0}, p.column("tb.i"));
        assertArrayEquals(new double[] {X, X, X, X, X}, p.column("tb.dut.q"));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1}, p.column("tb.dut.d[2]"));
    }

    @Test
    void valuesBeforeTheFirstTimeStampAndWideBusesAndSkippedSections() throws IOException {
        RawPlot p = read("""
                $timescale 100 ms $end
                $attrbegin misc 07 gtkwave 0 $end
                $scope module top $end
                $var real 64 a v(a) $end
                $var wire 70 b wide [69:0] $end
                $var string 1 s label $end
                $upscope $end
                $enddefinitions $end
                $dumpvars r1.5 a b1 b sidle s $end
                #0
                #3
                rnan a
                b1""" + "0".repeat(69) + """
                 b
                #4
                r-inf a
                """);
        assertEquals(List.of("time", "v(a)", "top.wide"), p.variables().stream().map(Variable::name).toList());
        assertArrayEquals(new double[] {0, 0.3, 0.4}, p.column("time"));
        assertArrayEquals(new double[] {1.5, X, Double.NEGATIVE_INFINITY}, p.column("v(a)"));
        assertArrayEquals(new double[] {1, Math.scalb(1.0, 69), Math.scalb(1.0, 69)}, p.column("top.wide"));
    }

    @Test
    void readsAFileAndNamesItInErrors() throws IOException {
        Path f = dir.resolve("bad.vcd");
        Files.writeString(f, "$timescale 1 ns $end\n$enddefinitions $end\n#0\n1!\n");
        IOException e = assertThrows(IOException.class, () -> VcdReader.read(f));
        assertEquals(f + ":4: value for identifier '!', which no $var declares", e.getMessage());
    }

    @Test
    void malformedInputIsReportedWithItsLine() {
        String head = "$timescale 1 ns $end\n$scope module top $end\n$var real 64 ! v(a) $end\n$upscope $end\n"
                + "$enddefinitions $end\n";
        expectError(head + "#10\nr1 !\n#5\n", 8, "time goes back from 10 to 5");
        expectError(head + "#0\nb102 !\n", 7, "expected 0, 1, x or z in vector value 'b102'");
        expectError(head + "#0\nrfoo !\n", 7, "expected a real number after 'r', got 'rfoo'");
        expectError(head + "#1.5\n", 6, "expected a time #n with n a whole number of time units, got '#1.5'");
        expectError(head + "#-3\n", 6, "expected a time #n");
        expectError(head + "#0\nhello\n", 7, "expected a time (#n), a value change (0!, b101 !, r0.5 !) or a $keyword,"
                + " got 'hello'");
        expectError(head + "#0\n$dumpvars\nr1 !\n", 7, "end of file inside $dumpvars: missing $end");
        expectError(head + "#0\n$end\n", 7, "$end without a $dumpvars");
        expectError(head + "#0\nr1\n", 7, "end of file after 'r1': expected an identifier");
        expectError(head + "#0\n$scope module late $end\n", 7, "unexpected $scope after $enddefinitions");
        expectError("$comment never\nends\n", 1, "no $end for $comment");
        expectError("$timescale 1 ns $end\n", 2, "end of file before $enddefinitions");
        expectError("$timescale 3 ns $end\n", 1, "expected $timescale 1|10|100 s|ms|us|ns|ps|fs $end, got '3 ns'");
        expectError("$timescale 1 ns $end\n$upscope $end\n", 2, "$upscope without an open $scope");
        expectError("$scope module top $end\n$var real ! v(a) $end\n", 2, "expected $var TYPE SIZE ID NAME [RANGE] $end");
        expectError("$scope module top $end\n$var wire 0 ! a $end\n", 2, "expected a positive size in $var, got '0'");
        expectError("$scope module top $end\n$enddefinitions $end\n", 2, "$enddefinitions inside $scope top");
        expectError("garbage\n", 1, "expected a declaration");
    }

    private static void expectError(String vcd, int line, String message) {
        IOException e = assertThrows(IOException.class, () -> read(vcd), message);
        assertTrue(e.getMessage().startsWith("snippet.vcd:" + line + ": " + message),
                "expected 'snippet.vcd:" + line + ": " + message + "…', got '" + e.getMessage() + "'");
    }
}
