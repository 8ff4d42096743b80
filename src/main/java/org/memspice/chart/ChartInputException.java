package org.memspice.chart;

/** A request that cannot be drawn (unknown signal, bad plot choice, nothing left on a log axis): a user error. */
public final class ChartInputException extends Exception {
    public ChartInputException(String message) {
        super(message);
    }
}
