#!/bin/bash
# Times `irrepkit table @bench/groups/X.g --json` against GAP's
# CharacterTable(G) + Irr on the same generators (if `gap` is installed),
# one group per line: ours (CPU ms of the whole process, user+sys, and wall
# ms), GAP (CPU ms from Runtime(), which excludes reading the generators):
# "cold" is the first computation in a fresh GAP session, which includes
# GAP's one-time costs (about 300 ms: method selection and caches on first
# use), "warm" the same computation repeated in that session on a fresh copy
# of the group (nothing of the first group is reused). GAP/ours is on the warm
# figure, the conservative one. CPU time is the fair measure on a shared machine.
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

printf "%-16s %10s %10s %14s %14s %8s\n" group "ours CPU" "ours wall" "GAP CPU cold" "GAP CPU warm" "GAP/ours"
for file in "${files[@]}"; do
  name=$(basename "$file" .g)
  start=$(now_ms)
  # --stats reports the process CPU time on stderr ("... N ms CPU").
  "$irrepkit" table "@$file" --json --stats >/dev/null 2>"$times_file"
  wall=$(( $(now_ms) - start ))
  ours=$(sed -n 's/.* \([0-9]*\) ms CPU$/\1/p' "$times_file")
  gap_cold="-"
  gap_warm="-"
  ratio="-"
  if [ $have_gap = 1 ]; then
    read -r gap_cold gap_warm < <(gap -q -b <<GAP | tr -d '\r' | tail -n 1
time_table := function()
  local G, t, T;
  G := EvalString(Chomp(StringFile("$file")));
  t := Runtime(); T := CharacterTable(G); Irr(T);
  return Runtime() - t;
end;;
cold := time_table();; warm := time_table();;
Print(cold, " ", warm, "\n");
QUIT;
GAP
)
    ratio=$(awk -v g="$gap_warm" -v o="$ours" 'BEGIN { if (o < 1) o = 1; printf "%.1f", g / o }')
  fi
  printf "%-16s %10s %10s %14s %14s %8s\n" "$name" "$ours" "$wall" "$gap_cold" "$gap_warm" "$ratio"
done
