package org.memspice.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A base-10 log axis labelled at whole decades with SI prefixes (1p, 10p, 100p, 1n) and minor ticks at 2..9 times
 * each decade. LogAxis itself spaces its minor ticks linearly up to the next decade (1.9, 2.8, …) and labels with
 * attributed strings that SVG output turns into glyph outlines instead of text.
 */
final class SiLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    SiLogAxis(String label) {
        super(label);
        TickUnits units = new TickUnits(); // whole decades only: a fractional one would be labelled 3.16228n
        for (int d : new int[] {1, 2, 3, 4, 5, 10, 20, 50, 100}) {
            units.add(new NumberTickUnit(d, SiFormat.perValue(), 1));
        }
        setStandardTickUnits(units);
        setNumberFormatOverride(SiFormat.perValue());
        setMinorTickMarksVisible(true);
        setSmallestValue(Double.MIN_NORMAL);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return decadeTicks(g2, dataArea, edge, edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                : TextAnchor.TOP_CENTER);
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return decadeTicks(g2, dataArea, edge, edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT
                : TextAnchor.CENTER_RIGHT);
    }

    private List<NumberTick> decadeTicks(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge, TextAnchor anchor) {
        g2.setFont(getTickLabelFont());
        if (isAutoTickUnitSelection()) {
            selectAutoTickUnit(g2, dataArea, edge);
        }
        long unit = Math.max(1, Math.round(getTickUnit().getSize()));
        Range range = getRange();
        long first = (long) Math.floor(Math.log10(range.getLowerBound()));
        long last = (long) Math.ceil(Math.log10(range.getUpperBound()));
        List<NumberTick> ticks = new ArrayList<>();
        for (long d = first; d <= last; d++) {
            double v = Math.pow(10, d);
            boolean major = Math.floorMod(d, unit) == 0;
            if (range.contains(v)) {
                ticks.add(new NumberTick(major ? TickType.MAJOR : TickType.MINOR, v,
                        major ? getNumberFormatOverride().format(v) : "", anchor, anchor, 0.0));
            }
            for (int m = 2; unit == 1 && m <= 9; m++) {
                if (range.contains(m * v)) {
                    ticks.add(new NumberTick(TickType.MINOR, m * v, "", anchor, anchor, 0.0));
                }
            }
        }
        return ticks;
    }
}
