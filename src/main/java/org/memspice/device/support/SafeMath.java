package org.memspice.device.support;

/**
 * Overflow-safe elementary functions for compact models (physics reference §5.5). Math.exp overflows above
 * 709.78 and sinh/cosh likewise; a switching rate evaluated at a 7 V pulse must stay finite and differentiable.
 */
public final class SafeMath {
    /** Above this exponent limexp continues linearly (C1): Verilog-A's limexp idea. */
    public static final double LIMEXP_KNEE = 80.0;

    private SafeMath() {}

    /** e^z below the knee, e^knee·(1 + z − knee) above: finite for all z, continuous with its slope. */
    public static double limexp(double z) {
        return z < LIMEXP_KNEE ? Math.exp(z) : Math.exp(LIMEXP_KNEE) * (1.0 + z - LIMEXP_KNEE);
    }

    /** d limexp(z)/dz. */
    public static double dlimexp(double z) {
        return z < LIMEXP_KNEE ? Math.exp(z) : Math.exp(LIMEXP_KNEE);
    }

    /** sinh(z) through limexp: exact to double precision up to the knee, finite beyond. */
    public static double sinh(double z) {
        double a = Math.abs(z);
        double s = a < LIMEXP_KNEE ? Math.sinh(a) : 0.5 * limexp(a);
        return Math.copySign(s, z);
    }

    /** d sinh(z)/dz = cosh(z), with the same limiting. */
    public static double cosh(double z) {
        double a = Math.abs(z);
        return a < LIMEXP_KNEE ? Math.cosh(a) : 0.5 * dlimexp(a);
    }

    /** ln(e^a + e^b) without overflow. */
    public static double logAddExp(double a, double b) {
        double m = Math.max(a, b);
        if (m == Double.NEGATIVE_INFINITY) {
            return m;
        }
        return m + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    /** The logistic function 1/(1 + e^{−z}), stable for large |z|. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** ln(1 + e^z): a smooth max(z, 0), stable for large |z|; its derivative is {@link #sigmoid}. */
    public static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }
}
