#!/bin/bash
# Times `irrepkit table @bench/groups/X.g --json` against GAP's
# CharacterTable(G) + Irr on the same generators (if `gap` is installed),
# one group per line: ours (CPU ms, user+sys, and wall ms), GAP (CPU ms from
# Runtime(), which excludes reading the generators), GAP/ours on CPU time.
# CPU time is the fair measure on a shared machine.
#   bench/tables.sh [BUILD_DIR] [GROUP_FILE...]    (default: build, all of bench/groups)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
irrepkit=$build/apps/irrepkit
[ -x "$irrepkit" ] || { echo "no $irrepkit: build first" >&2; exit 2; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$root"/bench/groups/*.g)
have_gap=0
command -v gap >/dev/null 2>&1 && have_gap=1

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
times_file=$(mktemp)
trap 'rm -f "$times_file"' EXIT

printf "%-16s %10s %10s %10s %8s\n" group "ours CPU" "ours wall" "GAP CPU" "GAP/ours"
for file in "${files[@]}"; do
  name=$(basename "$file" .g)
  start=$(now_ms)
  # --stats reports the process CPU time on stderr ("... N ms CPU").
  "$irrepkit" table "@$file" --json --stats >/dev/null 2>"$times_file"
  wall=$(( $(now_ms) - start ))
  ours=$(sed -n 's/.* \([0-9]*\) ms CPU$/\1/p' "$times_file")
  gap_ms="-"
  ratio="-"
  if [ $have_gap = 1 ]; then
    gap_ms=$(gap -q -b <<GAP | tr -d '\r' | tail -n 1
G := EvalString(Chomp(StringFile("$file")));;
t := Runtime();; T := CharacterTable(G);; Irr(T);; Print(Runtime() - t, "\n");
QUIT;
GAP
)
    ratio=$(awk -v g="$gap_ms" -v o="$ours" 'BEGIN { if (o < 1) o = 1; printf "%.1f", g / o }')
  fi
  printf "%-16s %10s %10s %10s %8s\n" "$name" "$ours" "$wall" "$gap_ms" "$ratio"
done
