#!/bin/bash
# Cross-checks irrepkit against GAP on random groups of the SmallGroups
# library that nobody tuned for: COUNT groups SmallGroup(n, i), n uniform in
# [1, MAX_ORDER] and i uniform among the groups of order n, drawn again until
# the group is not abelian unless ABELIAN=1 in the environment (GAP's
# GlobalMersenneTwister reset to SEED), each written as the permutation group
# Image(IsomorphismPermGroup(SmallGroup(n, i))) into DIR/SmallGroup_n_i.g.
# Then bench/check-gap-tables.sh on all of them (the characters of
# `irrepkit table --gap` are GAP's Irr, indicators included) and
# bench/check-gap-irreps.sh on the first IRREPS_COUNT (the representations of
# `irrepkit irreps --json` are homomorphisms with GAP's irreducible
# characters, unitary where claimed).
#   bench/check-gap-random.sh [BUILD_DIR] [COUNT] [SEED] [MAX_ORDER] [IRREPS_COUNT]
#   defaults: build 40 (a fresh seed, printed) 200 15
# The group files stay in DIR (printed; OUT_DIR in the environment chooses
# it) so that a failure can be rerun: irrepkit table @DIR/SmallGroup_n_i.g.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
count=${2:-40}
seed=${3:-$(( $(date +%s%N) % 2147483647 ))}
max_order=${4:-200}
irreps_count=${5:-15}
[ -x "$build/apps/irrepkit" ] || { echo "no $build/apps/irrepkit: build first" >&2; exit 2; }
command -v gap >/dev/null 2>&1 || { echo "gap is not installed" >&2; exit 2; }
abelian=false
[ "${ABELIAN:-0}" = 1 ] && abelian=true
directory=${OUT_DIR:-$(mktemp -d /tmp/irrepkit-random-groups.XXXXXX)}
mkdir -p "$directory"
echo "seed $seed, $count groups of order <= $max_order (abelian ones too: $abelian), files in $directory"
echo "rerun: ABELIAN=${ABELIAN:-0} bench/check-gap-random.sh $build $count $seed $max_order $irreps_count"

gap -q -b <<GAP | tr -d '\r' >"$directory/groups.txt"
Reset(GlobalMersenneTwister, $seed);;
for k in [1 .. $count] do
  repeat
    n := Random(GlobalMersenneTwister, [1 .. $max_order]);
    i := Random(GlobalMersenneTwister, [1 .. NumberSmallGroups(n)]);
  until $abelian or not IsAbelian(SmallGroup(n, i));
  G := Image(IsomorphismPermGroup(SmallGroup(n, i)));
  gens := GeneratorsOfGroup(G);
  if gens = [] then gens := [()]; fi;
  file := Concatenation("$directory/SmallGroup_", String(n), "_", String(i), ".g");
  FileString(file, Concatenation("Group(", JoinStringsWithSeparator(List(gens, String), ", "), ")\n"));
  Print(file, "|", n, "|", i, "|", NrMovedPoints(G), "|", StructureDescription(SmallGroup(n, i)), "\n");
od;
QUIT;
GAP
[ -s "$directory/groups.txt" ] || { echo "GAP wrote no groups" >&2; exit 2; }
awk -F'|' '{ printf "  SmallGroup(%s,%s) on %s points: %s\n", $2, $3, $4, $5 }' "$directory/groups.txt"

files=()
while IFS='|' read -r file _; do files+=("@$file"); done <"$directory/groups.txt"
status=0
echo "character tables (bench/check-gap-tables.sh):"
"$root/bench/check-gap-tables.sh" "$build" "${files[@]}" || status=1
echo "unitary irreps (bench/check-gap-irreps.sh) on the first $irreps_count:"
"$root/bench/check-gap-irreps.sh" "$build" "${files[@]:0:$irreps_count}" || status=1
exit $status
