package org.memspice.device.memristor.ecm;

/**
 * The seed's trap-assisted-tunnelling law (S1 eqs. 1–3), in SI, as the reference function of physics reference §1.3
 * (A2); the device simulates with (A1), as the reference recommends. With F the local gap field:
 *
 * <pre>
 *   I_TAT = N·q·ν0·f·P·tanh(qV/2kT)
 *   f = 1/(1 + exp((E_b − E_t + qFd)/kT))
 *   P = exp{−(4·sqrt(2 m_c)/(3 ħ q F))·[E_t^{3/2} − max(E_t − qFd, 0)^{3/2}]}
 * </pre>
 *
 * The tanh factor is the reference's addition (detailed balance): S1's form is not 0 at 0 V. Below qFd/E_t = 1e-4
 * the literal P is 0/0 in floating point, so the reference's small-field form is used,
 * P = exp[−(2d/ħ)·sqrt(2 m_c E_t)·(1 − qFd/(4E_t))]. Energies in J, field in V/m, lengths in m.
 */
public final class TatConduction {
    public static final double Q = 1.602176634e-19;
    public static final double K_B = 1.380649e-23;
    public static final double HBAR = 1.054571817e-34;
    public static final double M0 = 9.1093837015e-31;

    private TatConduction() {}

    /** The tunnelling probability P(F) of (A2) for trap depth et (J), distance d (m) and effective mass mc (kg). */
    public static double probability(double field, double et, double d, double mc) {
        double f = Math.abs(field);
        double qfd = Q * f * d;
        if (qfd < 1e-4 * et) { // small-field limit (reference §1.3): the exact form cancels to 0/0
            return Math.exp(-(2 * d / HBAR) * Math.sqrt(2 * mc * et) * (1 - qfd / (4 * et)));
        }
        double rest = Math.max(et - qfd, 0);
        double bracket = Math.pow(et, 1.5) - Math.pow(rest, 1.5);
        return Math.exp(-(4 * Math.sqrt(2 * mc) / (3 * HBAR * Q * f)) * bracket);
    }

    /** The trap occupation f of (A2) at temperature t (K). */
    public static double occupation(double field, double eb, double et, double d, double t) {
        double z = (eb - et + Q * Math.abs(field) * d) / (K_B * t);
        return z > 700 ? 0 : 1 / (1 + Math.exp(z));
    }

    /**
     * I_TAT of (A2) for the voltage v across a gap of length gap (F = v/gap, reference: "F must be taken as a local
     * gap field"), n traps of attempt frequency nu0. Odd in v, zero at 0 V.
     */
    public static double current(double v, double gap, double n, double nu0, double eb, double et, double d,
                                 double mc, double t) {
        double field = v / gap;
        return n * Q * nu0 * occupation(field, eb, et, d, t) * probability(field, et, d, mc)
                * Math.tanh(Q * v / (2 * K_B * t));
    }
}
