package org.memspice.device.passive;

import org.memspice.device.support.TemperatureResistor;

/** Linear resistor with SPICE's quadratic temperature law R(T) = R·(1 + tc1·ΔT + tc2·ΔT²), ΔT = T − tnom. */
public final class Resistor extends TemperatureResistor {
    private final double resistance;
    private final double tc1;
    private final double tc2;
    private final double tnomKelvin;

    public Resistor(String name, int a, int b, double resistance, double tc1, double tc2, double tnomKelvin) {
        super(name, a, b);
        this.resistance = resistance;
        this.tc1 = tc1;
        this.tc2 = tc2;
        this.tnomKelvin = tnomKelvin;
    }

    /** The resistance at the nominal temperature, in ohms. */
    public double resistance() {
        return resistance;
    }

    @Override
    protected double resistanceAt(double kelvin) {
        double dt = kelvin - tnomKelvin;
        return resistance * (1.0 + tc1 * dt + tc2 * dt * dt);
    }
}
