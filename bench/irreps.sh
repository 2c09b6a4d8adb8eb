#!/bin/bash
# Benchmark: `irrepkit irreps GROUP` (character table + verified unitary irreps,
# whole process) against GAP 4.12's IrreducibleRepresentations(G) on the same
# generators (computation only, measured inside GAP; GAP capped with timeout).
#
# usage: bench/irreps.sh [path/to/irrepkit] [gap timeout seconds, default 60]
# Prints one line per group: order, irrepkit seconds, share of exact
# constructions, GAP seconds (or ">timeout"), and the ratio GAP / irrepkit.
set -u
irrepkit=${1:-build/apps/irrepkit}
gap_timeout=${2:-60}
if [ ! -x "$irrepkit" ]; then
  echo "bench/irreps.sh: $irrepkit not found (build it first: meson compile -C build apps/irrepkit)" >&2
  exit 2
fi
have_gap=1
command -v gap >/dev/null 2>&1 || have_gap=0

groups=(
  "S4|Group((1,2,3,4),(1,2))"
  "SL(2,3)|Group((4,5,6)(7,9,8),(2,7,3,4)(5,8,9,6))"
  "A5|Group((1,2,3,4,5),(3,4,5))"
  "SL(2,5)|Group((1,2,4,8)(3,6,9,5)(7,12,13,17)(10,14,11,15)(16,20,21,24)(18,22,19,23),(1,3,7)(2,5,10)(4,9,13)(6,11,8)(12,16,20)(14,18,22)(15,19,23)(17,21,24))"
  "PSL(2,7)|Group((3,4)(5,6),(1,2,3)(4,5,7))"
  "PSL(2,11)|Group((3,11,9,7,5)(4,12,10,8,6),(1,2,8)(3,7,9)(4,10,5)(6,12,11))"
)

now() { date +%s.%N; }

printf "%-10s %6s %12s %14s %12s %10s\n" group order irrepkit_s exact_share gap_s gap/ours
for entry in "${groups[@]}"; do
  name=${entry%%|*}
  expression=${entry#*|}
  start=$(now)
  output=$("$irrepkit" irreps "$expression" 2>&1)
  status=$?
  end=$(now)
  ours=$(echo "$end - $start" | bc -l)
  if [ $status -ne 0 ]; then
    printf "%-10s irrepkit failed: %s\n" "$name" "$(echo "$output" | tail -1)"
    continue
  fi
  order=$(echo "$output" | head -1 | sed -E 's/.*order ([0-9]+),.*/\1/')
  share=$(echo "$output" | tail -1 | awk '{e=$2+$5; t=$2+$5+$8; printf "%d/%d", e, t}')
  gap_seconds="n/a"
  ratio="n/a"
  if [ $have_gap -eq 1 ]; then
    gap_output=$(timeout "$gap_timeout" gap -q <<GAP 2>/dev/null
G := $expression;;
t := NanosecondsSinceEpoch();;
irr := IrreducibleRepresentations(G);;
Print("gap_seconds ", Float((NanosecondsSinceEpoch() - t) / 10^9), " ", Length(irr), "\n");
QUIT;
GAP
)
    if [ $? -eq 124 ]; then
      gap_seconds=">$gap_timeout"
      ratio=">$(echo "$gap_timeout / $ours" | bc -l | xargs printf '%.0f')"
    else
      gap_seconds=$(echo "$gap_output" | awk '/gap_seconds/ {print $2}')
      if [ -n "$gap_seconds" ]; then
        ratio=$(echo "$gap_seconds / $ours" | bc -l | xargs printf '%.1f')
        gap_seconds=$(printf '%.3f' "$gap_seconds")
      else
        gap_seconds="error"
      fi
    fi
  fi
  printf "%-10s %6s %12.3f %14s %12s %10s\n" "$name" "$order" "$ours" "$share" "$gap_seconds" "$ratio"
done
