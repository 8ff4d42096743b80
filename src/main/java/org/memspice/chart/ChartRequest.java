package org.memspice.chart;

import java.util.List;

/**
 * What to draw from a waveform file.
 *
 * @param panels      stacked panels sharing the x axis, top first
 * @param x           the signal on the x axis ({@code null}: each plot's scale, time or the swept source)
 * @param logX        log x axis (|x|, zeros left out)
 * @param plot        which plot of the file: a number from 1, text found in a plot's name or title, {@code all}
 *                    to overlay every plot holding the signals, or {@code null} for the first that holds them
 * @param title       chart title ({@code null}: the circuit title of the file)
 * @param decades     how many decades below its largest value a log axis shows
 * @param width       image width in pixels
 * @param height      image height in pixels
 */
public record ChartRequest(List<Panel> panels, String x, boolean logX, String plot, String title, double decades,
        int width, int height) {
    public ChartRequest {
        panels = List.copyOf(panels);
    }

    /** One panel: signals drawn against the shared x axis, on a linear or a log y axis (|value|, zeros left out). */
    public record Panel(List<String> signals, boolean logY) {
        public Panel {
            signals = List.copyOf(signals);
        }
    }

    /** Every signal named in the request, the x signal first when there is one, each once. */
    public List<String> signals() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        if (x != null) {
            all.add(x);
        }
        for (Panel p : panels) {
            all.addAll(p.signals());
        }
        return List.copyOf(all);
    }
}
