package org.memspice.analysis;

/** The circuit could not be solved (no convergence, time step too small, singular matrix): exit code 3. */
public class SimulationException extends Exception {
    public SimulationException(String message) {
        super(message);
    }
}
