#!/bin/bash
# Checks `irrepkit table GROUP --gap FILE` in GAP: the file must Read, and
# its characters (irrepkit_irr, class functions of CharacterTable(G)) must be
# GAP's Irr as a set, with GAP's Frobenius-Schur indicators. Needs `gap`.
#   bench/check-gap-tables.sh [BUILD_DIR] [GROUP...]
# GROUP as irrepkit accepts it; default: small named groups and the
# bench/groups files GAP handles in seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
irrepkit=$build/apps/irrepkit
[ -x "$irrepkit" ] || { echo "no $irrepkit: build first" >&2; exit 2; }
command -v gap >/dev/null 2>&1 || { echo "gap is not installed" >&2; exit 2; }
groups=("$@")
if [ ${#groups[@]} -eq 0 ]; then
  groups=("Group(())" "S3" "Q8" "D8" "A5" "S5" "C12" "SL(2,3)" "Group((1,2,3,4,5,6,7),(2,3,5)(4,7,6))"
          "PSL(2,11)" "@$root/bench/groups/m11.g" "@$root/bench/groups/psl33.g" "@$root/bench/groups/a8.g"
          "@$root/bench/groups/psl2_31.g")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
for group in "${groups[@]}"; do
  if ! "$irrepkit" table "$group" --gap "$work/table.g" >/dev/null 2>"$work/stderr.txt"; then
    echo "FAIL  $group (irrepkit table failed: $(tail -n 1 "$work/stderr.txt"))"
    failures=$((failures + 1))
    continue
  fi
  verdict=$(gap -q -b <<GAP | tr -d '\r' | tail -n 1
Read("$work/table.g");
ok := Set(Irr(irrepkit_table)) = Set(irrepkit_irr)
  and List(irrepkit_irr, chi -> Indicator(irrepkit_table, [chi], 2)[1]) = irrepkit_indicators;
Print(ok, "\n");
QUIT;
GAP
)
  if [ "$verdict" = "true" ]; then
    echo "ok    $group"
  else
    echo "FAIL  $group ($verdict)"
    failures=$((failures + 1))
  fi
done
[ $failures -eq 0 ] || { echo "$failures group(s) failed" >&2; exit 1; }
