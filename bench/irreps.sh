#!/bin/bash
# Benchmark: `irrepkit irreps GROUP` (character table + verified unitary irreps,
# whole process) against GAP 4.12's IrreducibleRepresentations(G) on the same
# generators (computation only, measured inside GAP).
#
# usage: bench/irreps.sh [BUILD_DIR] [TIME_CAP_SECONDS] [NAME|GROUP ...]
#   BUILD_DIR: default build (a path to the irrepkit binary is accepted too)
#   TIME_CAP_SECONDS: cap (wall seconds, `timeout`) on each run of either
#     side, default 120; a run stopped there shows as ">CAP"
#   NAME|GROUP: extra or replacement cases, e.g. "M11|@bench/groups/m11.g"
#     (default: the list below)
# One line per group: order; irrepkit CPU seconds (user+sys of the process)
# and wall seconds; how many irreps each construction gave (exact_unitary,
# exact = exact but unitarised numerically, numeric); GAP CPU seconds from
# Runtime(); GAP / irrepkit on CPU time. GAP's first computation in a session
# carries one-time costs (method selection, caches; ~0.3 s for character
# tables), so when it takes under 5 s it is repeated on a fresh copy of the
# group and the repeat ("warm") is the figure used; otherwise the first.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:-$root/build}
if [ -d "$target" ]; then
  irrepkit=$target/apps/irrepkit
else
  irrepkit=$target
fi
cap=${2:-120}
shift 2 2>/dev/null || shift $#
if [ ! -x "$irrepkit" ]; then
  echo "bench/irreps.sh: $irrepkit not found (build it first: meson compile -C build apps/irrepkit)" >&2
  exit 2
fi
have_gap=1
command -v gap >/dev/null 2>&1 || have_gap=0

groups=("$@")
if [ ${#groups[@]} -eq 0 ]; then
  groups=(
    "S4|Group((1,2,3,4),(1,2))"
    "SL(2,3)|Group((4,5,6)(7,9,8),(2,7,3,4)(5,8,9,6))"
    "A5|Group((1,2,3,4,5),(3,4,5))"
    "SL(2,5)|Group((1,2,4,8)(3,6,9,5)(7,12,13,17)(10,14,11,15)(16,20,21,24)(18,22,19,23),(1,3,7)(2,5,10)(4,9,13)(6,11,8)(12,16,20)(14,18,22)(15,19,23)(17,21,24))"
    "PSL(2,7)|Group((3,4)(5,6),(1,2,3)(4,5,7))"
    "PSL(2,11)|Group((3,11,9,7,5)(4,12,10,8,6),(1,2,8)(3,7,9)(4,10,5)(6,12,11))"
  )
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf "%-10s %6s %10s %10s %22s %10s %10s\n" group order ours_cpu_s ours_wall_s "exact_u/exact/numeric" gap_cpu_s gap/ours
for entry in "${groups[@]}"; do
  name=${entry%%|*}
  expression=${entry#*|}
  TIMEFORMAT='%U %S %R'
  { time timeout "$cap" "$irrepkit" irreps "$expression" --json >"$work/out.json" 2>"$work/err.txt"; } 2>"$work/time.txt"
  status=$?
  read -r user sys real <"$work/time.txt"
  ours=$(echo "$user + $sys" | bc -l)
  [ "$(echo "$ours < 0.001" | bc -l)" = 1 ] && ours=0.001
  if [ $status -eq 124 ]; then
    printf "%-10s %6s %10s %10s %22s" "$name" "?" ">$cap" ">$cap" "-"
    ours=""
  elif [ $status -ne 0 ]; then
    printf "%-10s irrepkit failed (exit %d): %s\n" "$name" "$status" "$(tail -1 "$work/err.txt")"
    continue
  else
    read -r order shares < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
s = d["share"]
print(d["order"], "%d/%d/%d" % (s["exact_unitary"], s["exact"], s["numeric"]))' "$work/out.json")
    printf "%-10s %6s %10.3f %10.3f %22s" "$name" "$order" "$ours" "$real" "$shares"
  fi
  gap_seconds="n/a"
  ratio="n/a"
  if [ $have_gap -eq 1 ]; then
    # GAP reads @FILE groups itself.
    if [ "${expression:0:1}" = "@" ]; then
      gap_group="EvalString(Chomp(StringFile(\"${expression:1}\")))"
    else
      gap_group=$expression
    fi
    gap_output=$(timeout "$cap" gap -q -b <<GAP 2>/dev/null
time_irreps := function()
  local G, t, irr;
  G := $gap_group;
  t := Runtime(); irr := IrreducibleRepresentations(G);
  return Runtime() - t;
end;;
cold := time_irreps();;
if cold < 5000 then Print("gap_ms ", time_irreps(), "\n"); else Print("gap_ms ", cold, "\n"); fi;
QUIT;
GAP
)
    if [ $? -eq 124 ]; then
      gap_seconds=">$cap"
      [ -n "$ours" ] && ratio=">$(echo "$cap / $ours" | bc -l | xargs printf '%.0f')"
    else
      gap_ms=$(echo "$gap_output" | awk '/gap_ms/ {print $2}')
      if [ -n "$gap_ms" ]; then
        gap_seconds=$(echo "$gap_ms / 1000" | bc -l | xargs printf '%.3f')
        [ -n "$ours" ] && ratio=$(echo "$gap_seconds / $ours" | bc -l | xargs printf '%.1f')
      else
        gap_seconds="error"
      fi
    fi
  fi
  printf " %10s %10s\n" "$gap_seconds" "$ratio"
done
