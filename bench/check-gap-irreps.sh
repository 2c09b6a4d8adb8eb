#!/bin/bash
# Checks `irrepkit irreps GROUP --json` in GAP (bench/check_irreps.g): for
# every representation, the relators of a presentation of G on irrepkit's
# generators hold for the generator matrices, the traces on GAP's classes are
# a character of Irr(CharacterTable(G)), each character occurs once, and the
# exact_unitary / numeric matrices are unitary (exact ones checked exactly,
# numeric ones to 1e-7). Needs `gap` and python3.
#   bench/check-gap-irreps.sh [BUILD_DIR] [GROUP...]
# GROUP as irrepkit accepts it (@FILE too); default: small named groups.
# IRREPS_OPTIONS (environment) is passed to `irrepkit irreps`, e.g. --numeric.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
irrepkit=$build/apps/irrepkit
[ -x "$irrepkit" ] || { echo "no $irrepkit: build first" >&2; exit 2; }
command -v gap >/dev/null 2>&1 || { echo "gap is not installed" >&2; exit 2; }
groups=("$@")
if [ ${#groups[@]} -eq 0 ]; then
  groups=("Group(())" "S3" "Q8" "D8" "A4" "S4" "A5" "S5" "SL(2,3)" "GL(2,3)" "C12"
          "Group((1,2,3,4,5,6,7),(2,3,5)(4,7,6))" "PSL(2,7)")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
for group in "${groups[@]}"; do
  # shellcheck disable=SC2086
  if ! "$irrepkit" irreps "$group" --json ${IRREPS_OPTIONS:-} >"$work/irreps.json" 2>"$work/stderr.txt"; then
    echo "FAIL  $group (irrepkit irreps failed: $(tail -n 1 "$work/stderr.txt"))"
    failures=$((failures + 1))
    continue
  fi
  python3 - "$work/irreps.json" >"$work/irreps.g" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
def exact_matrix(rows):
    return "[ " + ", ".join("[ " + ", ".join(rows_entry for rows_entry in row) + " ]" for row in rows) + " ]"
def float_matrix(rows, part):
    return "[ " + ", ".join("[ " + ", ".join("%.17e" % entry[part] for entry in row) + " ]" for row in rows) + " ]"
print("irrepkit_generators := [ " + ", ".join(document["generators"]) + " ];")
records = []
for irrep in document["irreps"]:
    matrices = irrep["generator_matrices"]
    exact = all(isinstance(entry, str) for matrix in matrices for row in matrix for entry in row)
    if exact:
        text = "[ " + ", ".join(exact_matrix(m) for m in matrices) + " ]"
    else:
        text = "[ " + ", ".join("[ %s, %s ]" % (float_matrix(m, 0), float_matrix(m, 1)) for m in matrices) + " ]"
    records.append('rec( construction := "%s", dimension := %d, exact := %s,\n  matrices := %s )'
                   % (irrep["construction"], irrep["dimension"], "true" if exact else "false", text))
print("irrepkit_irreps := [\n" + ",\n".join(records) + " ];")
counts = document["share"]
print('irrepkit_share := "%d/%d/%d";' % (counts["exact_unitary"], counts["exact"], counts["numeric"]))
PY
  verdict=$(gap -q -b <<GAP | tr -d '\r' | tail -n 1
Read("$root/bench/check_irreps.g");
Read("$work/irreps.g");
Print(IrrepkitCheckIrreps(irrepkit_generators, irrepkit_irreps), " ", irrepkit_share, "\n");
QUIT;
GAP
)
  if [ "${verdict%% *}" = "true" ]; then
    echo "ok    $group (exact_unitary/exact/numeric ${verdict#* })"
  else
    echo "FAIL  $group ($verdict)"
    failures=$((failures + 1))
  fi
done
[ $failures -eq 0 ] || { echo "$failures group(s) failed" >&2; exit 1; }
