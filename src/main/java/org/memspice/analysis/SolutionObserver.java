package org.memspice.analysis;

import org.memspice.circuit.AnalysisRequest;

/**
 * Sees every point an analysis writes, with the whole solution vector, whatever {@code .print}/{@code .save}
 * select (measurements read signals that need not be written).
 */
public interface SolutionObserver {
    void beginAnalysis(AnalysisRequest analysis);

    /** One written point: its scale value (time or swept value; 0 for an operating point) and the solution. */
    void point(double scale, double[] solution);

    void endAnalysis();

    SolutionObserver NONE = new SolutionObserver() {
        @Override
        public void beginAnalysis(AnalysisRequest analysis) {}

        @Override
        public void point(double scale, double[] solution) {}

        @Override
        public void endAnalysis() {}
    };
}
