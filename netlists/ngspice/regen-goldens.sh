#!/usr/bin/env bash
# Regenerate the ngspice golden raw files (ASCII) for every deck in this folder.
#
#   netlists/ngspice/regen-goldens.sh            # all decks
#   netlists/ngspice/regen-goldens.sh tran_rc    # only the named decks
#
# For each <name>.cir it runs, in this folder, exactly
#   SPICE_ASCIIRAWFILE=1 ngspice -b -r <name>.ngspice.raw <name>.cir
# SPICE_ASCIIRAWFILE=1 makes ngspice write an ASCII raw file ("Values:")
# without any change to the deck. For a deck with .meas cards, the results
# ngspice prints are kept as <name>.ngspice.measure, one "name value" line each
# (failed measurements are absent). ngspice refuses .meas in batch mode with -r, so
# such a deck is run a second time, exactly
#   NGSPICE_MEAS_PRECISION=15 ngspice -b <name>.cir
# and the results are extracted from its console output with
#   sed -n '/Measurements for/,/Total analysis time/p' LOG | awk '$2 == "=" {print $1, $3}'
# NGSPICE_MEAS_PRECISION=15 makes ngspice print WHEN, RMS, INTEG and PARAM results
# with 16 digits (the others are printed %e, 7 digits). ngspice's console output goes to
# <name>.ngspice.log in a temporary folder and is shown only on failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

command -v ngspice >/dev/null || { echo "ngspice not found" >&2; exit 1; }
for f in .spiceinit "$HOME/.spiceinit"; do
    [[ -e "$f" ]] && echo "warning: $f exists and may change ngspice's results" >&2
done
echo "$(ngspice --version | grep -m1 -o 'ngspice-[0-9.]*')"

if [[ $# -gt 0 ]]; then
    decks=()
    for n in "$@"; do decks+=("${n%.cir}.cir"); done
else
    decks=(*.cir)
fi

logdir="$(mktemp -d)"
trap 'rm -rf "$logdir"' EXIT
fail=0
for deck in "${decks[@]}"; do
    name="${deck%.cir}"
    raw="$name.ngspice.raw"
    log="$logdir/$name.ngspice.log"
    rm -f "$raw"
    if ! SPICE_ASCIIRAWFILE=1 ngspice -b -r "$raw" "$deck" >"$log" 2>&1; then
        echo "FAIL $deck: ngspice exit code $?" >&2; cat "$log" >&2; fail=1; continue
    fi
    # ngspice exits 0 on many errors: check the log and the raw file too
    if grep -qiE '^\s*(error|.*fatal)|timestep too small|singular matrix|aborted' "$log"; then
        echo "FAIL $deck: ngspice reported an error" >&2; cat "$log" >&2; fail=1; continue
    fi
    if [[ ! -s "$raw" ]] || ! grep -q '^Values:' "$raw" || grep -q '^Binary:' "$raw"; then
        echo "FAIL $deck: $raw missing or not ASCII" >&2; fail=1; continue
    fi
    if grep -qiE '^\s*\.meas' "$deck"; then
        NGSPICE_MEAS_PRECISION=15 ngspice -b "$deck" >"$log.meas" 2>&1 || { echo "FAIL $deck (.meas run)" >&2; fail=1; continue; }
        sed -n '/Measurements for/,/Total analysis time/p' "$log.meas" | awk '$2 == "=" {print $1, $3}' >"$name.ngspice.measure"
        echo "  $name.ngspice.measure: $(wc -l <"$name.ngspice.measure") measurements"
    fi
    plots=$(grep '^Plotname:' "$raw" | sed 's/^Plotname: //' | paste -sd '|' | sed 's/|/, /g')
    points=$(grep '^No. Points:' "$raw" | awk '{print $3}' | paste -sd '+')
    printf '%-22s -> %-34s %s (%s points)\n' "$deck" "$raw" "$plots" "$points"
done
exit $fail
