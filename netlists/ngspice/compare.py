#!/usr/bin/env python3
"""Compare a raw file against an ngspice golden (python3 stdlib only).

    netlists/ngspice/compare.py GOLDEN.raw TEST.raw [--tol 1e-6] [-v]
    netlists/ngspice/compare.py --run-memspice [--jar target/memspice.jar] [--tol 1e-6] [DECK ...]

Plots are matched by Plotname (ngspice always writes DC, then OP, then TRAN,
whatever the deck order); variables by name, case-insensitively. Variables
present in only one file are listed, not compared. Per variable the error is
max |test - golden| / peak, where peak = max |golden| of that variable over the
plot (floored at 1e-12 so an all-zero signal is compared absolutely):
  - Operating Point / DC sweep: point by point (the point counts must agree);
  - Transient: the golden is linearly interpolated onto the test's time points
    inside the golden's time range (with UIC ngspice has no t = 0 point).
Exit code 1 when any compared variable exceeds --tol.

--run-memspice runs `java -jar JAR run DECK -o TMP.raw` for each deck of this
folder (or the ones named) and compares with DECK's golden.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the work tree
sys.path.insert(0, os.path.join(HERE, "..", "..", "bench"))
from rawfile import read_raw  # noqa: E402


def interp_many(ts, ys, tq):
    """Linear interpolation of (ts, ys) at the increasing query times tq."""
    out = []
    k = 0
    n = len(ts)
    for t in tq:
        while k < n - 2 and ts[k + 1] < t:
            k += 1
        t0, t1 = ts[k], ts[min(k + 1, n - 1)]
        if t1 == t0 or t <= t0:
            out.append(ys[k] if t >= t0 else ys[0])
        elif t >= t1:
            out.append(ys[min(k + 1, n - 1)])
        else:
            f = (t - t0) / (t1 - t0)
            out.append(ys[k] + f * (ys[k + 1] - ys[k]))
    return out


def compare_plot(gold, test):
    """Return (rows, only_gold, only_test, note); rows = (name, err, where)."""
    gnames = {n.lower(): n for n in gold.names}
    tnames = {n.lower(): n for n in test.names}
    common = [n for n in gnames if n in tnames]
    only_gold = [gnames[n] for n in gnames if n not in tnames]
    only_test = [tnames[n] for n in tnames if n not in gnames]
    rows = []
    note = ""
    tran = gold.plotname.lower().startswith("transient")
    if tran:
        tq = [t for t in test.scale if gold.scale[0] - 1e-18 <= t <= gold.scale[-1] * (1 + 1e-12)]
        idx = [i for i, t in enumerate(test.scale) if gold.scale[0] - 1e-18 <= t <= gold.scale[-1] * (1 + 1e-12)]
        if len(tq) < len(test.scale):
            note = "%d test points outside the golden's time range [%g, %g] not compared" % (
                len(test.scale) - len(tq), gold.scale[0], gold.scale[-1])
        if abs(test.scale[-1] - gold.scale[-1]) > 1e-9 * abs(gold.scale[-1]):
            note += "; final times differ: golden %g, test %g" % (gold.scale[-1], test.scale[-1])
    elif gold.npoints != test.npoints:
        return [], only_gold, only_test, "point counts differ: golden %d, test %d" % (gold.npoints, test.npoints)
    for n in common:
        if tran and n == gold.names[0].lower():
            continue
        g = gold.columns[gnames[n]]
        tcol = test.columns[tnames[n]]
        peak = max(max(abs(x) for x in g), 1e-12)
        if tran:
            ref = interp_many(gold.scale, g, tq)
            vals = [tcol[i] for i in idx]
            where = tq
        else:
            ref, vals, where = g, tcol, list(range(len(g)))
        err, at = 0.0, None
        for r, v, w in zip(ref, vals, where):
            d = abs(v - r) / peak
            if d > err:
                err, at = d, w
        rows.append((gnames[n], err, at))
    return rows, only_gold, only_test, note


def compare_files(golden, test, tol, verbose, label=None):
    gplots = read_raw(golden)
    tplots = read_raw(test)
    ok = True
    label = label or os.path.basename(test)
    for gp in gplots:
        tp = [p for p in tplots if p.plotname.strip().lower() == gp.plotname.strip().lower()]
        if not tp:
            print("FAIL %-16s %-28s missing in test" % (label, gp.plotname))
            ok = False
            continue
        rows, only_g, only_t, note = compare_plot(gp, tp[0])
        worst = max(rows, key=lambda r: r[1]) if rows else ("-", 0.0, None)
        good = bool(rows) and worst[1] <= tol
        ok = ok and good
        print("%-4s %-16s %-28s %3d vars, worst %.2e (%s at %s)"
              % ("ok" if good else "FAIL", label, gp.plotname, len(rows), worst[1], worst[0], fmt_at(worst[2])))
        if note:
            print("       note: %s" % note)
        if only_g:
            print("       only in golden: %s" % " ".join(only_g))
        if only_t:
            print("       only in test:   %s" % " ".join(only_t))
        if verbose:
            for name, err, at in sorted(rows, key=lambda r: -r[1]):
                print("       %-14s %.2e at %s" % (name, err, fmt_at(at)))
    return ok


def fmt_at(at):
    if at is None:
        return "-"
    if isinstance(at, int):
        return "point %d" % at
    return "t=%.6g" % at


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="GOLDEN TEST, or deck names with --run-memspice")
    ap.add_argument("--tol", type=float, default=1e-6)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--run-memspice", action="store_true")
    ap.add_argument("--jar", default=os.path.join(HERE, "..", "..", "target", "memspice.jar"))
    ap.add_argument("--java-opts", default="-XX:+UseSerialGC")
    args = ap.parse_args()
    ok = True
    if args.run_memspice:
        decks = args.files or sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".cir"))
        with tempfile.TemporaryDirectory() as tmp:
            for d in decks:
                d = os.path.basename(d)
                d = d[:-4] if d.endswith(".cir") else d
                out = os.path.join(tmp, d + ".raw")
                r = subprocess.run(["java"] + args.java_opts.split() + ["-jar", args.jar, "run",
                                    os.path.join(HERE, d + ".cir"), "-o", out],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                if r.returncode != 0 or not os.path.exists(out):
                    print("FAIL %-16s memspice exit code %d\n%s" % (d, r.returncode, r.stdout[-2000:]))
                    ok = False
                    continue
                ok = compare_files(os.path.join(HERE, d + ".ngspice.raw"), out, args.tol, args.verbose, d) and ok
    else:
        if len(args.files) != 2:
            ap.error("give GOLDEN and TEST raw files (or --run-memspice)")
        ok = compare_files(args.files[0], args.files[1], args.tol, args.verbose)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
