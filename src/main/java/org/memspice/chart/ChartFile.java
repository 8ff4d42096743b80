package org.memspice.chart;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.memspice.output.AtomicFileOutput;
import org.w3c.dom.Document;

/** Writes a chart as PNG or SVG through a temporary file, so a failed write never leaves a partial image. */
public final class ChartFile {
    static {
        // No display in CI or over ssh: Java2D must not look for one (set before any AWT class initialises).
        System.setProperty("java.awt.headless", "true");
    }

    private ChartFile() {}

    public enum Format {
        PNG, SVG;

        /** The format named by the file's extension, or null. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".png")) {
                return PNG;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            return null;
        }
    }

    /**
     * Draws {@code chart} at {@code width}x{@code height} pixels into {@code target} and returns where everything
     * landed (data areas of the panels, in image pixels).
     */
    public static ChartRenderingInfo write(JFreeChart chart, Path target, Format format, int width, int height)
            throws IOException {
        ChartRenderingInfo info = new ChartRenderingInfo();
        try (AtomicFileOutput file = AtomicFileOutput.create(target)) {
            // The channel belongs to the AtomicFileOutput: flush through it, never close it here.
            OutputStream out = new BufferedOutputStream(new FilterOutputStream(Channels.newOutputStream(file.channel())) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
            if (format == Format.PNG) {
                ChartUtils.writeChartAsPNG(out, chart, width, height, info);
            } else {
                SVGGraphics2D g2 = svgCanvas(width, height);
                chart.draw(g2, new Rectangle(0, 0, width, height), info);
                Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                g2.stream(text, true); // true: presentation attributes as style="…", one <g> per stroke/fill
                text.flush();
            }
            out.flush();
            file.commit();
        }
        return info;
    }

    /**
     * A Batik SVG canvas over the JDK's own DOM (no batik-dom needed): text stays {@code <text>} (not glyph
     * outlines) and fonts are named, not embedded.
     */
    private static SVGGraphics2D svgCanvas(int width, int height) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML DOM available for SVG output: " + e.getMessage(), e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setEmbeddedFontsOn(false);
        context.setComment(null);
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        return g2;
    }
}
