#!/bin/sh
# Training speed of irrepkit against PyTorch doing the same computation
# (bench/train_vs_torch.py: two-layer quadratic network, unshared, cross-entropy
# summed over all |G|^2 pairs, full batch, projected optimizer, same initial
# weights), one thread each. Issue 6's configuration is the default:
#   F21 = FrobeniusGroup(7,3), 512 neurons, projected SGD lr 0.5, float32.
#
#   bench/train.sh [BUILD_DIR] [GROUP] [NEURONS] [EPOCHS]
#   defaults: build 'FrobeniusGroup(7,3)' 512 1000
#   the S5 case of issue 6: bench/train.sh build S5 1024 5
# Environment: OPTIMIZER (sgd | adam, default sgd), LR (default 0.5),
# PRECISION (float32 | float64, default float32), THREADS (default 1),
# CHECK_STEPS (default 3; 0 skips the check).
#
# First a check: CHECK_STEPS steps of each, printing the loss before every step
# and after the last (both summed in double over the pairs) and the largest
# difference of the final weights; float32 agrees to ~1e-8 relative in the
# loss and ~1e-7 in the weights, float64 to rounding. Then the timed runs of
# EPOCHS steps: milliseconds per epoch in processor time (the fair figure on a
# shared machine) and wall time, and PyTorch / irrepkit measured in this run.
# Needs Debian's python3-torch (apt-get install -y python3-torch); the Debian
# interpreter is /usr/bin/python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
group=${2:-FrobeniusGroup(7,3)}
neurons=${3:-512}
epochs=${4:-1000}
optimizer=${OPTIMIZER:-sgd}
lr=${LR:-0.5}
precision=${PRECISION:-float32}
threads=${THREADS:-1}
check_steps=${CHECK_STEPS:-3}
irrepkit="$build/apps/irrepkit"
[ -x "$irrepkit" ] || { echo "no $irrepkit: build first (meson compile -C $build)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_irrepkit() {  # EPOCHS OUT_JSON [more options]
  steps=$1 out=$2
  shift 2
  OMP_NUM_THREADS=$threads "$irrepkit" train "$group" --neurons "$neurons" --epochs "$steps" \
    --optimizer "$optimizer" --lr "$lr" --precision "$precision" --table-out "$work/table.json" --json "$@" > "$out"
}
run_torch() {  # EPOCHS OUT_JSON [more options]
  steps=$1 out=$2
  shift 2
  OMP_NUM_THREADS=$threads /usr/bin/python3 "$here/train_vs_torch.py" "$work/table.json" --neurons "$neurons" \
    --epochs "$steps" --optimizer "$optimizer" --lr "$lr" --dtype "$precision" --threads "$threads" "$@" > "$out"
}

echo "group $group, $neurons neurons, full batch, quadratic, unshared, projected $optimizer lr $lr, $precision, $threads thread(s)"
if [ "$check_steps" -gt 0 ]; then
  # The history comes from --json without --out (with --out, newer versions print the run summary).
  run_irrepkit "$check_steps" "$work/check-irrepkit.json" --record-every 1
  run_irrepkit "$check_steps" /dev/null --out "$work/check-run"
  run_torch "$check_steps" "$work/check-torch.json" --record-every 1 --weights-out "$work/check-torch-weights.json"
  /usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
ours = json.load(open(f"{work}/check-irrepkit.json"))["history"]
torch = json.load(open(f"{work}/check-torch.json"))["history"]
print("  check: loss before each step (last: after the last step)")
print(f"  {'step':>6} {'irrepkit':>20} {'PyTorch':>20} {'relative difference':>20}")
worst = 0.0
for a, b in zip(ours, torch):
    assert a["step"] == b["step"], (a, b)
    difference = abs(a["loss"] - b["loss"]) / abs(a["loss"])
    worst = max(worst, difference)
    print(f"  {a['step']:>6} {a['loss']:>20.10f} {b['loss']:>20.10f} {difference:>20.2e}")
wa = json.load(open(f"{work}/check-run/weights.json"))
wb = json.load(open(f"{work}/check-torch-weights.json"))
weights = max(abs(x - y) for key in ("theta1", "theta2", "xi") for ra, rb in zip(wa[key], wb[key]) for x, y in zip(ra, rb))
print(f"  check: largest relative loss difference {worst:.2e}, largest final weight difference {weights:.2e}")
PY
fi

run_irrepkit "$epochs" "$work/irrepkit.json"
run_torch "$epochs" "$work/torch.json"
/usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
ours = json.load(open(f"{work}/irrepkit.json"))
torch = json.load(open(f"{work}/torch.json"))
steps = ours["steps"]
assert steps == torch["steps"]
def line(name, cpu, wall, loss, accuracy):
    print(f"  {name:<36} {1000 * cpu / steps:10.3f} ms/epoch CPU {1000 * wall / steps:10.3f} ms/epoch wall"
          f"  (final loss {loss:.10g}, accuracy {accuracy:.4f})")
print(f"  {steps} epochs each")
line("irrepkit (C++/Eigen)", ours["cpu_seconds"], ours["seconds"], ours["final"]["loss"], ours["final"]["train_accuracy"])
line(f"PyTorch {torch['torch']} ({torch['threads']} thread(s))", torch["cpu_seconds"], torch["seconds"],
     torch["final_loss"], torch["train_accuracy"])
print(f"  PyTorch / irrepkit: {torch['cpu_seconds'] / ours['cpu_seconds']:.1f}x per epoch (CPU), "
      f"{torch['seconds'] / ours['seconds']:.1f}x (wall)")
PY
