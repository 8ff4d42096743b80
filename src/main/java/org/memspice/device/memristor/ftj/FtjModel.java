package org.memspice.device.memristor.ftj;

import java.util.Locale;
import org.apache.commons.math3.random.RandomGenerator;
import org.memspice.device.Device;
import org.memspice.device.ElaborationContext;
import org.memspice.device.ModelParameters;
import org.memspice.device.memristor.MemristorInstance;
import org.memspice.device.memristor.MemristorModelKind;
import org.memspice.netlist.SourceLocation;

/**
 * {@code .model NAME ftj (…)}: the Au/Cr/BaTiO3(1.6 nm)/Nb:SrTiO3 ferroelectric tunnel junction of seed 004
 * (Nie et al., Adv. Mater., doi:10.1002/adma.202412006), Model C of the physics reference (§3.2–3.5). Defaults are
 * the reference's §3.5 table; {@code models/bto_ftj.lib} is the calibrated card with its sources.
 *
 * <p>Variability (§5.9): {@code sigma_d2d} draws a lognormal G_mid per instance and {@code sigma_d2d_w} a
 * lognormal factor on each w, both at elaboration from the device's own random stream; {@code sigma_c2c} redraws a
 * lognormal conductance factor at the end of every write pulse ({@code |V| ≥ vevent}).
 */
public final class FtjModel implements MemristorModelKind {
    static final ModelParameters.Declaration PARAMETERS = new ModelParameters.Declaration()
            // conduction (§3.2): the surrogate (C1) or area × (J_DT + J_FN + J_TE)
            .keyword("conduction", "surrogate", "physics")
            .number("gmid", 480e-6).number("ws", 0.609).number("wu", 0.284).number("wv", 0.284)
            .number("vr", 0.1).number("vnl", 0.4)
            // polarization switching (§3.4, NLS-type rate [27])
            .number("tinf", 1e-8).number("alpha", 2).number("vap", 2.66).number("van", 5.80).number("eps", 0.01)
            .number("vw", 0.05)
            // volatile drive and Arrhenius relaxation (§3.4, §3.5)
            .number("k0", 0.182).number("vx", 0.10).number("kmax", 1e6)
            .number("ep", 0.23).number("tauup", 69e-3).number("tauun", 66e-3)
            .number("ev", 0.70).number("tauvp", 240e-3).number("tauvn", 380e-3)
            .number("sblend", 0.01).number("tref", 300)
            // initial states (instance parameters too)
            .number("s0", 0).number("u0", 0).number("n0", 0)
            .number("cgeo", 0)
            // physics conduction (§3.2): geometry [S4] and barriers [assume]
            .number("area", 9e-10).number("tbto", 1.6e-9)
            .number("phi1", 1.0).number("phi2", 1.2).number("meff", 1).number("mfn", 1)
            .number("phite", 0.6).number("richardson", 1.2e6).number("nte", 1).number("epsr", 100)
            // variability (§5.9)
            .number("sigma_d2d", 0).number("sigma_d2d_w", 0).number("sigma_c2c", 0).number("vevent", 0.5)
            .alias("t_bto", "tbto").alias("g_mid", "gmid").alias("w_s", "ws").alias("w_u", "wu").alias("w_v", "wv")
            .alias("v_nl", "vnl").alias("v_r", "vr").alias("t_inf", "tinf").alias("v_w", "vw").alias("v_x", "vx");

    @Override
    public Device create(MemristorInstance instance, ElaborationContext context) {
        ModelParameters m = ModelParameters.resolve(PARAMETERS, instance.model(), instance.instanceFields(), context,
                instance.displayName());
        SourceLocation at = instance.card().loc();
        double pos = Double.MIN_NORMAL;
        double none = Double.NaN;
        FtjJunction.Params p = new FtjJunction.Params();
        p.physics = m.keyword("conduction").toLowerCase(Locale.ROOT).equals("physics");
        p.gmid = m.inRange("gmid", pos, none, at);
        p.ws = m.inRange("ws", none, none, at);
        p.wu = m.inRange("wu", none, none, at);
        p.wv = m.inRange("wv", none, none, at);
        p.vr = m.inRange("vr", pos, none, at);
        p.vnl = m.inRange("vnl", pos, none, at);
        p.tinf = m.inRange("tinf", pos, none, at);
        p.alpha = m.inRange("alpha", pos, none, at);
        p.vap = m.inRange("vap", pos, none, at);
        p.van = m.inRange("van", pos, none, at);
        p.eps = m.inRange("eps", pos, none, at);
        p.vw = m.inRange("vw", pos, none, at);
        p.k0 = m.inRange("k0", 0, none, at);
        p.vx = m.inRange("vx", pos, none, at);
        p.kmax = m.inRange("kmax", pos, none, at);
        p.ep = m.inRange("ep", 0, none, at);
        p.ev = m.inRange("ev", 0, none, at);
        p.tauup = m.inRange("tauup", pos, none, at);
        p.tauun = m.inRange("tauun", pos, none, at);
        p.tauvp = m.inRange("tauvp", pos, none, at);
        p.tauvn = m.inRange("tauvn", pos, none, at);
        p.sblend = m.inRange("sblend", pos, none, at);
        p.tref = m.inRange("tref", pos, none, at);
        p.s0 = m.inRange("s0", -1, 1, at);
        p.u0 = m.inRange("u0", -1, 1, at);
        p.n0 = m.inRange("n0", -1, 1, at);
        p.cgeo = m.inRange("cgeo", 0, none, at);
        p.area = m.inRange("area", pos, none, at);
        p.thickness = m.inRange("tbto", pos, none, at);
        p.phi1 = m.inRange("phi1", pos, none, at);
        p.phi2 = m.inRange("phi2", pos, none, at);
        if (Math.abs(p.phi2 - p.phi1) >= 0.5 * (p.phi1 + p.phi2)) {
            throw m.error("phi2", at, "− phi1 must be smaller than their mean (BDR needs |Δφ/φ| < 1)");
        }
        p.meff = m.inRange("meff", pos, none, at);
        p.mfn = m.inRange("mfn", pos, none, at);
        p.phite = m.inRange("phite", pos, none, at);
        p.richardson = m.inRange("richardson", 0, none, at);
        p.ideality = m.inRange("nte", pos, none, at);
        p.epsr = m.inRange("epsr", pos, none, at);
        double sigmaD2d = m.inRange("sigma_d2d", 0, 1, at);
        double sigmaW = m.inRange("sigma_d2d_w", 0, 1, at);
        p.sigmaC2c = m.inRange("sigma_c2c", 0, 1, at);
        p.vevent = m.inRange("vevent", pos, none, at);

        // device-to-device draws, once per instance, from the device's own stream: mean-preserving lognormals
        RandomGenerator random = context.randomStream(instance.name());
        double lnScale = 0;
        if (sigmaD2d > 0) {
            lnScale = sigmaD2d * random.nextGaussian() - 0.5 * sigmaD2d * sigmaD2d;
        }
        if (sigmaW > 0) {
            p.ws *= Math.exp(sigmaW * random.nextGaussian() - 0.5 * sigmaW * sigmaW);
            p.wu *= Math.exp(sigmaW * random.nextGaussian() - 0.5 * sigmaW * sigmaW);
            p.wv *= Math.exp(sigmaW * random.nextGaussian() - 0.5 * sigmaW * sigmaW);
        }
        return new FtjJunction(instance.name(), instance.plus(), instance.minus(), p, lnScale, random);
    }
}
