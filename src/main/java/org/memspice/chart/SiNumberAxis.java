package org.memspice.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnit;

/**
 * A linear axis whose tick spacing allows for the widest label it will draw. NumberAxis measures only the labels
 * of the range's two ends, which with a scaled format are often "0" and "5": it then packs labels such as
 * "0.15" so closely that they overlap.
 */
final class SiNumberAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;

    SiNumberAxis(String label) {
        super(label);
    }

    @Override
    protected double estimateMaximumTickLabelWidth(Graphics2D g2, TickUnit unit) {
        double base = super.estimateMaximumTickLabelWidth(g2, unit);
        if (isVerticalTickLabels() || getNumberFormatOverride() == null) {
            return base;
        }
        Font font = getTickLabelFont();
        FontMetrics fm = g2.getFontMetrics(font);
        double size = unit.getSize();
        double lower = getRange().getLowerBound();
        double upper = getRange().getUpperBound();
        double widest = 0;
        // A few ticks from each end are representative: their digits are what the unit adds to the bounds.
        double first = Math.ceil(lower / size) * size;
        for (int k = 0; k < 4; k++) {
            widest = Math.max(widest, fm.stringWidth(getNumberFormatOverride().format(first + k * size)));
            widest = Math.max(widest, fm.stringWidth(getNumberFormatOverride().format(upper - k * size)));
        }
        // keep a space's width between neighbouring labels
        return Math.max(base, widest + getTickLabelInsets().getLeft() + getTickLabelInsets().getRight()
                + fm.stringWidth("  "));
    }
}
