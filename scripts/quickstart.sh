#!/usr/bin/env bash
# The README's quick start: install what is missing (Debian 12, as root),
# build with meson, then either run the demo or run the test suite.
#   scripts/quickstart.sh demo [ARGS...]   runs `irrepkit demo ARGS...`
#   scripts/quickstart.sh test [ARGS...]   runs `meson test -C build ARGS...`
# Packages already installed are not reinstalled, so a warm rebuild is quick.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ meson ninja-build pkgconf libgmp-dev libflint-dev libeigen3-dev doctest-dev
          nlohmann-json3-dev libcli11-dev libfmt-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "quickstart: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}" >&2
fi

[ -d build ] || meson setup build --buildtype=release >&2
meson compile -C build >&2

what=${1:-demo}
shift || true
case "$what" in
  demo) exec ./build/apps/irrepkit demo "$@" ;;
  test) exec meson test -C build --print-errorlogs "$@" ;;
  *) echo "usage: scripts/quickstart.sh demo|test [ARGS...]" >&2; exit 2 ;;
esac
