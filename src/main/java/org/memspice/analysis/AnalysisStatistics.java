package org.memspice.analysis;

/** What one analysis did: points written, Newton iterations, accepted and rejected time steps, wall time. */
public record AnalysisStatistics(String analysis, long points, long newtonIterations, long acceptedSteps,
                                 long rejectedSteps, double wallSeconds) {}
