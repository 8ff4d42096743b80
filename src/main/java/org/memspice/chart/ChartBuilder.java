package org.memspice.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.memspice.output.RawPlot;
import org.memspice.output.Variable;
import org.memspice.output.VariableType;

/**
 * Turns plots read from a waveform file into a chart: one panel per group of signals, stacked on a shared x axis
 * (time, the swept source, or any signal for x-y plots such as I-V loops), each with its own linear or log y axis.
 * Axes carry the unit of the variable type with an SI prefix; log axes plot |value| and leave zeros out.
 */
public final class ChartBuilder {
    /** Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), yellow left out on white. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)};
    /** Once the colours are used up, the same colours again with dashes. */
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}};
    private static final float LINE_WIDTH = 1.8f;
    /** Beyond this many series a legend hides the plot; the colours still tell them apart. */
    private static final int MAX_LEGEND = 16;
    private static final String FONT = Font.SANS_SERIF;

    static {
        System.setProperty("java.awt.headless", "true"); // see ChartFile
        // Rotated labels (the y axes') as text, not glyph outlines: SVG keeps them as selectable <text>.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartBuilder() {}

    /** The chart and what the user should be told about it. */
    public record Chart(JFreeChart chart, List<String> notes, int panels, int series) {}

    public static Chart build(List<RawPlot> plots, ChartRequest request, String source) throws ChartInputException {
        if (request.panels().isEmpty()) {
            throw new ChartInputException("name at least one signal to draw");
        }
        if (!(request.decades() > 0)) {
            throw new ChartInputException("--decades must be positive, got " + request.decades());
        }
        List<String> notes = new ArrayList<>();
        PlotChoice choice = PlotChoice.of(plots, request.plot(), request.signals());
        if (!choice.note().isEmpty()) {
            notes.add(choice.note());
        }
        boolean overlay = choice.numbers().size() > 1;

        // Resolve every name in every chosen plot first, so that a misspelt name fails before any drawing.
        int[] xColumn = new int[choice.numbers().size()];
        for (int c = 0; c < xColumn.length; c++) {
            int number = choice.numbers().get(c);
            RawPlot p = plots.get(number - 1);
            xColumn[c] = request.x() == null ? 0 : SignalNames.find(p, request.x());
            if (xColumn[c] < 0) {
                throw new ChartInputException(SignalNames.unknown(p, number, request.x()));
            }
            for (ChartRequest.Panel panel : request.panels()) {
                for (String s : panel.signals()) {
                    if (SignalNames.find(p, s) < 0) {
                        throw new ChartInputException(SignalNames.unknown(p, number, s));
                    }
                }
            }
        }
        RawPlot first = plots.get(choice.numbers().get(0) - 1);
        Variable xVar = first.variables().get(xColumn[0]);

        // x values of each chosen plot, as drawn (|x| with zeros out on a log axis)
        List<double[]> xs = new ArrayList<>();
        boolean xNegative = false;
        for (int c = 0; c < xColumn.length; c++) {
            double[] raw = plots.get(choice.numbers().get(c) - 1).columns()[xColumn[c]];
            xNegative |= hasNegative(raw);
            xs.add(request.logX() ? logValues(raw) : finiteValues(raw));
        }
        Extent xExtent = new Extent();
        xs.forEach(xExtent::add);
        if (xExtent.count == 0) {
            throw new ChartInputException("nothing to draw: " + xVar.name()
                    + (request.logX() ? " is zero or not finite at every point (log x axis)" : " has no finite value"));
        }
        ValueAxis xAxis = axis(request.logX(), xExtent, request.decades(), false,
                axisName(List.of(xVar), request.logX() && xNegative, xColumn[0] == 0 && request.x() == null),
                List.of(xVar.type()));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(xAxis);
        combined.setGap(12);

        int seriesIndex = 0;
        int panelNumber = 0;
        for (ChartRequest.Panel panel : request.panels()) {
            panelNumber++;
            DefaultXYDataset data = new DefaultXYDataset();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            renderer.setDrawSeriesLineAsPath(true); // one path per series: smooth joins, one element per series in SVG
            Extent yExtent = new Extent();
            List<Variable> yVars = new ArrayList<>();
            List<String> zeroOnly = new ArrayList<>();
            boolean yNegative = false;
            for (String name : new LinkedHashSet<>(panel.signals())) {
                for (int c = 0; c < xColumn.length; c++) {
                    int number = choice.numbers().get(c);
                    RawPlot p = plots.get(number - 1);
                    Variable v = p.variables().get(SignalNames.find(p, name));
                    double[] raw = p.columns()[SignalNames.find(p, name)];
                    double[] y = panel.logY() ? logValues(raw) : finiteValues(raw);
                    Extent e = new Extent();
                    e.add(y);
                    String key = overlay ? v.name() + ", " + stepLabel(p, number) : v.name();
                    if (e.count == 0) {
                        zeroOnly.add(key);
                        continue;
                    }
                    if (data.indexOf(key) >= 0) {
                        continue; // the same signal named twice in one panel
                    }
                    yNegative |= hasNegative(raw);
                    yExtent.add(y);
                    if (yVars.stream().noneMatch(w -> w.name().equals(v.name()))) {
                        yVars.add(v);
                    }
                    data.addSeries(key, Decimation.m4(xs.get(c), y, xExtent.min, xExtent.max, request.width(),
                            request.logX()));
                    int k = data.getSeriesCount() - 1;
                    renderer.setSeriesPaint(k, colour(seriesIndex));
                    renderer.setSeriesStroke(k, stroke(seriesIndex));
                    seriesIndex++;
                }
            }
            String where = request.panels().size() > 1 ? " of panel " + panelNumber : "";
            if (data.getSeriesCount() == 0) {
                throw new ChartInputException("nothing to draw" + where + ": "
                        + String.join(", ", zeroOnly) + (panel.logY()
                                ? " is zero or not finite at every point (log y axis)" : " has no finite value"));
            }
            for (String z : zeroOnly) {
                notes.add(z + " is " + (panel.logY() ? "zero or not finite at every point; left off the log axis"
                        : "not finite at any point; left out") + where);
            }
            List<VariableType> types = yVars.stream().map(Variable::type).distinct().toList();
            ValueAxis yAxis = axis(panel.logY(), yExtent, request.decades(), true,
                    axisName(yVars, panel.logY() && yNegative, false), types);
            XYPlot sub = new XYPlot(data, null, yAxis, renderer);
            style(sub, panel.logY(), request.logX());
            combined.add(sub, 1);
        }
        style(combined);

        String title = request.title() != null ? request.title() : chartTitle(first, overlay, source);
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 18), combined, seriesIndex <= MAX_LEGEND);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        String subtitle = first.plotName() + (overlay ? ", " + choice.numbers().size() + " plots overlaid" : "");
        TextTitle sub = new TextTitle(subtitle, new Font(FONT, Font.PLAIN, 13));
        sub.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(sub);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        } else {
            notes.add(seriesIndex + " series: no legend (more than " + MAX_LEGEND + ")");
        }
        return new Chart(chart, notes, request.panels().size(), seriesIndex);
    }

    /** Colour of the k-th series of the chart (counted over all panels). */
    static Color colour(int k) {
        return PALETTE[k % PALETTE.length];
    }

    private static Stroke stroke(int k) {
        float[] dash = DASHES[(k / PALETTE.length) % DASHES.length];
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The step or run a plot of a .step file belongs to: the title's last parenthesis, "step r=2k". */
    private static String stepLabel(RawPlot p, int number) {
        String t = p.title() == null ? "" : p.title().trim();
        int open = t.lastIndexOf('(');
        if (t.endsWith(")") && open >= 0) {
            return t.substring(open + 1, t.length() - 1);
        }
        return "plot " + number;
    }

    private static String chartTitle(RawPlot first, boolean overlay, String source) {
        String t = first.title() == null ? "" : first.title().trim();
        if (overlay && t.endsWith(")") && t.lastIndexOf(" (") > 0) {
            t = t.substring(0, t.lastIndexOf(" (")); // the step belongs to each curve, not to the chart
        }
        return t.isEmpty() ? source : t;
    }

    /**
     * The axis name before its unit: the signal for one, its kind for several ("current"), with bars when a log
     * axis shows magnitudes of values that went negative.
     */
    private static String axisName(List<Variable> vars, boolean magnitude, boolean scale) {
        List<VariableType> types = vars.stream().map(Variable::type).distinct().toList();
        String name;
        if (vars.size() == 1) {
            name = scale && vars.get(0).type() == VariableType.TIME ? "time" : vars.get(0).name();
        } else if (types.size() == 1) {
            name = kind(types.get(0));
        } else {
            name = String.join(", ", types.stream().map(ChartBuilder::kind).toList());
        }
        return magnitude ? "|" + name + "|" : name;
    }

    private static String kind(VariableType t) {
        switch (t) {
            case TIME:
                return "time";
            case VOLTAGE:
                return "voltage";
            case CURRENT:
                return "current";
            default:
                return "value";
        }
    }

    static String unit(VariableType t) {
        switch (t) {
            case TIME:
                return "s";
            case VOLTAGE:
                return "V";
            case CURRENT:
                return "A";
            default:
                return "";
        }
    }

    /**
     * A linear axis with one SI prefix for all ticks (in the label: "time (ms)"), or a log axis with a prefix per
     * decade tick, at most {@code decades} decades below the largest value (smaller values are numerical noise
     * near zero crossings more often than data).
     */
    private static ValueAxis axis(boolean log, Extent extent, double decades, boolean margins, String name,
            List<VariableType> types) {
        ValueAxis axis;
        if (log) {
            double hi = Math.log10(extent.max);
            double lo = Math.max(Math.log10(extent.min), hi - decades);
            if (hi - lo < 1) { // at least one decade, so that a labelled tick falls inside
                double mid = (hi + lo) / 2;
                lo = mid - 0.5;
                hi = mid + 0.5;
            }
            double pad = margins ? 0.03 * (hi - lo) : 0;
            LogAxis a = new SiLogAxis(name + units(types, ""));
            a.setRange(new Range(Math.pow(10, lo - pad), Math.pow(10, hi + pad)));
            axis = a;
        } else {
            double lo = extent.min;
            double hi = extent.max;
            if (hi == lo) {
                double d = lo == 0 ? 1 : Math.abs(lo) * 0.05;
                lo -= d;
                hi += d;
            } else if (margins) {
                double pad = 0.05 * (hi - lo);
                lo -= pad;
                hi += pad;
            }
            int exponent = SiFormat.axisExponent(Math.max(Math.abs(lo), Math.abs(hi)));
            boolean unitless = types.stream().allMatch(t -> unit(t).isEmpty());
            if (unitless && exponent >= -3 && exponent <= 3) {
                exponent = 0; // 0.5 reads better than 500m for a state variable without a unit
            }
            NumberAxis a = new SiNumberAxis(name + units(types, unitless && exponent != 0
                    ? "×1e" + exponent : SiFormat.prefix(exponent)));
            a.setAutoRangeIncludesZero(false);
            a.setNumberFormatOverride(SiFormat.scaled(exponent));
            a.setRange(lo, hi);
            axis = a;
        }
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 14));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        axis.setTickLabelPaint(Color.DARK_GRAY);
        return axis;
    }

    /** " (mV)", " (mV, mA)", " (×1e-6)" or "" for unitless values on an unscaled axis. */
    private static String units(List<VariableType> types, String prefix) {
        List<String> units = types.stream().map(ChartBuilder::unit).filter(u -> !u.isEmpty()).distinct().toList();
        if (units.isEmpty()) {
            return prefix.isEmpty() ? "" : " (" + prefix + ")";
        }
        return " (" + String.join(", ", units.stream().map(u -> prefix + u).toList()) + ")";
    }

    private static void style(XYPlot p, boolean logY, boolean logX) {
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlinePaint(Color.GRAY);
        Stroke grid = new BasicStroke(0.8f);
        Paint gridPaint = new Color(0xD0D0D0);
        Paint minorPaint = new Color(0xEDEDED);
        p.setDomainGridlineStroke(grid);
        p.setRangeGridlineStroke(grid);
        p.setDomainGridlinePaint(gridPaint);
        p.setRangeGridlinePaint(gridPaint);
        p.setRangeMinorGridlinesVisible(logY);
        p.setRangeMinorGridlinePaint(minorPaint);
        p.setRangeMinorGridlineStroke(grid);
        p.setDomainMinorGridlinesVisible(logX);
        p.setDomainMinorGridlinePaint(minorPaint);
        p.setDomainMinorGridlineStroke(grid);
        p.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
    }

    private static void style(CombinedDomainXYPlot p) {
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(new Color(0xD0D0D0));
    }

    /** Values for a linear axis: non-finite ones become gaps. */
    private static double[] finiteValues(double[] raw) {
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = Double.isFinite(raw[i]) ? raw[i] : Double.NaN;
        }
        return out;
    }

    /** Values for a log axis: |value|, with zeros and non-finite values as gaps in the curve. */
    static double[] logValues(double[] raw) {
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double a = Math.abs(raw[i]);
            out[i] = a > 0 && Double.isFinite(a) ? a : Double.NaN;
        }
        return out;
    }

    private static boolean hasNegative(double[] raw) {
        for (double v : raw) {
            if (v < 0) {
                return true;
            }
        }
        return false;
    }

    /** Smallest and largest of the values that are not gaps. */
    private static final class Extent {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int count;

        void add(double[] values) {
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    count++;
                }
            }
        }
    }
}
