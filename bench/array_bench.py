#!/usr/bin/env python3
"""1T1R array benchmark (issue 5, scale): memspice's .crossbar against ngspice on the same circuit.

Two decks per size N (see bench/README.md, "1T1R arrays"):
  lin  - an N x N 1T1R array of linear cells (resistors, log-uniform 10k..1M) with level-1 NMOS access
         transistors, 2.5 ohm line segments, 100 ohm + 10 pF sense loads: a read (all word lines pulsed to 0.2 V,
         all select lines on) then a write-like 2 V pulse on word line 0. memspice runs the .crossbar deck; ngspice
         runs the same netlist flattened by `memspice xbar` (made before timing). Accuracy: the sense voltages
         at the end of the read plateau.
  ag   - the same array of calibrated Ag/WSe2-QD cells (models/agqd_lsmo.lib), word lines driven by YDACs, bit
         lines read through YTIA virtual-ground amplifiers into 8-bit SAR YADCs, then a write pulse (2.5 V,
         200 us) on row 0. memspice only (ngspice has no such devices); it reports the time and how many row-0
         cells the write moved.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import crossbar_bench as cb  # noqa: E402
from rawfile import read_raw  # noqa: E402

REPO = os.path.dirname(HERE)
MEMSPICE = os.path.join(REPO, "memspice")


def lin_deck(n, seed):
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        rows.append(",".join("%.6g" % (1 / (10e3 * 100 ** rnd.random())) for _ in range(n)))
    lines = ["1t1r linear %dx%d" % (n, n),
             ".model nch NMOS (level=1 vto=0.5 kp=200u lambda=0.02)",
             ".crossbar xb rows=%d cols=%d cell=1T1R device=R gmap=g%d.csv tmodel=nch w=2u l=0.5u"
             " rwl=2.5 rbl=2.5 rsl=10" % (n, n, n)]
    for i in range(n):
        write = " 150n 0.2 152n 2 160n 2 162n 0" if i == 0 else ""
        lines.append("VW%d xb.wl%d 0 PWL(0 0 10n 0.2 100n 0.2%s)" % (i, i, write))
        lines.append("VS%d xb.sl%d 0 2.5" % (i, i))
    for j in range(n):
        lines.append("RS%d xb.bl%d 0 100" % (j, j))
        lines.append("CS%d xb.bl%d 0 10p" % (j, j))
    lines.append(".save " + " ".join("v(xb.bl%d)" % j for j in range(n)))
    lines.append(".tran 1n 200n 0 1n")
    lines.append(".end")
    return "\n".join(lines) + "\n", "\n".join(rows) + "\n"


AG_WRITE_V = 4.0      # volts on word line 0 during the write: ISPP in netlists/examples/program_1t1r.cir sets
AG_WRITE_T = 100e-6   # these cells with 3-6 V, 100 us pulses; 2.5 V barely moves an HRS gap in 200 us
AG_READBACK = 110e-6  # second read, after the write


def ag_deck(n, seed):
    """Read all rows through DACs (ADC sample at 1.5 us), write row 0, read everything back (sample at 111.5 us)."""
    rnd = random.Random(seed)
    states = "\n".join(",".join("%.4g" % (0.12e-9 if rnd.random() < 0.5 else 2.2e-9) for _ in range(n))
                       for _ in range(n)) + "\n"
    r2 = AG_READBACK * 1e6  # microseconds
    tw = AG_WRITE_T * 1e6
    lines = ["1t1r ag/wse2-qd %dx%d: DAC read, TIA + ADC, write pulse on row 0, read back" % (n, n),
             ".include %s" % os.path.join(REPO, "models", "agqd_lsmo.lib"),
             ".model nch NMOS (level=1 vto=0.5 kp=200u lambda=0.02)",
             ".model dac8 dac (bits=8 vmin=0 vmax=0.4 rout=10 trise=10n tfall=10n)",
             ".model tia1 tia (rf=100k a0=1e4 gbw=100meg)",
             # one conversion per read: sampling 1.5 us into each read
             ".model adc8 adc (bits=8 vmin=-1 vmax=0 arch=sar tbit=1n period=%gu delay=1.5u)" % r2,
             ".crossbar xb rows=%d cols=%d cell=1T1R device=agqd_lsmo tmodel=nch w=2u l=0.5u rwl=2.5 rbl=2.5"
             " rsl=10 states=s%d.csv stateparam=xinit" % (n, n, n)]
    for i in range(n):
        if i == 0:
            lines.append("VW0 xb.wl0 0 PWL(0 0 0.1u 0.2 1.9u 0.2 2u 0 2.1u 0 2.2u %g %gu %g %gu 0 %gu 0 %gu 0.2"
                         " %gu 0.2 %gu 0)" % (AG_WRITE_V, 2.2 + tw, AG_WRITE_V, 2.3 + tw,
                                              r2, r2 + 0.1, r2 + 1.9, r2 + 2))
        else:
            code = rnd.randrange(64, 256)
            lines.append("YDAC d%d xb.wl%d 0 dac8 pwc=(0 0 0.1u %d 1.9u 0 %gu %d %gu 0)"
                         % (i, i, code, r2 + 0.1, code, r2 + 1.9))
        lines.append("VS%d xb.sl%d 0 2.5" % (i, i))
    for j in range(n):
        lines.append("YTIA t%d xb.bl%d o%d 0 tia1" % (j, j, j))
        lines.append("YADC a%d o%d 0 adc8" % (j, j))
    lines.append(".save " + " ".join("x(ya%d)" % j for j in range(n)) + " "
                 + " ".join("x(xb.c0_%d)" % j for j in range(n)))
    lines.append(".options reltol=1e-3")
    lines.append(".tran 10n %gu 0 1u" % (r2 + 3))
    lines.append(".end")
    return "\n".join(lines) + "\n", states


def run_summary(workdir, deck_path):
    """Unknowns and transient statistics from memspice's summary in the last run's log."""
    import glob
    import re
    logs = sorted(glob.glob(os.path.join(workdir, "%s.memspice.run*.log" % os.path.basename(deck_path))))
    if not logs:
        return None, ""
    text = open(logs[-1], errors="replace").read()
    unknowns = re.search(r"circuit\s+(\d+) unknowns", text)
    tran = re.search(r"tran\s+(\d+) points, (\d+) Newton iterations, (\d+) LU factorisations", text)
    stats = "%s points, %s Newton iterations, %s factorisations" % tran.groups() if tran else ""
    return (int(unknowns.group(1)) if unknowns else None), stats


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="32,64,128")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--decks", default="lin,ag")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--no-ngspice", action="store_true")
    ap.add_argument("--ngspice-max", type=int, default=64,
                    help="run ngspice only up to this N (its Sparse 1.3 solver needs minutes at 64, far longer at 128)")
    ap.add_argument("--workdir", default=None)
    args = ap.parse_args(argv)
    workdir = args.workdir or tempfile.mkdtemp(prefix="memspice-array-bench-")
    os.makedirs(workdir, exist_ok=True)
    subprocess.run([MEMSPICE, "--help"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # build once
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        if "lin" in args.decks:
            deck, g = lin_deck(n, args.seed)
            path = os.path.join(workdir, "lin%d.cir" % n)
            open(path, "w").write(deck)
            open(os.path.join(workdir, "g%d.csv" % n), "w").write(g)
            flat = os.path.join(workdir, "lin%d.flat.cir" % n)
            subprocess.run([MEMSPICE, "xbar", path, "-o", flat], check=True, stdout=subprocess.DEVNULL)
            ms = cb.measure("memspice", lambda d, r: [MEMSPICE, "run", d, "-o", r], path,
                            os.path.join(workdir, "lin%d.ms.raw" % n), args.repeats, args.timeout, workdir,
                            lambda res: res.rc != 0)
            ng = None
            if not args.no_ngspice and n <= args.ngspice_max:
                ng = cb.measure("ngspice", lambda d, r: ["ngspice", "-b", "-r", r, d], flat,
                                os.path.join(workdir, "lin%d.ng.raw" % n), args.repeats, args.timeout, workdir,
                                cb.ngspice_failed)
            diff = ""
            if ms.raw and ng and ng.raw:
                a = cb.final_values(cb.pick_plot(read_raw(ms.raw), "tran"), "tran", 95e-9)
                b = cb.final_values(cb.pick_plot(read_raw(ng.raw), "tran"), "tran", 95e-9)
                worst, name, count = cb.max_rel_diff(a, b)["v("]
                diff = "%.1e (%d bit lines)" % (worst, count) if worst is not None else ""
            rows.append(("lin", n, ms, ng, diff) + run_summary(workdir, path))
        if "ag" in args.decks:
            deck, states = ag_deck(n, args.seed)
            path = os.path.join(workdir, "ag%d.cir" % n)
            open(path, "w").write(deck)
            open(os.path.join(workdir, "s%d.csv" % n), "w").write(states)
            raw = os.path.join(workdir, "ag%d.ms.raw" % n)
            ms = cb.measure("memspice", lambda d, r: [MEMSPICE, "run", d, "-o", r], path, raw,
                            args.repeats, args.timeout, workdir, lambda res: res.rc != 0)
            note = ""
            if ms.raw:
                plot = cb.pick_plot(read_raw(ms.raw), "tran")
                hrs = [j for j in range(n) if plot.columns["x(yxb.c0_%d)" % j][0] > 1.0]
                after = [plot.columns["x(yxb.c0_%d)" % j][-1] for j in hrs]
                codes = [plot.columns["x(ya%d)" % j] for j in range(n)]
                t = plot.scale
                first = next(k for k in range(len(t)) if t[k] >= 2e-6)
                moved = sum(1 for c in codes if c[-1] != c[first])
                note = ("write (%g V, %g us) on row 0: its %d HRS gaps 2.2 nm -> mean %.2f nm; read-back codes differ"
                        " from the first read on %d of %d bit lines" % (AG_WRITE_V, AG_WRITE_T * 1e6, len(hrs),
                                                                      sum(after) / max(1, len(after)), moved, n))
            rows.append(("ag", n, ms, None, note) + run_summary(workdir, path))
    print("\n| deck | N | unknowns | memspice median s | peak RSS MB | ngspice median s | ratio ngspice/memspice"
          " | transient | notes |")
    print("|---|---|---|---|---|---|---|---|---|")
    for kind, n, ms, ng, note, unknowns, stats in rows:
        ratio = "%.2f" % (ng.wall / ms.wall) if ng and ng.wall and ms.wall else "-"
        print("| %s | %d | %s | %s | %s | %s | %s | %s | %s |" % (
            kind, n, unknowns or "-", "%.2f" % ms.wall if ms.wall else ms.status,
            "%.0f" % ms.peak_rss if ms.peak_rss else "-",
            ("%.2f" % ng.wall if ng.wall else ng.status) if ng else "-", ratio, stats, note))
    print("\nworkdir: %s" % workdir)


if __name__ == "__main__":
    main()
