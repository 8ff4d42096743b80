package org.memspice.circuit;

/**
 * {@code .options} values with SPICE3 defaults; temperatures in degrees Celsius as written. {@code chordNewton}
 * ({@code newton=chord}) lets transient Newton iterations reuse earlier LU factors while they contract.
 */
public record SimulationOptions(double reltol, double abstol, double vntol, double chgtol, double gmin, double trtol,
                                IntegrationMethod method, int itl1, int itl4, double temp, double tnom,
                                String solver, boolean chordNewton) {

    public enum IntegrationMethod { TRAPEZOIDAL, GEAR2 }

    public static SimulationOptions defaults() {
        return new SimulationOptions(1e-3, 1e-12, 1e-6, 1e-14, 1e-12, 7.0, IntegrationMethod.TRAPEZOIDAL, 100, 10,
                27.0, 27.0, "klu", false);
    }

    public SimulationOptions withTemperature(double celsius) {
        return new SimulationOptions(reltol, abstol, vntol, chgtol, gmin, trtol, method, itl1, itl4, celsius, tnom,
                solver, chordNewton);
    }

    public double temperatureKelvin() {
        return temp + 273.15;
    }
}
