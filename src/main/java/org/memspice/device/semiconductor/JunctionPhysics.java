package org.memspice.device.semiconductor;

/**
 * Constants and junction laws shared by the SPICE semiconductor models, with ngspice-39's values (its const.h
 * uses CODATA 2014: k = 1.38064852e-23 J/K, q = 1.6021766208e-19 C; at 0.7 V a diode's current moves by 1e-5
 * relative between CODATA 2014 and 2018, so the constants must be these to agree with ngspice to 1e-6).
 */
public final class JunctionPhysics {
    public static final double BOLTZMANN = 1.38064852e-23;
    public static final double CHARGE = 1.6021766208e-19;
    public static final double K_OVER_Q = BOLTZMANN / CHARGE;
    /** SPICE's reference temperature for the band-gap and junction-potential laws (27 °C). */
    public static final double REFTEMP = 300.15;
    public static final double ROOT2 = Math.sqrt(2.0);

    private JunctionPhysics() {}

    /** Thermal voltage kT/q. */
    public static double thermalVoltage(double kelvin) {
        return K_OVER_Q * kelvin;
    }

    /** Silicon band gap in eV at T (SPICE3's Varshni fit): 1.16 − 7.02e-4·T²/(T + 1108). */
    public static double bandGap(double kelvin) {
        return 1.16 - 7.02e-4 * kelvin * kelvin / (kelvin + 1108);
    }

    /**
     * SPICE3's pbfact(T) = −2·vt·(1.5·ln(T/Tref) + q·(−Eg(T)/(2kT) + 1.1150877/(2k·Tref))): the junction potential at
     * T is (T/Tref)·pbo + pbfact(T), with pbo the potential referred back to Tref (diotemp.c, mos1temp.c).
     */
    public static double pbfact(double kelvin) {
        double arg = -bandGap(kelvin) / (2 * BOLTZMANN * kelvin) + 1.1150877 / (BOLTZMANN * (REFTEMP + REFTEMP));
        return -2 * thermalVoltage(kelvin) * (1.5 * Math.log(kelvin / REFTEMP) + CHARGE * arg);
    }

    /** ln(1 − fc)-based depletion charge coefficients of SPICE's FC linearisation of a junction capacitance. */
    public record Depletion(double potential, double grading, double fc, double f1, double f2, double f3) {
        public static Depletion of(double potential, double grading, double fc) {
            double xfc = Math.log(1 - fc);
            return new Depletion(potential, grading, fc,
                    potential * (1 - Math.exp((1 - grading) * xfc)) / (1 - grading),
                    Math.exp((1 + grading) * xfc), 1 - fc * (1 + grading));
        }

        /**
         * Depletion charge and capacitance of a junction with zero-bias capacitance {@code c0} at voltage v into
         * {@code out} = {q, C}: q = vj·c0·(1 − (1 − v/vj)^(1−m))/(1 − m) below fc·vj, and above it the charge of the
         * capacitance continued linearly, C = c0/F2·(F3 + m·v/vj) (SPICE3 dioload.c).
         */
        public void charge(double c0, double v, double[] out) {
            double depCap = fc * potential;
            if (v < depCap) {
                double arg = 1 - v / potential;
                double sarg = Math.exp(-grading * Math.log(arg));
                out[0] = potential * c0 * (1 - arg * sarg) / (1 - grading);
                out[1] = c0 * sarg;
            } else {
                double czof2 = c0 / f2;
                out[0] = c0 * f1 + czof2 * (f3 * (v - depCap)
                        + grading / (potential + potential) * (v * v - depCap * depCap));
                out[1] = czof2 * (f3 + grading * v / potential);
            }
        }
    }
}
