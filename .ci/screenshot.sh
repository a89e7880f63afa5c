#!/usr/bin/env bash
# Opens the packaged app in a virtual display (Xvfb) and saves a PNG of its main window, the
# way a person would see it. Usage: .ci/screenshot.sh OUT.png [DATA_DIR] [-- extra app args]
# Needs: xvfb, x11-utils (xwininfo), imagemagick (import); see ../shared/stack.md.
set -euo pipefail
out=${1:?usage: .ci/screenshot.sh OUT.png [DATA_DIR]}
data_dir=${2:-$(mktemp -d)}
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = "--" ] && shift
jar=target/relaydesk.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests

display=:${SCREENSHOT_DISPLAY:-97}
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $app_pid $xvfb_pid 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display java -Dprism.order=sw -jar "$jar" --data-dir "$data_dir" "$@" &
app_pid=$!

window=""
for _ in $(seq 1 60); do
  window=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null | awk '/"RelayDesk"/ {print $1; exit}')
  [ -n "$window" ] && break
  sleep 0.5
done
[ -n "$window" ] || { echo "the RelayDesk window did not appear" >&2; exit 1; }
sleep "${SCREENSHOT_SETTLE:-3}"   # let the first layout and any loading finish
DISPLAY=$display import -window "$window" "$out"
echo "saved $out"
