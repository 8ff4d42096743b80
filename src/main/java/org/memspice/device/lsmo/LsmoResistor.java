package org.memspice.device.lsmo;

import org.memspice.device.support.TemperatureResistor;

/** The LSMO series element: a linear resistor whose value follows the temperature law of Model B (reference §2). */
public final class LsmoResistor extends TemperatureResistor {
    /** Boltzmann constant in eV/K. */
    private static final double K_EV = 8.617333262e-5;

    private final double rref;
    private final double tc1;
    private final double trefKelvin;
    private final double ea;
    private final boolean polaron;

    LsmoResistor(String name, int a, int b, double rref, double tc1, double trefKelvin, double ea, boolean polaron) {
        super(name, a, b);
        this.rref = rref;
        this.tc1 = tc1;
        this.trefKelvin = trefKelvin;
        this.ea = ea;
        this.polaron = polaron;
    }

    /** R(T) of Model B at temperature {@code kelvin}. */
    public double resistance(double kelvin) {
        if (polaron) { // R = R_ref (T/T_ref) exp[(E_a/k)(1/T − 1/T_ref)]
            return rref * (kelvin / trefKelvin) * Math.exp(ea / K_EV * (1 / kelvin - 1 / trefKelvin));
        }
        return rref * (1 + tc1 * (kelvin - trefKelvin)); // R = R_ref [1 + TC1 (T − T_ref)]
    }

    /** The linear law can cross zero far from T_ref: refuse rather than stamp a negative or infinite conductance. */
    @Override
    protected double resistanceAt(double kelvin) {
        double r = resistance(kelvin);
        if (!(r > 0) || !Double.isFinite(r)) {
            throw new IllegalStateException(name + ": LSMO resistance " + r + " Ohm at " + kelvin + " K");
        }
        return r;
    }
}
