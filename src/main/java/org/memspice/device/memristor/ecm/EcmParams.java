package org.memspice.device.memristor.ecm;

/**
 * The resolved parameters of one ECM instance in the device's units: lengths in nm, velocities in nm/s, voltages
 * in V, times in s (see {@link EcmModel} for the card's names, SI units and sources). The thresholds and I0 here
 * are the nominal ones; device-to-device and cycle-to-cycle draws are applied by the device.
 */
record EcmParams(
        double i0, double x0, double v0, double xmin, double xmax, double dw, double wfloor,
        double vs0, double vsn, double rsn, double rsh, double vsh,
        double vr0, double vrn, double rrn, double rrh, double vrh,
        double vg, double tau1, double tau2p, double tau2n, double k10, double k20, double vu, double a1, double a2,
        double rs, double cp, double nch, double xinit, double vclim,
        double vs0D2d, double vr0D2d, double i0D2d, double vs0C2c, double vr0C2c) {
}
