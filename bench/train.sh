#!/bin/sh
# Training speed of irrepkit against PyTorch doing the same computation
# (two-layer quadratic network, cross-entropy over all |G|^2 pairs, projected
# Adam, float64, one thread each unless THREADS is set). Rates are given per
# wall second and per processor second (the fair figure on a shared machine).
#
#   bench/train.sh [BUILD_DIR] [GROUP] [NEURONS] [EPOCHS]
#   defaults: build C59 256 200; e.g. bench/train.sh build 'D(59)' 256 50
# Needs Debian's python3-torch (apt-get install -y python3-torch); the Debian
# interpreter is /usr/bin/python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
group=${2:-C59}
neurons=${3:-256}
epochs=${4:-200}
threads=${THREADS:-1}
irrepkit="$build/apps/irrepkit"
[ -x "$irrepkit" ] || { echo "no $irrepkit: build first (meson compile -C $build)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "group $group, $neurons neurons, $epochs full-batch steps, projected Adam, float64"
OMP_NUM_THREADS=$threads "$irrepkit" train "$group" --neurons "$neurons" --epochs "$epochs" \
  --table-out "$work/table.json" --json > "$work/irrepkit.json"
/usr/bin/python3 "$here/train_vs_torch.py" "$work/table.json" --neurons "$neurons" --epochs "$epochs" \
  --threads "$threads" > "$work/torch.json"
/usr/bin/python3 "$here/train_vs_torch.py" "$work/table.json" --neurons "$neurons" --epochs "$epochs" \
  --threads "$threads" --dtype float32 > "$work/torch32.json"
/usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
ours = json.load(open(f"{work}/irrepkit.json"))
torch64 = json.load(open(f"{work}/torch.json"))
torch32 = json.load(open(f"{work}/torch32.json"))
def line(name, steps_wall, steps_cpu, loss, accuracy):
    print(f"  {name:<44} {steps_wall:9.2f} steps/s wall, {steps_cpu:9.2f} steps/cpu-s  (loss {loss:.6g}, accuracy {accuracy:.4f})")
line("irrepkit (C++/Eigen, float64, 1 thread)", ours["steps_per_second"], ours["steps_per_cpu_second"],
     ours["final"]["loss"], ours["final"]["train_accuracy"])
for t in (torch64, torch32):
    line(f"PyTorch {t['torch']} ({t['dtype']}, {t['threads']} thread(s))", t["steps_per_second"],
         t["steps_per_cpu_second"], t["final_loss"], t["train_accuracy"])
cpu = ours["steps_per_cpu_second"]
print(f"  ratio irrepkit / PyTorch float64: {cpu / torch64['steps_per_cpu_second']:.2f}x per cpu-second "
      f"({ours['steps_per_second'] / torch64['steps_per_second']:.2f}x wall); "
      f"/ float32: {cpu / torch32['steps_per_cpu_second']:.2f}x per cpu-second")
PY
