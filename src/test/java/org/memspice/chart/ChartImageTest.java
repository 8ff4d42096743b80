package org.memspice.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memspice.cli.Main;
import org.memspice.output.RawPlot;
import org.memspice.output.RawReader;

/**
 * Charts drawn from real runs, checked in the image: the pixels of each curve lie where the analytic waveform maps
 * through the chart's own axes, and not where it does not. Log axes: |value|, zeros as gaps, the decade limit.
 */
class ChartImageTest {
    static final double TAU = 1e-3; // R1·C1 of the RC deck

    @TempDir
    static Path dir;
    static List<RawPlot> rc;
    static List<RawPlot> sine;

    @BeforeAll
    static void simulate() throws Exception {
        rc = run("rc.cir", """
                rc charge from a 1 V step
                V1 in 0 PULSE(0 1 0 1n 1n 1 2)
                R1 in out 1k
                C1 out 0 1u
                .tran 10u 5m 0 10u
                .end
                """);
        // i(v1) = -sin(2π·1k·t)/1k: exactly 0 at t = 0, negative in the first half period, positive in the second
        sine = run("sine.cir", """
                sine into a resistor
                V1 a 0 SIN(0 1 1k)
                R1 a 0 1k
                V2 b 0 0
                R2 b 0 1k
                .tran 5u 2m 0 5u
                .end
                """);
    }

    private static List<RawPlot> run(String name, String deck) throws Exception {
        Path cir = dir.resolve(name);
        Files.writeString(cir, deck);
        Path raw = dir.resolve(name.replace(".cir", ".raw"));
        assertEquals(0, Main.execute("run", "-q", cir.toString(), "-o", raw.toString()));
        return RawReader.read(raw);
    }

    private static ChartRequest request(List<ChartRequest.Panel> panels, String x) {
        return new ChartRequest(panels, x, false, null, null, 12, 800, 700);
    }

    private static ChartRequest.Panel panel(boolean log, String... signals) {
        return new ChartRequest.Panel(List.of(signals), log);
    }

    /** The chart written as PNG, with where its panels landed. */
    private record Drawn(ChartBuilder.Chart chart, BufferedImage image, ChartRenderingInfo info) {
        CombinedDomainXYPlot plot() {
            return (CombinedDomainXYPlot) chart.chart().getXYPlot();
        }

        XYPlot panel(int k) {
            return (XYPlot) plot().getSubplots().get(k);
        }

        /** The image pixel of data point (x, y) in panel k, through the chart's own axes. */
        double[] pixel(int k, double x, double y) {
            Rectangle2D area = info.getPlotInfo().getSubplotInfo(k).getDataArea();
            ValueAxis xAxis = plot().getDomainAxis();
            ValueAxis yAxis = panel(k).getRangeAxis();
            return new double[] {xAxis.valueToJava2D(x, area, RectangleEdge.BOTTOM),
                yAxis.valueToJava2D(y, area, RectangleEdge.LEFT)};
        }

        /** Whether a pixel of colour c (anti-aliasing allowed) lies within 2 px of data point (x, y) of panel k. */
        boolean colourNear(int k, double x, double y, Color c) {
            double[] p = pixel(k, x, y);
            for (int dx = -2; dx <= 2; dx++) {
                for (int dy = -2; dy <= 2; dy++) {
                    int px = (int) Math.round(p[0]) + dx;
                    int py = (int) Math.round(p[1]) + dy;
                    if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                            && distance(new Color(image.getRGB(px, py)), c) < 60) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }

    private static Drawn draw(List<RawPlot> plots, ChartRequest request, String name) throws Exception {
        ChartBuilder.Chart chart = ChartBuilder.build(plots, request, name);
        Path png = dir.resolve(name);
        ChartRenderingInfo info = ChartFile.write(chart.chart(), png, ChartFile.Format.PNG, request.width(),
                request.height());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(request.width(), image.getWidth());
        assertEquals(request.height(), image.getHeight());
        return new Drawn(chart, image, info);
    }

    @Test
    void curvesArePaintedOnTheAnalyticWaveformInBothPanels() throws Exception {
        Drawn d = draw(rc, request(List.of(panel(false, "v(out)"), panel(true, "i(v1)")), null), "rc.png");
        Color vColour = ChartBuilder.colour(0);
        Color iColour = ChartBuilder.colour(1);
        for (double t : new double[] {0.25e-3, 0.5e-3, 1e-3, 2e-3, 3e-3}) {
            double v = 1 - Math.exp(-t / TAU);
            double i = 1e-3 * Math.exp(-t / TAU); // |i(v1)|: the source current is negative (SPICE's sign)
            assertTrue(d.colourNear(0, t, v, vColour), "v(out) at t=" + t);
            assertTrue(d.colourNear(1, t, i, iColour), "|i(v1)| at t=" + t);
        }
        // and not where the waveform is not: the mirror image of the early charging curve, a decade off the current
        for (double t : new double[] {0.25e-3, 0.5e-3}) {
            assertFalse(d.colourNear(0, t, Math.exp(-t / TAU), vColour), "no v(out) at 1-v, t=" + t);
            assertFalse(d.colourNear(1, t, 1e-4 * Math.exp(-t / TAU), iColour), "no i(v1) a decade low, t=" + t);
        }
        assertEquals("time (ms)", d.plot().getDomainAxis().getLabel());
        assertEquals("v(out) (V)", d.panel(0).getRangeAxis().getLabel());
        assertEquals("|i(v1)| (A)", d.panel(1).getRangeAxis().getLabel(), "the log axis says it shows magnitudes");
        assertTrue(d.panel(1).getRangeAxis() instanceof LogAxis);
    }

    @Test
    void logAxisMirrorsNegativesAndLeavesZerosOut() throws Exception {
        Drawn d = draw(sine, request(List.of(panel(true, "i(v1)")), null), "sine.png");
        RawPlot p = sine.get(0);
        double[] i = p.column("i(v1)");
        XYDataset data = d.panel(0).getDataset();
        assertEquals(0.0, i[0], "the deck starts at an exact zero");
        assertTrue(Double.isNaN(data.getYValue(0, 0)), "a zero is a gap on a log axis");
        double smallest = Double.POSITIVE_INFINITY;
        for (int k = 1; k < i.length; k++) {
            double y = data.getYValue(0, k);
            if (i[k] != 0) {
                assertEquals(Math.abs(i[k]), y, 0.0, "point " + k);
                smallest = Math.min(smallest, y);
            }
        }
        // both half periods at the 1 mA peak: negative values are drawn at their magnitude
        Color c = ChartBuilder.colour(0);
        assertTrue(d.colourNear(0, 0.25e-3, 1e-3, c), "negative half period");
        assertTrue(d.colourNear(0, 0.75e-3, 1e-3, c), "positive half period");
        LogAxis axis = (LogAxis) d.panel(0).getRangeAxis();
        double peak = 1e-3;
        assertTrue(axis.getUpperBound() >= peak, "upper " + axis.getUpperBound());
        // zero crossings leave values near 1e-19 A (sin(π) in floating point): the axis stops 12 decades down
        assertTrue(smallest < peak * 1e-12, "the deck must have sub-noise values for this check: " + smallest);
        assertTrue(axis.getLowerBound() > peak * 1e-13 && axis.getLowerBound() < peak * 1e-12,
                "lower bound " + axis.getLowerBound());

        ChartRequest threeDecades = new ChartRequest(List.of(panel(true, "i(v1)")), null, false, null, null, 3, 800,
                500);
        CombinedDomainXYPlot combined = (CombinedDomainXYPlot) ChartBuilder.build(sine, threeDecades, "sine")
                .chart().getXYPlot();
        LogAxis narrow = (LogAxis) ((XYPlot) combined.getSubplots().get(0)).getRangeAxis();
        assertTrue(narrow.getLowerBound() > peak * 1e-4 && narrow.getLowerBound() < peak * 1e-3,
                "--decades 3: " + narrow.getLowerBound());
    }

    @Test
    void aSignalThatIsZeroEverywhereCannotBeDrawnOnALogAxis() throws Exception {
        ChartInputException e = assertThrows(ChartInputException.class,
                () -> ChartBuilder.build(sine, request(List.of(panel(true, "i(v2)")), null), "sine"));
        assertTrue(e.getMessage().contains("i(v2) is zero or not finite at every point"), e.getMessage());
        // beside a drawable signal it is left out, with a note, and the chart is drawn
        ChartBuilder.Chart chart = ChartBuilder.build(sine, request(List.of(panel(true, "i(v1)", "i(v2)")), null),
                "sine");
        assertEquals(1, chart.series());
        assertTrue(chart.notes().stream().anyMatch(n -> n.startsWith("i(v2) is zero")), chart.notes().toString());
        // on a linear axis it is an ordinary flat line
        assertEquals(2, ChartBuilder.build(sine, request(List.of(panel(false, "i(v1)", "i(v2)")), null), "s")
                .series());
    }

    @Test
    void xyPlotDrawsTheCurrentAgainstTheVoltage() throws Exception {
        Drawn d = draw(sine, request(List.of(panel(false, "I(V1)")), "V(A)"), "iv.png");
        assertEquals("v(a) (V)", d.plot().getDomainAxis().getLabel());
        assertEquals("i(v1) (mA)", d.panel(0).getRangeAxis().getLabel());
        Color c = ChartBuilder.colour(0);
        for (double v : new double[] {-0.8, -0.3, 0.4, 0.9}) {
            assertTrue(d.colourNear(0, v, -v / 1e3, c), "i = -v/R at v=" + v);
            assertFalse(d.colourNear(0, v, v / 1e3, c), "the line has the source's sign, v=" + v);
        }
    }

    @Test
    void signalsAreFoundInAnyCaseAndMisspeltOnesGetASuggestion() throws Exception {
        RawPlot p = rc.get(0);
        assertEquals(p.indexOf("v(out)"), SignalNames.find(p, "V(OUT)"));
        assertEquals(p.indexOf("v(out)"), SignalNames.find(p, "out"), "a bare node name is its voltage");
        assertEquals(-1, SignalNames.find(p, "v(ot)"));
        ChartInputException e = assertThrows(ChartInputException.class,
                () -> ChartBuilder.build(rc, request(List.of(panel(false, "v(ot)")), null), "rc"));
        assertEquals("no signal 'v(ot)' in plot 1 (Transient Analysis); did you mean 'v(out)'?", e.getMessage());
        e = assertThrows(ChartInputException.class,
                () -> ChartBuilder.build(rc, request(List.of(panel(false, "v(out)")), "zzz(q)"), "rc"));
        assertTrue(e.getMessage().startsWith("no signal 'zzz(q)' in plot 1 (Transient Analysis); it holds time,"),
                e.getMessage());
    }
}
