#!/bin/bash
# Times `irrepkit table @bench/groups/X.g --json` against GAP's
# CharacterTable(G) + Irr on the same generators (if `gap` is installed),
# one group per line: ours ms, GAP ms, GAP/ours.
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

printf "%-16s %10s %10s %8s\n" group "ours ms" "GAP ms" "GAP/ours"
for file in "${files[@]}"; do
  name=$(basename "$file" .g)
  start=$(now_ms)
  "$irrepkit" table "@$file" --json >/dev/null
  ours=$(( $(now_ms) - start ))
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
  printf "%-16s %10s %10s %8s\n" "$name" "$ours" "$gap_ms" "$ratio"
done
