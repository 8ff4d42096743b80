#!/usr/bin/env python3
"""Sanity checks for the ngspice goldens in this folder (python3 stdlib only).

    netlists/ngspice/check_goldens.py              # summary + hand checks
    netlists/ngspice/check_goldens.py --converge   # also the convergence study

Summary: every golden is read back and its plots, variables and ranges printed.
Hand checks: a few values compared with closed-form results.
Convergence (--converge): each .tran deck is re-run by ngspice with tmax/8,
tstep = tmax/8, reltol=1e-9 in a temporary folder as a reference. Per signal,
relative to its peak |value|: "own" = golden minus reference at the golden's
time points (ngspice's time-discretisation error), must be < 2e-7; "interp" =
golden linearly interpolated onto the reference's time points minus reference
(own error plus linear-interpolation error), must be < 5e-7.
"""

import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the work tree
sys.path.insert(0, os.path.join(HERE, "..", "..", "bench"))
from rawfile import read_raw  # noqa: E402


def load(name):
    return read_raw(os.path.join(HERE, name + ".ngspice.raw"))


def interp(ts, ys, t):
    """Linear interpolation of (ts, ys) at t (ts increasing); clamps at ends."""
    lo, hi = 0, len(ts) - 1
    if t <= ts[0]:
        return ys[0]
    if t >= ts[hi]:
        return ys[hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ts[mid] <= t:
            lo = mid
        else:
            hi = mid
    if ts[hi] == ts[lo]:
        return ys[hi]
    f = (t - ts[lo]) / (ts[hi] - ts[lo])
    return ys[lo] + f * (ys[hi] - ys[lo])


def summary():
    for f in sorted(os.listdir(HERE)):
        if not f.endswith(".ngspice.raw"):
            continue
        for p in read_raw(os.path.join(HERE, f)):
            print("%-28s %-28s %6d points  scale %s" % (f, p.plotname, p.npoints, p.scale_name))
            for name in p.names[1:] if p.npoints > 1 else p.names:
                col = p.columns[name]
                print("      %-14s min %+.6e  max %+.6e  last %+.6e" % (name, min(col), max(col), col[-1]))


CHECKS = []


def check(label, got, want, rel=1e-6, abs_=1e-12):
    ok = abs(got - want) <= rel * abs(want) + abs_
    CHECKS.append(ok)
    print("%-4s %-52s got %+.9e  want %+.9e" % ("ok" if ok else "FAIL", label, got, want))


def solve_resistive(deck):
    """Independent MNA solution of a deck made of R, DC V and DC I elements
    (the .op point). Returns {'v(node)': value, 'i(vname)': value}."""
    lines = []
    for raw in open(os.path.join(HERE, deck)).read().splitlines()[1:]:
        raw = re.split(r"\s[;$]\s|\s;", raw)[0]
        if raw.startswith("+") and lines:
            lines[-1] += " " + raw[1:]
        elif raw.strip() and not raw.startswith("*") and not raw.startswith("."):
            lines.append(raw)
    nodes, vsrc, elems = {}, [], []
    for ln in lines:
        tok = ln.split()
        kind = tok[0][0].upper()
        a, b = tok[1].lower(), tok[2].lower()
        for nd in (a, b):
            if nd != "0" and nd not in nodes:
                nodes[nd] = len(nodes)
        if kind == "R":
            elems.append(("R", a, b, parse_value(tok[3])))
        else:
            rest = [t for t in tok[3:] if t.upper() != "DC"]
            val = parse_value(rest[0])
            elems.append((kind, a, b, val))
            if kind == "V":
                vsrc.append(tok[0].lower())
    n = len(nodes) + len(vsrc)
    A = [[0.0] * n for _ in range(n)]
    z = [0.0] * n
    k = len(nodes)
    for kind, a, b, val in elems:
        ia, ib = nodes.get(a), nodes.get(b)
        if kind == "R":
            g = 1.0 / val
            for i, j, s in ((ia, ia, g), (ib, ib, g), (ia, ib, -g), (ib, ia, -g)):
                if i is not None and j is not None:
                    A[i][j] += s
        elif kind == "I":   # current flows from a through the source to b
            if ia is not None:
                z[ia] -= val
            if ib is not None:
                z[ib] += val
        else:               # V: branch current flows from a through the source to b
            if ia is not None:
                A[ia][k] += 1
                A[k][ia] += 1
            if ib is not None:
                A[ib][k] -= 1
                A[k][ib] -= 1
            z[k] = val
            k += 1
    # Gaussian elimination with partial pivoting
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(A[r][c]))
        A[c], A[p], z[c], z[p] = A[p], A[c], z[p], z[c]
        for r in range(c + 1, n):
            f = A[r][c] / A[c][c]
            if f:
                for j in range(c, n):
                    A[r][j] -= f * A[c][j]
                z[r] -= f * z[c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (z[r] - sum(A[r][j] * x[j] for j in range(r + 1, n))) / A[r][r]
    out = {"v(%s)" % nd: x[i] for nd, i in nodes.items()}
    for m, name in enumerate(vsrc):
        out["i(%s)" % name] = x[len(nodes) + m]
    return out


def hand_checks():
    # independent MNA solve of the purely resistive decks (op point)
    for deck in ("op_divider", "op_network", "crossbar4x4_op"):
        want = solve_resistive(deck + ".cir")
        op = [p for p in load(deck) if p.plotname == "Operating Point"][0]
        scale = max(abs(v) for k, v in want.items() if k.startswith("v("))
        iscale = max(abs(v) for k, v in want.items() if k.startswith("i("))
        worst = max(abs(op.get(k)[0] - v) / (scale if k.startswith("v(") else iscale)
                    for k, v in want.items())
        missing = [k for k in op.names if k.lower() not in want]
        check("%s: all %d values vs own MNA solve (max rel)" % (deck, len(want)), worst, 0.0, abs_=1e-12)
        if missing:
            print("     ngspice-only variables: %s" % missing)

    op = load("op_divider")[0]
    check("op_divider v(out) = 8.25", op.get("v(out)")[0], 8.25)
    check("op_divider i(v1) = -1.75 mA", op.get("i(v1)")[0], -1.75e-3)

    # ctrl_op_dc at V1 = 1 V (the .op plot)
    opc = [p for p in load("ctrl_op_dc") if p.plotname == "Operating Point"][0]
    vin = 1.0
    isense = vin / 500
    check("ctrl_op_dc v(e) = 2.5 v(in)", opc.get("v(e)")[0], 2.5 * vin)
    check("ctrl_op_dc v(g) = 1m v(in) 1k", opc.get("v(g)")[0], 1e-3 * vin * 1e3)
    check("ctrl_op_dc v(f) = 3 i(vsense) 1k", opc.get("v(f)")[0], 3 * isense * 1e3)
    check("ctrl_op_dc v(h) = 200 i(vsense)", opc.get("v(h)")[0], 200 * isense)
    check("ctrl_op_dc v(dm) = 0.25 (v(e)-v(h))", opc.get("v(dm)")[0], 0.25 * (2.5 * vin - 200 * isense))

    # dc_nested: v(b) by superposition, at every point
    dcn = load("dc_nested")[0]
    # node b: R1 (1k) to in, R2 (2k) to 0, R3+R4 (2k) to 0, I1 injects
    g = 1 / 1e3 + 1 / 2e3 + 1 / 2e3
    i_vals = [-1e-3, 0.0, 1e-3]
    worst = 0.0
    for k, v1 in enumerate(dcn.scale):
        i1 = i_vals[k // 5]
        vb = (v1 / 1e3 + i1) / g
        worst = max(worst, abs(dcn.get("v(b)")[k] - vb))
    check("dc_nested max |v(b) - closed form| (15 points)", worst, 0.0, abs_=1e-12)

    # RC / RL step responses (1 ps edge at t = 0; ideal-step formula)
    rc = load("tran_rc")[0]
    for t in (1e-6, 3e-6):
        want = 1 - math.exp(-(t - 0.5e-12) / 1e-6)
        check("tran_rc v(out)(%g s) = 1 - exp(-t/tau)" % t, interp(rc.scale, rc.get("v(out)"), t), want, rel=2e-6)
    rl = load("tran_rl")[0]
    t = 1e-6
    want = 1e-2 * (1 - math.exp(-(t - 0.5e-12) / 1e-6))
    check("tran_rl i(l1)(1 us) = 10 mA (1 - exp(-1))", interp(rl.scale, rl.get("i(l1)"), t), want, rel=2e-6)

    # source waveforms read back from the node driven directly by the source
    sn = load("tran_sin")[0]
    for t in (10e-9, 47e-9, 123e-9):
        want = 0.5 if t <= 20e-9 else 0.5 + math.sin(2 * math.pi * 1e7 * (t - 20e-9)) * math.exp(-(t - 20e-9) * 5e6)
        check("tran_sin v(in)(%g s)" % t, interp(sn.scale, sn.get("v(in)"), t), want, rel=1e-5, abs_=1e-6)
    check("tran_sin v(in2)(0) = 1 (phase 90 deg)", sn.get("v(in2)")[0], 1.0)
    ex = load("tran_exp")[0]
    for t in (50e-9, 300e-9):
        a = 1 - math.exp(-(t - 10e-9) / 40e-9)
        if t > 200e-9:
            a += (0 - 1) * (1 - math.exp(-(t - 200e-9) / 60e-9))
        check("tran_exp v(in)(%g s)" % t, interp(ex.scale, ex.get("v(in)"), t), a, rel=1e-5, abs_=1e-6)

    ic = load("tran_ic")[0]
    check("tran_ic v(b)(0) = .ic 3 V", ic.get("v(b)")[0], 3.0, rel=1e-9)
    check("tran_ic v(a)(0) = 5 V (ic= ignored without uic)", ic.get("v(a)")[0], 5.0, rel=1e-9)
    uic = load("tran_uic")[0]
    print("info tran_uic first time point t = %.3e s (no t = 0 point with uic)" % uic.scale[0])


def converge():
    """Re-run each .tran deck with tmax/8 (and tstep = tmax/8, reltol=1e-9) as
    a reference; report per deck the worst signal for
      own:    |golden - reference| at the golden's own time points,
              i.e. ngspice's time-discretisation error;
      interp: |golden linearly interpolated - reference| at the reference's
              time points, i.e. own error plus linear-interpolation error;
    both relative to the signal's peak |value|."""
    decks = sorted(f for f in os.listdir(HERE) if f.endswith(".cir"))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for deck in decks:
            text = open(os.path.join(HERE, deck)).read()
            m = re.search(r"^\.tran\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)(.*)$", text, re.M | re.I)
            if not m:
                continue
            tm = parse_value(m.group(4)) / 8
            refined = text.replace(m.group(0), ".tran %.6g %s %s %.6g%s" % (
                tm, m.group(2), m.group(3), tm, m.group(5)))
            refined = re.sub(r"reltol=\S+", "reltol=1e-9", refined)
            path = os.path.join(tmp, deck)
            with open(path, "w") as f:
                f.write(refined)
            raw = os.path.join(tmp, deck + ".raw")
            subprocess.run(["ngspice", "-b", "-r", raw, path], cwd=tmp, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ref = [p for p in read_raw(raw) if p.plotname == "Transient Analysis"][0]
            gold = [p for p in load(deck[:-4]) if p.plotname == "Transient Analysis"][0]
            own, interp_err = (0.0, None), (0.0, None)
            for name in gold.names[1:]:
                g = gold.columns[name]
                r = ref.get(name)
                peak = max(abs(x) for x in r) or 1.0
                for t, gv in zip(gold.scale, g):
                    d = abs(interp(ref.scale, r, t) - gv) / peak
                    if d > own[0]:
                        own = (d, name)
                for t, rv in zip(ref.scale, r):
                    if t < gold.scale[0]:
                        continue
                    d = abs(interp(gold.scale, g, t) - rv) / peak
                    if d > interp_err[0]:
                        interp_err = (d, name)
            good = own[0] < 2e-7 and interp_err[0] < 5e-7
            ok = ok and good
            print("%-4s %-16s %6d points: own %.1e (%s)  interp %.1e (%s)"
                  % ("ok" if good else "FAIL", deck, gold.npoints, own[0], own[1],
                     interp_err[0], interp_err[1]))
    CHECKS.append(ok)


SUFFIX = {"t": 1e12, "g": 1e9, "meg": 1e6, "k": 1e3, "m": 1e-3, "u": 1e-6, "n": 1e-9, "p": 1e-12, "f": 1e-15}


def parse_value(s):
    m = re.match(r"^([-+]?[0-9.]+(?:e[-+]?\d+)?)(meg|[tgkmunpf])?", s.lower())
    return float(m.group(1)) * SUFFIX.get(m.group(2) or "", 1.0)


if __name__ == "__main__":
    if "--summary" in sys.argv:
        summary()
    hand_checks()
    if "--converge" in sys.argv:
        converge()
    if not all(CHECKS):
        sys.exit(1)
