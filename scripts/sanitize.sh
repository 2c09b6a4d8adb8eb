#!/bin/sh
# The sanitizer runs of irrepkit's test suites (issue 7, "Hardening").
#
# Usage, from anywhere in the checkout:
#   scripts/sanitize.sh              AddressSanitizer + UndefinedBehaviorSanitizer
#                                    build (gcc, debugoptimized) of everything in
#                                    build-asan/, then the quick suite, then the
#                                    slow suite (the fuzz targets, standalone driver).
#   scripts/sanitize.sh quick        the same build, the quick suite only.
#   scripts/sanitize.sh slow [TEST]  the same build, the slow suite (or one test of it).
#   scripts/sanitize.sh fuzz [S]     clang build with libFuzzer (+ ASan, UBSan) in
#                                    build-fuzz/; each fuzz target for S seconds
#                                    (default 60). Needs Debian's clang
#                                    (apt-get install -y clang); new corpus entries
#                                    land in build-fuzz/tests/fuzz/<target>-corpus,
#                                    crashes in build-fuzz/tests/fuzz/<target>-crash-*
#                                    (rerun one: ./<target> <file>).
#
# Exit status: 0 when every test passed with no sanitizer report; nonzero on
# any finding. ASan halts at the first error (abort_on_error), UBSan too
# (halt_on_error; gcc's default is to print and go on), LeakSanitizer runs at
# exit of every test program (detect_leaks=1), so a report is a test failure,
# never a warning that scrolls past. Set ASAN_OPTIONS / UBSAN_OPTIONS yourself
# to add options: ours are appended to yours (on a conflict, ours win).
#
# Timing: tests have no wall-clock limit here (--timeout-multiplier 0): under
# ASan they run 2-5x slower than in build/, and a timeout would report a slow
# machine, not a bug. SANITIZE_JOBS (default 2) sets compile jobs and test
# processes. Measured on the shared 2-core development machine (Dec 2026):
# quick suite 42 s, slow suite 601 s (test-cli-slow 594 s, the fuzz targets
# 40-215 s each), after the first build of build-asan/ (about an hour with
# the cores shared with other builds).
#
# The build directories are configured with the options above even when they
# already exist (meson configure), so a stale build-asan/ cannot run the
# tests without sanitizers.
set -eu
cd "$(dirname "$0")/.."

export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:print_summary=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}halt_on_error=1:print_stacktrace=1:print_summary=1"
jobs="${SANITIZE_JOBS:-2}"

sanitized_options="-Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized"

configure_asan() {
  if [ -f build-asan/build.ninja ]; then
    # shellcheck disable=SC2086
    meson configure build-asan $sanitized_options
  else
    # shellcheck disable=SC2086
    meson setup build-asan $sanitized_options
  fi
  meson compile -C build-asan -j "$jobs"
}

run_suite() {
  suite="$1"
  shift
  start=$(date +%s)
  status=0
  meson test -C build-asan --suite "$suite" --print-errorlogs --timeout-multiplier 0 --num-processes "$jobs" "$@" || status=$?
  echo "sanitize.sh: $suite suite finished in $(( $(date +%s) - start )) s, status $status"
  return "$status"
}

case "${1:-all}" in
  all)
    configure_asan
    quick_status=0
    run_suite quick || quick_status=$?
    slow_status=0
    run_suite slow || slow_status=$?
    [ "$quick_status" -eq 0 ] && [ "$slow_status" -eq 0 ]
    ;;
  quick)
    configure_asan
    run_suite quick
    ;;
  slow)
    shift
    configure_asan
    run_suite slow "$@"
    ;;
  fuzz)
    seconds="${2:-60}"
    command -v clang++ >/dev/null || { echo "sanitize.sh fuzz: needs clang++ (apt-get install -y clang)" >&2; exit 2; }
    fuzz_options="-Dfuzz_engine=libfuzzer $sanitized_options"
    if [ -f build-fuzz/build.ninja ]; then
      # shellcheck disable=SC2086
      meson configure build-fuzz $fuzz_options
    else
      # shellcheck disable=SC2086
      CXX=clang++ CC=clang meson setup build-fuzz $fuzz_options
    fi
    targets="fuzz-group-parser fuzz-permutation fuzz-cyclotomic fuzz-group-json fuzz-group-function"
    # Only the fuzz targets (and the libraries under them), not apps/ and tests/.
    # shellcheck disable=SC2086
    meson compile -C build-fuzz -j "$jobs" $targets
    status=0
    for target in $targets; do
      mkdir -p "build-fuzz/tests/fuzz/$target-corpus"
      echo "sanitize.sh: $target for $seconds s"
      (cd build-fuzz/tests/fuzz && "./$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
          -print_final_stats=1 -artifact_prefix="$target-" "$target-corpus") || status=1
    done
    exit "$status"
    ;;
  *)
    echo "usage: scripts/sanitize.sh [all | quick | slow [TEST] | fuzz [SECONDS]]" >&2
    exit 2
    ;;
esac
