package org.memspice.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.memspice.output.RawPlot;

/**
 * Which plots of a file to draw. A file of a {@code .step} run holds one plot per step and analysis; an operating
 * point is a single point and cannot be drawn as a curve.
 *
 * @param numbers the chosen plots, numbered from 1 in file order
 * @param note    a line for the user when the choice was made for them among several ("" otherwise)
 */
record PlotChoice(List<Integer> numbers, String note) {

    static PlotChoice of(List<RawPlot> plots, String selector, List<String> signals) throws ChartInputException {
        if (plots.isEmpty()) {
            throw new ChartInputException("the file holds no plot");
        }
        if (selector == null) {
            return firstDrawable(plots, signals);
        }
        String sel = selector.trim();
        if (sel.equalsIgnoreCase("all")) {
            List<Integer> all = new ArrayList<>();
            for (int k = 1; k <= plots.size(); k++) {
                if (plots.get(k - 1).pointCount() > 1 && holdsAll(plots.get(k - 1), signals)) {
                    all.add(k);
                }
            }
            if (all.isEmpty()) {
                throw new ChartInputException("no plot of more than one point holds " + String.join(", ", signals)
                        + "; the file holds " + listing(plots));
            }
            return new PlotChoice(all, "");
        }
        if (sel.matches("\\d+")) {
            int k;
            try {
                k = Integer.parseInt(sel);
            } catch (NumberFormatException e) {
                k = -1;
            }
            if (k < 1 || k > plots.size()) {
                throw new ChartInputException("--plot " + sel + ": the file holds " + plots.size() + " plot"
                        + (plots.size() == 1 ? "" : "s") + ": " + listing(plots));
            }
            return new PlotChoice(List.of(checkDrawable(plots, k)), "");
        }
        String lower = sel.toLowerCase(Locale.ROOT);
        List<Integer> matches = new ArrayList<>();
        List<Integer> curves = new ArrayList<>(); // a step's operating point shares its title with its transient
        for (int k = 1; k <= plots.size(); k++) {
            RawPlot p = plots.get(k - 1);
            if (p.plotName().toLowerCase(Locale.ROOT).contains(lower)
                    || (p.title() != null && p.title().toLowerCase(Locale.ROOT).contains(lower))) {
                matches.add(k);
                if (p.pointCount() > 1) {
                    curves.add(k);
                }
            }
        }
        if (curves.size() == 1) {
            return new PlotChoice(curves, "");
        }
        if (matches.size() != 1) {
            throw new ChartInputException("--plot '" + sel + "' matches " + (matches.isEmpty() ? "no" : matches.size())
                    + " plot" + (matches.size() == 1 ? "" : "s") + " by name or title; give its number"
                    + (matches.isEmpty() ? "" : " or 'all'") + ": " + listing(plots));
        }
        return new PlotChoice(List.of(checkDrawable(plots, matches.get(0))), "");
    }

    /** Without --plot: the first plot of several points that holds every signal (the first of several points if none does). */
    private static PlotChoice firstDrawable(List<RawPlot> plots, List<String> signals) throws ChartInputException {
        int firstCurve = -1;
        int chosen = -1;
        int candidates = 0;
        for (int k = 1; k <= plots.size(); k++) {
            RawPlot p = plots.get(k - 1);
            if (p.pointCount() < 2) {
                continue;
            }
            candidates++;
            if (firstCurve < 0) {
                firstCurve = k;
            }
            if (chosen < 0 && holdsAll(p, signals)) {
                chosen = k;
            }
        }
        if (firstCurve < 0) {
            throw new ChartInputException("every plot in the file is a single point (" + listing(plots)
                    + "); there is no curve to draw");
        }
        if (chosen < 0) {
            chosen = firstCurve; // its missing signal is reported with a suggestion
        }
        String note = candidates > 1 ? "the file holds " + plots.size() + " plots; drawing plot " + chosen + " ("
                + describe(plots.get(chosen - 1)) + "); choose another with --plot N, or overlay them with --plot all"
                : "";
        return new PlotChoice(List.of(chosen), note);
    }

    private static int checkDrawable(List<RawPlot> plots, int k) throws ChartInputException {
        if (plots.get(k - 1).pointCount() < 2) {
            throw new ChartInputException("plot " + k + " (" + describe(plots.get(k - 1)) + ") has "
                    + plots.get(k - 1).pointCount() + " point" + (plots.get(k - 1).pointCount() == 1 ? "" : "s")
                    + "; there is no curve to draw");
        }
        return k;
    }

    private static boolean holdsAll(RawPlot p, List<String> signals) {
        for (String s : signals) {
            if (SignalNames.find(p, s) < 0) {
                return false;
            }
        }
        return true;
    }

    static String describe(RawPlot p) {
        return p.plotName() + (p.title() == null || p.title().isBlank() ? "" : ", " + p.title()) + ", "
                + p.pointCount() + " point" + (p.pointCount() == 1 ? "" : "s");
    }

    private static String listing(List<RawPlot> plots) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(plots.size(), 10);
        for (int k = 1; k <= shown; k++) {
            b.append(k == 1 ? "" : "; ").append(k).append(": ").append(describe(plots.get(k - 1)));
        }
        if (shown < plots.size()) {
            b.append("; and ").append(plots.size() - shown).append(" more");
        }
        return b.toString();
    }
}
