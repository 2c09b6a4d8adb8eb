#!/bin/sh
# The sanitizer runs of irrepkit's test suites (see README, "Hardening").
#
#   scripts/sanitize.sh          AddressSanitizer + UndefinedBehaviorSanitizer
#                                build (gcc) of everything; the quick suite.
#   scripts/sanitize.sh fuzz [S] clang build with libFuzzer (+ ASan, UBSan);
#                                each fuzz target for S seconds (default 60).
# Build directories: build-asan and build-fuzz at the repository root.
# Any sanitizer report fails the run (halt_on_error, nonzero exit).
set -eu
cd "$(dirname "$0")/.."

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

case "${1:-quick}" in
  quick)
    [ -d build-asan ] || meson setup build-asan -Db_sanitize=address,undefined -Dbuildtype=debugoptimized
    meson compile -C build-asan
    meson test -C build-asan --print-errorlogs
    ;;
  fuzz)
    seconds="${2:-60}"
    [ -d build-fuzz ] || CXX=clang++ CC=clang meson setup build-fuzz -Dfuzz_engine=libfuzzer \
        -Db_sanitize=address,undefined -Dbuildtype=debugoptimized
    meson compile -C build-fuzz
    for target in fuzz-group-parser fuzz-permutation fuzz-cyclotomic fuzz-group-json fuzz-group-function; do
      mkdir -p "build-fuzz/tests/fuzz/$target-corpus"
      (cd build-fuzz/tests/fuzz && "./$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
          -print_final_stats=1 "$target-corpus")
    done
    ;;
  *)
    echo "usage: scripts/sanitize.sh [quick | fuzz [SECONDS]]" >&2
    exit 2
    ;;
esac
