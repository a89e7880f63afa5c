#!/usr/bin/env bash
# Draws the application icon (an envelope with a green check: a reply that passed the checks)
# and writes the PNG (Linux, window icon) and ICO (Windows). macOS needs an .icns made on a Mac:
#   mkdir RelayDesk.iconset && sips -z 512 512 relaydesk.png --out RelayDesk.iconset/icon_512x512.png
#   iconutil -c icns RelayDesk.iconset
# Needs ImageMagick 6 (Debian: imagemagick). Run from this folder.
set -euo pipefail
im=$(command -v convert-im6.q16 || command -v magick)
"$im" -size 256x256 xc:none \
  -fill '#0b5cad' -draw 'roundrectangle 8,8 247,247 48,48' \
  -fill white -draw 'roundrectangle 48,76 208,184 14,14' \
  -stroke '#0b5cad' -strokewidth 10 -fill none -draw 'polyline 56,86 128,140 200,86' \
  -stroke none -fill '#2da44e' -draw 'circle 190,186 190,222' \
  -stroke white -strokewidth 9 -fill none -draw 'polyline 172,187 186,201 210,174' \
  -depth 8 relaydesk.png
"$im" relaydesk.png -define icon:auto-resize=256,128,64,48,32,16 relaydesk.ico
