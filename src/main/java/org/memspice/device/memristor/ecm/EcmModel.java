package org.memspice.device.memristor.ecm;

import org.memspice.device.Device;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.device.memristor.MemristorInstance;
import org.memspice.device.memristor.MemristorModelKind;
import org.memspice.netlist.SourceLocation;

/**
 * {@code .model NAME ecm (…)}: Model A of the physics reference (§1), the Ag/WSe2-QD/LSMO electrochemical-
 * metallization cell of seed 001 (Wang et al., Research 2022). Every default is the reference's §1.5 value (SI
 * units on the card; lengths in m, velocities in m/s):
 *
 * <table>
 * <tr><td>i0, x0, v0</td><td>5.24e-7 A, 0.25e-9 m, 0.25 V</td><td>(A1) I = I0·e^{−x/x0}·sinh(V_c/V0)·gain</td></tr>
 * <tr><td>xmin, xmax, dw</td><td>0.1e-9, 2.2e-9, 0.05e-9 m</td><td>gap range and window softness (A3)</td></tr>
 * <tr><td>wfloor</td><td>0.01</td><td>softplus floor of the windows (this implementation, see models/README.md)</td></tr>
 * <tr><td>vs0, vsn, rsn</td><td>0.52 V, 0.015 V, 1.3e-7 m/s</td><td>set nucleation V_s0, V_n, v_n</td></tr>
 * <tr><td>rsh, vsh</td><td>2e-8 m/s, 0.5 V</td><td>set hopping cap v_h, V_h</td></tr>
 * <tr><td>vr0, vrn, rrn</td><td>0.165 V, 0.015 V, 1.3e-7 m/s</td><td>reset nucleation V_r0, V_rn, v_r</td></tr>
 * <tr><td>rrh, vrh</td><td>2e-8 m/s, 0.5 V</td><td>reset hopping cap v_hr, V_hr</td></tr>
 * <tr><td>vg</td><td>0.01 V</td><td>polarity gate sig(V/V_g)</td></tr>
 * <tr><td>tau1, tau2p, tau2n</td><td>48e-6, 700e-6, 855e-6 s</td><td>pool relaxation times (A4), S1 PPF fits</td></tr>
 * <tr><td>k10, k20, vu</td><td>260, 8 1/s, 0.2 V</td><td>pool drives K_i = k_i0·(cosh(V/V_u) − 1)</td></tr>
 * <tr><td>a1, a2</td><td>1, 1</td><td>volatile gains</td></tr>
 * <tr><td>rs</td><td>6e5 Ω</td><td>built-in LSMO series resistance on an internal node (Model B); 0 = none</td></tr>
 * <tr><td>cp</td><td>4e-12 F</td><td>parallel geometric capacitance (q-based); 0 = none</td></tr>
 * <tr><td>nch</td><td>0</td><td>quantized-contact cap R_q = 1/(n_ch·G0) in series; 0 = none</td></tr>
 * <tr><td>xinit</td><td>2.2e-9 m</td><td>initial gap (HRS); an instance parameter as a rule</td></tr>
 * <tr><td>vclim</td><td>0.5 V</td><td>per-iteration limit of V_c (2·V0, §5.6); 0 = off</td></tr>
 * <tr><td>vs0_d2d, vr0_d2d, i0_d2d</td><td>0</td><td>device-to-device σ: V_s0, V_r0 (V, Gaussian), ln I0 (lognormal)</td></tr>
 * <tr><td>vs0_c2c, vr0_c2c</td><td>0</td><td>cycle-to-cycle σ of V_s0, V_r0 (V, Gaussian), drawn per switching event</td></tr>
 * </table>
 */
public final class EcmModel implements MemristorModelKind {
    public static final ModelParameters.Declaration PARAMETERS = new ModelParameters.Declaration()
            .number("i0", 5.24e-7).number("x0", 0.25e-9).number("v0", 0.25)
            .number("xmin", 0.1e-9).number("xmax", 2.2e-9).number("dw", 0.05e-9).number("wfloor", 0.01)
            .number("vs0", 0.52).number("vsn", 0.015).number("rsn", 1.3e-7).number("rsh", 2e-8).number("vsh", 0.5)
            .number("vr0", 0.165).number("vrn", 0.015).number("rrn", 1.3e-7).number("rrh", 2e-8).number("vrh", 0.5)
            .number("vg", 0.01).number("tau1", 48e-6).number("tau2p", 700e-6).number("tau2n", 855e-6)
            .number("k10", 260).number("k20", 8).number("vu", 0.2).number("a1", 1).number("a2", 1)
            .number("rs", 6e5).number("cp", 4e-12).number("nch", 0).number("xinit", 2.2e-9).number("vclim", 0.5)
            .number("vs0_d2d", 0).number("vr0_d2d", 0).number("i0_d2d", 0)
            .number("vs0_c2c", 0).number("vr0_c2c", 0)
            // the reference's symbols where they are unambiguous without case (V_n vs v_n are not)
            .alias("vn", "vsn").alias("vh", "vsh").alias("vhr", "vrh").alias("g0", "x0").alias("c_p", "cp")
            .alias("r_s", "rs");

    private static final double NM = 1e9;

    @Override
    public Device create(MemristorInstance instance, ElaborationContext context) {
        ModelParameters p = ModelParameters.resolve(PARAMETERS, instance.model(), instance.instanceFields(), context,
                instance.displayName());
        SourceLocation at = instance.card().loc();
        double tiny = Double.MIN_NORMAL;
        double none = Double.NaN;
        double xmin = p.inRange("xmin", none, none, at);
        double xmax = p.inRange("xmax", none, none, at);
        if (!(xmax > xmin)) {
            throw p.error("xmax", at, "= " + xmax + " must exceed xmin = " + xmin);
        }
        double xinit = p.inRange("xinit", xmin, xmax, at);
        EcmParams e = new EcmParams(
                p.inRange("i0", tiny, none, at), p.inRange("x0", tiny, none, at) * NM, p.inRange("v0", tiny, none, at),
                xmin * NM, xmax * NM, p.inRange("dw", tiny, none, at) * NM, p.inRange("wfloor", tiny, 1, at),
                p.inRange("vs0", none, none, at), p.inRange("vsn", tiny, none, at),
                p.inRange("rsn", tiny, none, at) * NM, p.inRange("rsh", tiny, none, at) * NM,
                p.inRange("vsh", tiny, none, at),
                p.inRange("vr0", none, none, at), p.inRange("vrn", tiny, none, at),
                p.inRange("rrn", tiny, none, at) * NM, p.inRange("rrh", tiny, none, at) * NM,
                p.inRange("vrh", tiny, none, at),
                p.inRange("vg", tiny, none, at), p.inRange("tau1", tiny, none, at),
                p.inRange("tau2p", tiny, none, at), p.inRange("tau2n", tiny, none, at),
                p.inRange("k10", 0, none, at), p.inRange("k20", 0, none, at), p.inRange("vu", tiny, none, at),
                p.inRange("a1", 0, none, at), p.inRange("a2", 0, none, at),
                p.inRange("rs", 0, none, at), p.inRange("cp", 0, none, at), p.inRange("nch", 0, none, at),
                xinit * NM, p.inRange("vclim", 0, none, at),
                p.inRange("vs0_d2d", 0, none, at), p.inRange("vr0_d2d", 0, none, at),
                p.inRange("i0_d2d", 0, none, at), p.inRange("vs0_c2c", 0, none, at),
                p.inRange("vr0_c2c", 0, none, at));
        if (e.rs() > 0 && e.rs() < 1e-6) {
            throw p.error("rs", at, "= " + e.rs() + " is too small for an internal node; use rs=0 for none");
        }
        return new EcmCell(instance.name(), instance.plus(), instance.minus(), e,
                context.randomStream(instance.name()));
    }
}
