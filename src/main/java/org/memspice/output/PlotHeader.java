package org.memspice.output;

import java.util.List;

/**
 * What a plot is: circuit title, plot name ({@code Transient Analysis}, {@code DC transfer characteristic},
 * {@code Operating Point}) and its variables, the first of which is the scale.
 */
public record PlotHeader(String title, String plotName, List<Variable> variables) {}
