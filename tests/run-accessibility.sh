#!/bin/sh
# run-accessibility.sh TEST [ARG…]: runs the accessibility test on a display
# and a session bus of its own. The accessibility bus it starts keeps its
# socket in $XDG_RUNTIME_DIR/at-spi, and its address on the display: a
# runtime folder of its own and a display of its own keep both away from
# the other tests' bus, which the same path would otherwise replace.
set -eu
for tool in xvfb-run:xvfb dbus-run-session:dbus; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
    echo "Bail out! ${tool%%:*} is not installed: install Debian's ${tool##*:} (build-aux/corroborate-dev test does)"
    exit 1
  fi
done
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime"
xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- "$@"
