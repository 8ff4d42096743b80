package org.memspice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code memspice plot} end to end: the files it writes, the panels and curves in them, and its errors. */
class PlotCommandTest {
    @TempDir
    static Path dir;
    static Path rc;
    static Path stepped;

    @BeforeAll
    static void simulate() throws Exception {
        Path deck = dir.resolve("rc.cir");
        Files.writeString(deck, """
                rc charge
                V1 in 0 PULSE(0 1 0 1n 1n 1 2)
                R1 in out 1k
                C1 out 0 1u
                .op
                .tran 10u 5m
                .end
                """);
        rc = dir.resolve("rc.raw");
        assertEquals(0, CliRun.of("run", "-q", deck.toString(), "-o", rc.toString()).exit());
        Path steps = dir.resolve("steps.cir");
        Files.writeString(steps, """
                rc steps
                .param r=1k
                V1 in 0 PULSE(0 1 0 1n 1n 1 2)
                R1 in out {r}
                C1 out 0 1u
                .step param r list 500 1k 2k
                .op
                .tran 20u 5m
                .end
                """);
        stepped = dir.resolve("steps.raw");
        assertEquals(0, CliRun.of("run", "-q", steps.toString(), "-o", stepped.toString()).exit());
    }

    private static Document parseSvg(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // the DOCTYPE names the W3C DTD: checking well-formedness must not fetch it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new InputSource(new StringReader(Files.readString(svg))));
    }

    /**
     * Curves per stroke colour: paths of more than 50 segments (legend samples and grid lines are single lines). The
     * colour is the path's own style or, as CSS inherits it, the nearest enclosing group's.
     */
    private static Map<String, Integer> curvesByColour(Document svg) {
        Map<String, Integer> curves = new HashMap<>();
        NodeList paths = svg.getElementsByTagName("path");
        for (int k = 0; k < paths.getLength(); k++) {
            Element path = (Element) paths.item(k);
            if (path.getAttribute("d").split("L").length > 50) {
                String colour = stroke(path);
                if (colour != null) {
                    curves.merge(colour, 1, Integer::sum);
                }
            }
        }
        return curves;
    }

    private static final Pattern STROKE = Pattern.compile("(?:^|;)\\s*stroke:\\s*(rgb\\([0-9,]+\\))");

    private static String stroke(Element e) {
        for (Node n = e; n instanceof Element; n = n.getParentNode()) {
            Matcher m = STROKE.matcher(((Element) n).getAttribute("style"));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static List<String> texts(Document svg) {
        List<String> out = new ArrayList<>();
        NodeList t = svg.getElementsByTagName("text");
        for (int k = 0; k < t.getLength(); k++) {
            out.add(t.item(k).getTextContent());
        }
        return out;
    }

    @Test
    void svgHasOneCurvePerSignalAndAxisLabelsWithUnits() throws Exception {
        Path svg = dir.resolve("rc.svg");
        CliRun r = CliRun.of("plot", rc.toString(), "v(in)", "V(OUT)", "--log-panel", "i(v1)", "-o", svg.toString(),
                "--width", "800", "--height", "600");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 panels, 3 curves"), r.out());
        Document doc = parseSvg(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(800.0, Double.parseDouble(root.getAttribute("width")));
        assertEquals(600.0, Double.parseDouble(root.getAttribute("height")));
        Map<String, Integer> curves = curvesByColour(doc);
        assertEquals(3, curves.size(), curves.toString());
        assertTrue(curves.values().stream().allMatch(n -> n == 1), "one path per series: " + curves);
        List<String> texts = texts(doc);
        for (String label : List.of("time (ms)", "voltage (V)", "|i(v1)| (A)", "v(in)", "v(out)", "i(v1)",
                "rc charge", "Transient Analysis")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        assertTrue(texts.contains("1m") && texts.contains("100µ"), "decade ticks with SI prefixes: " + texts);
    }

    @Test
    void pngHasTheRequestedSizeAndTheDefaultNameBesideTheFile() throws Exception {
        Path copy = dir.resolve("copy.raw");
        Files.copy(rc, copy);
        CliRun r = CliRun.of("plot", copy.toString(), "out", "--width", "640", "--height", "360");
        assertEquals(0, r.exit(), r.err());
        BufferedImage image = ImageIO.read(dir.resolve("copy.png").toFile());
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
        assertEquals("", r.err(), "one plot with curves (the .op is a single point): nothing to choose");
    }

    @Test
    void csvAndVcdOfTheSameRunDrawTheSameCurveAsTheRawFile() throws Exception {
        Path deck = dir.resolve("rc.cir");
        Path csv = dir.resolve("same.csv");
        Path vcd = dir.resolve("same.vcd");
        assertEquals(0, CliRun.of("run", "-q", deck.toString(), "-o", csv.toString(), "-o", vcd.toString()).exit());
        Map<String, String> curve = new HashMap<>();
        for (Path input : List.of(rc, csv, vcd)) {
            Path svg = dir.resolve(input.getFileName() + ".svg");
            CliRun r = CliRun.of("plot", input.toString(), "v(out)", "--plot", "tran", "-o", svg.toString());
            assertEquals(0, r.exit(), input + ": " + r.err());
            NodeList paths = parseSvg(svg).getElementsByTagName("path");
            for (int k = 0; k < paths.getLength(); k++) {
                String d = ((Element) paths.item(k)).getAttribute("d");
                if (d.split("L").length > 50) {
                    curve.put(input.getFileName().toString(), d);
                }
            }
        }
        // the CSV run is same.csv (the .op) and same-2.csv (the transient); all three draw identical geometry
        assertEquals(3, curve.size(), curve.keySet().toString());
        assertEquals(curve.get("rc.raw"), curve.get("same.csv"), "CSV");
        assertEquals(curve.get("rc.raw"), curve.get("same.vcd"), "VCD");
    }

    @Test
    void stepPlotsAreChosenByNumberOrTitleOrOverlaid() throws Exception {
        Path svg = dir.resolve("steps.svg");
        CliRun all = CliRun.of("plot", stepped.toString(), "v(out)", "--plot", "all", "-o", svg.toString());
        assertEquals(0, all.exit(), all.err());
        Document doc = parseSvg(svg);
        assertEquals(3, curvesByColour(doc).size());
        List<String> texts = texts(doc);
        assertTrue(texts.contains("v(out), step r=2k") && texts.contains("rc steps"), texts.toString());

        CliRun byTitle = CliRun.of("plot", stepped.toString(), "v(out)", "--plot", "r=2k", "-o", svg.toString());
        assertEquals(0, byTitle.exit(), byTitle.err());
        assertTrue(byTitle.out().contains("1 curve"), byTitle.out());

        CliRun unchosen = CliRun.of("plot", stepped.toString(), "v(out)", "-o", svg.toString());
        assertEquals(0, unchosen.exit(), unchosen.err());
        assertTrue(unchosen.err().contains("note: the file holds 6 plots; drawing plot 2"), unchosen.err());

        CliRun op = CliRun.of("plot", stepped.toString(), "v(out)", "--plot", "1", "-o", svg.toString());
        assertEquals(2, op.exit());
        assertTrue(op.err().contains("plot 1 (Operating Point") && op.err().contains("no curve to draw"), op.err());
        CliRun ambiguous = CliRun.of("plot", stepped.toString(), "v(out)", "--plot", "tran", "-o", svg.toString());
        assertEquals(2, ambiguous.exit());
        assertTrue(ambiguous.err().contains("--plot 'tran' matches 3 plots"), ambiguous.err());
        CliRun beyond = CliRun.of("plot", stepped.toString(), "v(out)", "--plot", "7", "-o", svg.toString());
        assertEquals(2, beyond.exit());
        assertTrue(beyond.err().contains("the file holds 6 plots: 1: Operating Point"), beyond.err());
    }

    @Test
    void badInputExitsWithTwoAndAClearMessageAndKeepsTheOldImage() throws Exception {
        Path target = dir.resolve("keep.png");
        Files.writeString(target, "an earlier image");
        String[][] cases = {
            {"plot", rc.toString(), "v(ot)", "-o", target.toString()},
            {"plot", dir.resolve("missing.raw").toString(), "v(out)", "-o", target.toString()},
            {"plot", dir.resolve("rc.cir").toString(), "v(out)", "-o", target.toString()},
            {"plot", rc.toString(), "-o", target.toString()},
            {"plot", rc.toString(), "v(out)", "-o", dir.resolve("out.jpg").toString()},
            {"plot", rc.toString(), "--xy", "v(in)", "i(v1)", "--xy", "v(out)", "i(v1)", "-o", target.toString()},
            {"plot", rc.toString(), "v(out)", "--width", "5", "-o", target.toString()},
            {"plot", rc.toString(), "v(out)", "--decades", "0", "-o", target.toString()},
            {"plot", rc.toString(), "v(out)", "--plot", "nothing-like-it", "-o", target.toString()},
            {"plot", rc.toString(), "v(out)", "--no-such-option", "-o", target.toString()},
        };
        String[] expected = {
            "rc.raw: error: no signal 'v(ot)' in plot 2 (Transient Analysis); did you mean 'v(out)'?",
            "missing.raw: error: no such file",
            "rc.cir: error: cannot read waveforms:",
            "error: name the signals to draw",
            "out.jpg: error: expected an image name ending in .png or .svg",
            "every --xy pair and --x must name the same x signal; got 'v(in)' and 'v(out)'",
            "--width must be between 100 and 10000 pixels, got 5",
            "--decades must be a positive number",
            "--plot 'nothing-like-it' matches no plots by name or title",
            "Unknown option: '--no-such-option'",
        };
        for (int k = 0; k < cases.length; k++) {
            CliRun r = CliRun.of(cases[k]);
            assertEquals(2, r.exit(), String.join(" ", cases[k]) + "\n" + r.err());
            assertTrue(r.err().contains(expected[k]), expected[k] + "\n" + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertEquals("an earlier image", Files.readString(target));
        assertFalse(Files.exists(dir.resolve("out.jpg")));
    }

    @Test
    void anUnwritableImageExitsWithFourAndLeavesNoTemporaryFile() throws Exception {
        Path nowhere = dir.resolve("no-such-dir").resolve("x.png");
        CliRun r = CliRun.of("plot", rc.toString(), "v(out)", "-o", nowhere.toString());
        assertEquals(4, r.exit());
        assertTrue(r.err().contains("x.png: error: cannot write image: no such directory"), r.err());
        // a directory in the image's place: the move fails after the image was drawn
        Path blocked = dir.resolve("blocked.png");
        Files.createDirectories(blocked.resolve("inside"));
        CliRun b = CliRun.of("plot", rc.toString(), "v(out)", "-o", blocked.toString());
        assertEquals(4, b.exit(), b.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    @Test
    void signalListsSplitAtCommasOutsideParentheses() {
        assertEquals(List.of("v(a)", "v(b,c)", "i(v1)", "x(ym1,u1)"),
                PlotCommand.splitSignals("v(a), v(b,c),i(v1),x(ym1,u1)"));
    }
}
