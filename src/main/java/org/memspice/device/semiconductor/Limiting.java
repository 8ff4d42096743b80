package org.memspice.device.semiconductor;

/**
 * SPICE3/ngspice's per-iteration limits on junction and FET voltages (ngspice devsup.c: DEVpnjlim, DEVfetlim,
 * DEVlimvds). They only change the Newton path, never the solution: a device loads the linearisation of its
 * equations at the limited voltages and marks the iterate as limited, so it cannot be declared converged.
 */
public final class Limiting {
    private Limiting() {}

    /**
     * pnjlim: above vcrit an exponential junction may not move by more than about 2·vt per iteration
     * (logarithmic steps); reverse moves are bounded by 2·vold − 1 (or −vold − 1 from forward bias).
     */
    public static double pnjlim(double vnew, double vold, double vt, double vcrit) {
        if (vnew > vcrit && Math.abs(vnew - vold) > vt + vt) {
            if (vold > 0) {
                double arg = (vnew - vold) / vt;
                return arg > 0 ? vold + vt * (2 + Math.log(arg - 2)) : vold - vt * (2 + Math.log(2 - arg));
            }
            return vt * Math.log(vnew / vt);
        }
        if (vnew < 0) {
            double arg = vold > 0 ? -vold - 1 : 2 * vold - 1;
            return Math.max(vnew, arg);
        }
        return vnew;
    }

    /** fetlim: gate voltage steps bounded around the threshold vto (SPICE3 with Gillespie's vtstlo). */
    public static double fetlim(double vnew, double vold, double vto) {
        double vtsthi = Math.abs(2 * (vold - vto)) + 2;
        double vtstlo = Math.abs(vold - vto) + 1;
        double vtox = vto + 3.5;
        double delv = vnew - vold;
        if (vold >= vto) {
            if (vold >= vtox) {
                if (delv <= 0) {
                    if (vnew >= vtox) {
                        if (-delv > vtstlo) {
                            return vold - vtstlo;
                        }
                        return vnew;
                    }
                    return Math.max(vnew, vto + 2);
                }
                return delv >= vtsthi ? vold + vtsthi : vnew;
            }
            return delv <= 0 ? Math.max(vnew, vto - 0.5) : Math.min(vnew, vto + 4);
        }
        if (delv <= 0) {
            return -delv > vtsthi ? vold - vtsthi : vnew;
        }
        double vtemp = vto + 0.5;
        if (vnew <= vtemp) {
            return delv > vtstlo ? vold + vtstlo : vnew;
        }
        return vtemp;
    }

    /** limvds: drain-source steps of at most 3·vold + 2 upward above 3.5 V, and to [−0.5, 4] V below. */
    public static double limvds(double vnew, double vold) {
        if (vold >= 3.5) {
            if (vnew > vold) {
                return Math.min(vnew, 3 * vold + 2);
            }
            return vnew < 3.5 ? Math.max(vnew, 2) : vnew;
        }
        return vnew > vold ? Math.min(vnew, 4) : Math.max(vnew, -0.5);
    }
}
