#!/usr/bin/env bash
# Installs the built .deb with dpkg -i, starts the installed app, removes the package and checks
# that the user's data folder survives. Needs root (or sudo); Xvfb for the window check.
# Usage: installer/test-deb.sh [target/installer/dist/relaydesk_*.deb]
set -euo pipefail
deb=${1:-$(ls target/installer/dist/relaydesk_*.deb | head -1)}
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
data=$(mktemp -d)

$sudo dpkg -i "$deb"
dpkg -s relaydesk | grep -q '^Status: install ok installed' || { echo "FAIL: not installed cleanly"; exit 1; }
env -u DISPLAY /opt/relaydesk/bin/RelayDesk --version
env -u DISPLAY /opt/relaydesk/bin/RelayDesk --help >/dev/null
grep -q 'Categories=.*Email' /usr/share/applications/*relaydesk*.desktop && echo "menu entry: ok"

if command -v Xvfb >/dev/null; then
  Xvfb :98 -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
  sleep 1
  DISPLAY=:98 RELAYDESK_HOME=$data /opt/relaydesk/bin/RelayDesk & app=$!
  for _ in $(seq 1 40); do
    DISPLAY=:98 xwininfo -root -tree 2>/dev/null | grep -q '"RelayDesk"' && { echo "window: open"; break; }
    sleep 0.5
  done
  DISPLAY=:98 xwininfo -root -tree | grep -q '"RelayDesk"' || { echo "FAIL: no window"; kill $app $xvfb; exit 1; }
  # First start with no account: the offline demo opens and fills its cache in the data folder.
  for _ in $(seq 1 120); do
    ls "$data"/accounts/demo.*.sqlite >/dev/null 2>&1 && grep -q "demo" "$data"/logs/relaydesk-0.log 2>/dev/null \
      && break
    sleep 0.5
  done
  ls "$data"/accounts/demo.*.sqlite >/dev/null 2>&1 && echo "demo mode: open ($(ls "$data"/accounts))" \
    || { echo "FAIL: the installed app did not open the offline demo"; kill $app $xvfb; exit 1; }
  if [ -n "${SCREENSHOT:-}" ] && command -v import >/dev/null; then
    sleep "${SCREENSHOT_SETTLE:-8}"
    DISPLAY=:98 import -window root "$SCREENSHOT" && echo "screenshot: $SCREENSHOT"
  fi
  kill $app $xvfb 2>/dev/null || true
fi

$sudo dpkg -r relaydesk
[ ! -e /opt/relaydesk ] && echo "removed: ok"
[ -f "$data/logs/relaydesk-0.log" ] && echo "data folder kept after uninstall: $data"
