package org.memspice.device.mosfet;

/**
 * Meyer's gate capacitances as ngspice evaluates them (devsup.c DEVqmeyer): the halves of the voltage-dependent
 * gate-source, gate-drain and gate-bulk capacitances (the load adds the other half from the previous time point
 * and the overlaps), with their partial derivatives with respect to vgst = vg1 − von and the drain-source voltage
 * u = vg1 − vg2 ≥ 0 of the device's present orientation. ngspice floors vdsat at 25 mV (MAGIC_VDS).
 */
final class Meyer {
    static final double MAGIC_VDS = 0.025;

    /** Halves of cgs, cgd, cgb (first = source side of the present orientation). */
    double cgs;
    double cgd;
    double cgb;
    /** ∂/∂vgst and ∂/∂u of each. */
    double cgsG;
    double cgdG;
    double cgbG;
    double cgsU;
    double cgdU;
    double cgbU;

    void evaluate(double vgst, double u, double phi, double cox) {
        cgsG = cgdG = cgbG = cgsU = cgdU = cgbU = 0;
        cgs = cgd = cgb = 0;
        if (vgst <= -phi) {
            cgb = cox / 2;
            return;
        }
        if (vgst <= -phi / 2) {
            cgb = -vgst * cox / (2 * phi);
            cgbG = -cox / (2 * phi);
            return;
        }
        double s0;
        double s0G;
        double vdsat;
        double vdsatG;
        if (vgst <= 0) {
            cgb = -vgst * cox / (2 * phi);
            cgbG = -cox / (2 * phi);
            s0 = vgst * cox / (1.5 * phi) + cox / 3;
            s0G = cox / (1.5 * phi);
            vdsat = MAGIC_VDS;
            vdsatG = 0;
        } else {
            s0 = cox / 3;
            s0G = 0;
            vdsat = Math.max(vgst, MAGIC_VDS);
            vdsatG = vgst > MAGIC_VDS ? 1 : 0;
        }
        if (u >= vdsat) {
            cgs = s0;
            cgsG = s0G;
            return;
        }
        // linear region: cgd = s0·(1 − vdsat²/(2vdsat − u)²), cgs = s0·(1 − (vdsat − u)²/(2vdsat − u)²)
        double vddif = 2 * vdsat - u;
        double vddif1 = vdsat - u;
        double vddif3 = vddif * vddif * vddif;
        double fd = 1 - vdsat * vdsat / (vddif * vddif);
        double fs = 1 - vddif1 * vddif1 / (vddif * vddif);
        cgd = s0 * fd;
        cgs = s0 * fs;
        cgdU = -s0 * 2 * vdsat * vdsat / vddif3;
        cgsU = 2 * s0 * vdsat * vddif1 / vddif3;
        double cgdA = 2 * s0 * vdsat * u / vddif3;
        double cgsA = -2 * s0 * vddif1 * u / vddif3;
        cgdG = s0G * fd + vdsatG * cgdA;
        cgsG = s0G * fs + vdsatG * cgsA;
    }
}
