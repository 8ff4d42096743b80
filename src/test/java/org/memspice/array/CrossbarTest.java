package org.memspice.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Statement;
import org.memspice.testing.Sim;
import org.memspice.testing.SimPlot;

/** {@code .crossbar}: expansion (counts, names), a resistive array against a dense nodal solve, cells, errors. */
class CrossbarTest {
    @TempDir
    Path dir;

    private static Statement.CrossbarCard card(String name, String... params) {
        SourceLocation at = new SourceLocation("x.cir", 2, 1);
        List<Field.Assign> list = new ArrayList<>();
        for (String p : params) {
            String[] kv = p.split("=", 2);
            list.add(new Field.Assign(kv[0], new Field.Word(kv[1], at), at));
        }
        return new Statement.CrossbarCard(name, list, at);
    }

    private static final Crossbar.Context CONTEXT = new Crossbar.Context() {
        @Override
        public double value(Field field) {
            return org.memspice.netlist.parse.SpiceNumber.tryParse(((Field.Word) field).text()).orElseThrow();
        }

        @Override
        public Crossbar.DeviceKind kind(Field.Word device) {
            return Crossbar.DeviceKind.MEMRISTOR_MODEL;
        }

        @Override
        public org.apache.commons.math3.random.RandomGenerator random(String stream) {
            return new Well19937c(1);
        }
    };

    @Test
    void expansionHasEveryLineSegmentCellAndTransistorWithPredictableNames() {
        Crossbar.Expansion e = Crossbar.expand(card("XB", "rows=3", "cols=4", "cell=1T1R", "device=cellmod",
                "rwl=2.5", "rbl=2.5", "rsl=10", "tmodel=nch", "w=1u", "l=0.1u"), CONTEXT);
        Map<Character, Integer> byLetter = new HashMap<>();
        e.cards().forEach(c -> byLetter.merge(Character.toLowerCase(c.name().charAt(0)), 1, Integer::sum));
        // word and select lines: 3 × (4 + 1) segments each; bit lines: 4 × (3 + 1)
        assertEquals(3 * 5 + 3 * 5 + 4 * 4, byLetter.get('r'));
        assertEquals(12, byLetter.get('y'));
        assertEquals(12, byLetter.get('m'));
        Statement.ElementCard cell = e.cards().stream().filter(c -> c.name().equals("YMEMRISTOR")
                && ((Field.Word) c.fields().get(0)).text().equals("xb.c1_2")).findFirst().orElseThrow();
        assertEquals(List.of("xb.c1_2", "xb.w1_2", "xb.m1_2", "cellmod"),
                cell.fields().stream().map(f -> ((Field.Word) f).text()).toList());
        Statement.ElementCard transistor = e.cards().stream().filter(c -> c.name().equals("Mxb.t1_2")).findFirst()
                .orElseThrow();
        assertEquals("xb.m1_2 xb.s1_2 xb.b1_2 0 nch w=1u l=0.1u", String.join(" ", transistor.fields().stream()
                .map(org.memspice.device.CardFields::text).toList()));
        assertEquals("yxb.c1_2", e.devicesByCell().get("xb.c1_2"));
        assertEquals("mxb.t2_3", e.devicesByCell().get("xb.t2_3"));
        List<String> wordLine0 = e.cards().stream().filter(c -> c.name().startsWith("Rxb.wl0_"))
                .map(c -> ((Field.Word) c.fields().get(0)).text() + ">" + ((Field.Word) c.fields().get(1)).text())
                .toList();
        assertEquals(List.of("xb.wl0>xb.w0_0", "xb.w0_0>xb.w0_1", "xb.w0_1>xb.w0_2", "xb.w0_2>xb.w0_3",
                "xb.w0_3>xb.wl0_end"), wordLine0);
        List<String> bitLine3 = e.cards().stream().filter(c -> c.name().startsWith("Rxb.bl3_"))
                .map(c -> ((Field.Word) c.fields().get(0)).text() + ">" + ((Field.Word) c.fields().get(1)).text())
                .toList();
        assertEquals(List.of("xb.bl3_end>xb.b0_3", "xb.b0_3>xb.b1_3", "xb.b1_3>xb.b2_3", "xb.b2_3>xb.bl3"), bitLine3);
    }

    /**
     * A 4×5 array of resistors (conductances from a CSV map) with line resistance, driven on every word line through
     * its source and read through 100 Ω into ground at every bit line: every node equals an independent dense nodal
     * solve of the same network (written here from the array's definition, not from the expansion).
     */
    @Test
    void aResistiveArrayEqualsADenseNodalSolve() throws Exception {
        int rows = 4;
        int cols = 5;
        double rwl = 2.5;
        double rbl = 3.5;
        double rsense = 100;
        double[][] g = new double[rows][cols];
        StringBuilder csv = new StringBuilder("# conductances in S\n");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                g[i][j] = 1e-4 * (1 + ((i * 7 + j * 3) % 11));
                csv.append(j == 0 ? "" : ",").append(g[i][j]);
            }
            csv.append('\n');
        }
        Files.writeString(dir.resolve("g.csv"), csv);
        double[] vin = {0.2, -0.1, 0.35, 0.05};
        StringBuilder deck = new StringBuilder("resistive array\n.crossbar xb rows=4 cols=5 device=R gmap=g.csv"
                + " rwl=2.5 rbl=3.5\n");
        for (int i = 0; i < rows; i++) {
            deck.append("V").append(i).append(" xb.wl").append(i).append(" 0 ").append(vin[i]).append('\n');
        }
        for (int j = 0; j < cols; j++) {
            deck.append("Rs").append(j).append(" xb.bl").append(j).append(" 0 ").append(rsense).append('\n');
        }
        deck.append(".op\n.end\n");
        Path file = dir.resolve("array.cir");
        Files.writeString(file, deck);
        SimPlot p = Sim.run(file).get(0);

        // independent nodal analysis: unknowns are the taps w(i,j), b(i,j), the far ends and the bit-line ends
        Map<String, Integer> index = new HashMap<>();
        java.util.function.Function<String, Integer> id = n -> index.computeIfAbsent(n, k -> index.size());
        List<double[]> conductances = new ArrayList<>(); // {a, b, g}; a or b = -1 for a fixed node handled below
        Map<String, Double> fixed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            fixed.put("wl" + i, vin[i]); // the driven ends, all known before any is numbered
        }
        for (int i = 0; i < rows; i++) {
            String previous = "wl" + i;
            for (int j = 0; j <= cols; j++) {
                String next = j < cols ? "w" + i + "_" + j : "wl" + i + "_end";
                conductances.add(new double[] {node(previous, fixed, id), node(next, fixed, id), 1 / rwl});
                previous = next;
            }
        }
        for (int j = 0; j < cols; j++) {
            String previous = "bl" + j + "_end";
            for (int i = 0; i <= rows; i++) {
                String next = i < rows ? "b" + i + "_" + j : "bl" + j;
                conductances.add(new double[] {node(previous, fixed, id), node(next, fixed, id), 1 / rbl});
                previous = next;
            }
            conductances.add(new double[] {node("bl" + j, fixed, id), -1, 1 / rsense});
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                conductances.add(new double[] {node("w" + i + "_" + j, fixed, id), node("b" + i + "_" + j, fixed, id),
                        g[i][j]});
            }
        }
        int n = index.size();
        double[][] a = new double[n][n];
        double[] rhs = new double[n];
        List<String> fixedNames = new ArrayList<>(fixed.keySet());
        for (double[] c : conductances) {
            int u = (int) c[0];
            int v = (int) c[1];
            stamp(a, rhs, u, v, c[2], fixed, fixedNames);
        }
        double[] x = new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver()
                .solve(new ArrayRealVector(rhs)).toArray();
        double worst = 0;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            double expected = x[e.getValue()];
            double actual = p.value("v(xb." + e.getKey() + ")");
            worst = Math.max(worst, Math.abs(actual - expected));
        }
        assertTrue(worst < 1e-13, "worst |memspice - dense| = " + worst);
        // every tap, the far ends of the word and bit lines and the sensed ends were compared
        assertEquals(2 * rows * cols + rows + 2 * cols, index.size());
    }

    /** Fixed (driven) nodes are encoded as -2 - k; ground is -1. */
    private static int node(String name, Map<String, Double> fixed, java.util.function.Function<String, Integer> id) {
        if (fixed.containsKey(name)) {
            return -2 - new ArrayList<>(fixed.keySet()).indexOf(name);
        }
        return id.apply(name);
    }

    private static void stamp(double[][] a, double[] rhs, int u, int v, double g, Map<String, Double> fixed,
                              List<String> fixedNames) {
        double vu = u <= -2 ? fixed.get(new ArrayList<>(fixed.keySet()).get(-2 - u)) : 0;
        double vv = v <= -2 ? fixed.get(new ArrayList<>(fixed.keySet()).get(-2 - v)) : 0;
        if (u >= 0) {
            a[u][u] += g;
            if (v >= 0) {
                a[u][v] -= g;
            } else {
                rhs[u] += g * vv;
            }
        }
        if (v >= 0) {
            a[v][v] += g;
            if (u >= 0) {
                a[v][u] -= g;
            } else {
                rhs[v] += g * vu;
            }
        }
    }

    @Test
    void memristorCellsTakeTheirInitialStatesFromAMatrix() throws Exception {
        Files.writeString(dir.resolve("x0.csv"), "0.1 0.2 0.3\n0.4 0.5 0.6\n");
        Path file = dir.resolve("mem.cir");
        Files.writeString(file, """
                memristor array
                .model hpm hp (ron=100 roff=16k)
                .crossbar xb rows=2 cols=3 device=hpm states=x0.csv stateparam=x0 rwl=1 rbl=1
                V0 xb.wl0 0 0.1
                V1 xb.wl1 0 0.2
                Rb0 xb.bl0 0 10
                Rb1 xb.bl1 0 10
                Rb2 xb.bl2 0 10
                .print op x(xb.c1_2) x(xb.c0_0) i(xb.c1_1) v(xb.w1_1) v(xb.b1_1)
                .op
                .end
                """);
        SimPlot p = Sim.run(file).get(0);
        assertEquals(0.6, p.value("x(yxb.c1_2)"), 0);
        assertEquals(0.1, p.value("x(yxb.c0_0)"), 0);
        double r = 100 * 0.5 + 16e3 * 0.5;
        assertEquals((p.value("v(xb.w1_1)") - p.value("v(xb.b1_1)")) / r, p.value("i(yxb.c1_1)"), 1e-15);
    }

    @Test
    void stuckAtFaultsFollowTheSeedAndTheFraction() throws Exception {
        String deck = """
                faults
                .options seed=%d
                .crossbar xb rows=20 cols=20 device=R r=10k stuck=0.2 ron=1k roff=1g
                V0 xb.wl0 0 1
                .op
                .end
                """;
        Map<String, Double> first = cellResistances(deck.formatted(7));
        Map<String, Double> again = cellResistances(deck.formatted(7));
        Map<String, Double> other = cellResistances(deck.formatted(8));
        assertEquals(first, again);
        assertTrue(!first.equals(other));
        long on = first.values().stream().filter(r -> r == 1e3).count();
        long off = first.values().stream().filter(r -> r == 1e9).count();
        // 400 cells, 10 % each: 40 ± 6 (binomial σ), accept 4σ
        assertTrue(Math.abs(on - 40) < 24 && Math.abs(off - 40) < 24, on + " on, " + off + " off");
    }

    private Map<String, Double> cellResistances(String deck) throws Exception {
        var plan = org.memspice.circuit.Elaborator.elaborate(org.memspice.netlist.parse.NetlistParser.read(deck,
                dir.resolve("f.cir").toString()));
        Map<String, Double> r = new HashMap<>();
        for (var d : plan.circuit().devices()) {
            if (d instanceof org.memspice.device.passive.Resistor res && d.name().startsWith("rxb.c")) {
                r.put(d.name(), res.resistance());
            }
        }
        assertEquals(400, r.size());
        return r;
    }

    @Test
    void mistakesAreLocated() throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "1 2\n3\n");
        Path file = dir.resolve("bad.cir");
        Files.writeString(file, """
                bad arrays
                .model hpm hp
                .crossbar xa rows=2 cols=2 device=hpn
                .crossbar xb rows=2 colls=2 device=hpm
                .crossbar xc rows=2 cols=2 device=hpm states=bad.csv
                .crossbar xd rows=0.5 cols=2 device=hpm
                .crossbar xe rows=2 cols=2 device=R
                V1 a 0 1
                R1 a 0 1
                .op
                .end
                """);
        NetlistException e = assertThrows(NetlistException.class,
                () -> org.memspice.circuit.Elaborator.elaborate(org.memspice.netlist.parse.NetlistParser.read(file)));
        String msg = e.getMessage();
        assertTrue(msg.contains("bad.cir:3:35: error: .crossbar: device 'hpn' is neither a .subckt nor a memristor"
                + " .model (or R for resistor cells); did you mean 'hpm'?"), msg);
        assertTrue(msg.contains("bad.cir:4:21: error: .crossbar xb: unknown parameter 'colls'; did you mean 'cols'?"),
                msg);
        assertTrue(msg.contains("bad.cir:5:46: error: .crossbar xc: bad.csv:2: 1 values, expected 2"), msg);
        assertTrue(msg.contains("bad.cir:6:19: error: .crossbar xd: rows must be a whole number from 1 to 4096"), msg);
        assertTrue(msg.contains("bad.cir:7:35: error: .crossbar xe: device=R needs r=, g= or gmap="), msg);
    }

    @Test
    void xbarWritesAFlatNetlistThatSimulatesTheSame() throws Exception {
        Path file = dir.resolve("arr.cir");
        Files.writeString(file, """
                array to flatten
                .param rline=2.5
                .model hpm hp (ron=100 roff=16k)
                .crossbar xb rows=3 cols=2 device=hpm rwl={rline} rbl=3
                + cbl=1p p.x0=0.3
                V0 xb.wl0 0 0.1
                V1 xb.wl1 0 0.2
                V2 xb.wl2 0 -0.1
                Rb0 xb.bl0 0 10
                Rb1 xb.bl1 0 10
                .op
                .end
                """);
        Path flat = dir.resolve("flat.cir");
        assertEquals(0, org.memspice.cli.Main.execute("xbar", file.toString(), "-o", flat.toString()));
        String text = Files.readString(flat);
        assertTrue(!text.lines().anyMatch(l -> l.startsWith(".crossbar")), text);
        assertTrue(text.contains("YMEMRISTOR xb.c2_1 xb.w2_1 xb.b2_1 hpm x0=0.3"), text);
        assertTrue(text.contains("* + cbl=1p p.x0=0.3"), text);
        SimPlot original = Sim.run(file).get(0);
        SimPlot flattened = Sim.run(flat).get(0);
        assertEquals(original.names(), flattened.names());
        for (String v : original.names()) {
            assertEquals(original.value(v), flattened.value(v), 0, v);
        }
    }

    /**
     * Array quantities on a 3×3 resistive array read into 0 V sources (virtual ground): with ideal lines the
     * product is exact (vmm = 0, no IR drop); with wire resistance the columns lose current and vmm, irdrop and the
     * per-column errors agree with the node voltages they are defined by.
     */
    @Test
    void arrayQuantitiesMatchTheirDefinitions() throws Exception {
        Files.writeString(dir.resolve("g3.csv"), "1m 2m 3m\n4u 5u 6u\n7m 8u 9m\n");
        String deck = """
                vmm
                .crossbar xb rows=3 cols=3 device=R gmap=g3.csv rwl=%s rbl=%s
                V0 xb.wl0 0 0.3
                V1 xb.wl1 0 0.2
                V2 xb.wl2 0 0.1
                Vs0 xb.bl0 0 0
                Vs1 xb.bl1 0 0
                Vs2 xb.bl2 0 0
                .print op icol(xb,0) iideal(xb,0) vmm(xb,0) vmm(xb,1) vmm(xb,2) vmm(xb) irdrop(xb) i(vs0)
                + sneak(xb,1,1) margin(xb,100u) i(xb.c1_1) %s
                .op
                .end
                """;
        double[][] g = {{1e-3, 2e-3, 3e-3}, {4e-6, 5e-6, 6e-6}, {7e-3, 8e-6, 9e-3}};
        double[] v = {0.3, 0.2, 0.1};
        Path ideal = dir.resolve("ideal.cir");
        Files.writeString(ideal, deck.formatted("0", "0", ""));
        SimPlot p = Sim.run(ideal).get(0);
        double expected0 = g[0][0] * v[0] + g[1][0] * v[1] + g[2][0] * v[2];
        assertEquals(expected0, p.value("iideal(xb,0)"), 1e-15);
        assertEquals(p.value("i(vs0)"), p.value("icol(xb,0)"), 1e-15);
        assertEquals(0, p.value("vmm(xb)"), 1e-15);
        assertEquals(0, p.value("irdrop(xb)"), 0);
        // sneak: the share of column 1 not from row 1
        double column1 = g[0][1] * v[0] + g[1][1] * v[1] + g[2][1] * v[2];
        assertEquals(1 - g[1][1] * v[1] / column1, p.value("sneak(xb,1,1)"), 1e-12);
        // LRS (>= 100 uS): 1m..9m, smallest 1m; HRS: 4u..8u, largest 8u
        assertEquals(1e-3 / 8e-6, p.value("margin(xb,100u)"), 1e-6);

        Path wired = dir.resolve("wired.cir");
        Files.writeString(wired, deck.formatted("5", "5", "v(xb.w2_2) v(xb.b2_2)"));
        SimPlot q = Sim.run(wired).get(0);
        double rms = 0;
        for (int j = 0; j < 3; j++) {
            double e = q.value("vmm(xb," + j + ")");
            assertTrue(e < 0, "wires lose current: column " + j + " error " + e);
            rms += e * e / 3;
        }
        assertEquals(Math.sqrt(rms), q.value("vmm(xb)"), 1e-18);
        assertEquals(q.value("icol(xb,0)") - q.value("iideal(xb,0)"), q.value("vmm(xb,0)"), 1e-18);
        assertEquals(q.value("i(vs0)"), q.value("icol(xb,0)"), 1e-15);
        double cornerDrop = (0.1 - q.value("v(xb.w2_2)")) + q.value("v(xb.b2_2)");
        assertTrue(q.value("irdrop(xb)") >= cornerDrop - 1e-15 && cornerDrop > 0, q.value("irdrop(xb)") + " vs "
                + cornerDrop);
    }

    /**
     * A 1T1R array of calibrated Ag/WSe2-QD cells with level-1 access transistors: rows 0 and 1 selected, rows 2
     * and 3 not. Selected cells conduct, deselected ones carry only leakage, the column current is what the sense
     * source sees, and the ideal product counts only the selected cells.
     */
    @Test
    void oneTransistorOneResistorArraySelectsByRow() throws Exception {
        Path file = dir.resolve("t1r.cir");
        Files.writeString(file, """
                1t1r read
                .include %s
                .model nch NMOS (level=1 vto=0.5 kp=200u lambda=0.02)
                .crossbar xb rows=4 cols=2 cell=1T1R device=agqd_lsmo tmodel=nch w=2u l=0.5u rwl=2.5 rbl=2.5 rsl=10
                + p.xinit=0.12n
                V0 xb.wl0 0 0.2
                V1 xb.wl1 0 0.2
                V2 xb.wl2 0 0.2
                V3 xb.wl3 0 0.2
                Vg0 xb.sl0 0 2.5
                Vg1 xb.sl1 0 2.5
                Vg2 xb.sl2 0 0
                Vg3 xb.sl3 0 0
                Vb0 xb.bl0 0 0
                Vb1 xb.bl1 0 0
                .print op icol(xb,0) iideal(xb,0) vmm(xb,0) i(vb0) i(xb.c0_0) i(xb.c2_0)
                .op
                .end
                """.formatted(Path.of("models", "agqd_lsmo.lib").toAbsolutePath()));
        SimPlot p = Sim.run(file).get(0);
        double selected = p.value("i(yxb.c0_0)");
        assertTrue(selected > 5e-8 && selected < 5e-7, "LRS read at 0.2 V: " + selected);
        assertTrue(Math.abs(p.value("i(yxb.c2_0)")) < 1e-5 * selected, "deselected: " + p.value("i(yxb.c2_0)"));
        assertEquals(p.value("i(vb0)"), p.value("icol(xb,0)"), 1e-15);
        assertEquals(2 * selected, p.value("icol(xb,0)"), 1e-3 * selected);
        // the error is the access transistors' (~625 ohm against 1.3 Mohm) and the wires' share: small, negative
        double vmm = p.value("vmm(xb,0)");
        assertTrue(vmm < 0 && -vmm < 2e-3 * p.value("icol(xb,0)"), "vmm " + vmm);
    }
}
