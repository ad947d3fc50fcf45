#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests when it is missing. Needs root (or sudo).
set -euo pipefail
# fonts-noto-cjk: real Chinese glyphs, so layout checks (320 px, tap targets) measure real text.
if [ -x /usr/bin/chromium ] && fc-list :lang=zh | grep -q .; then exit 0; fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
/usr/bin/chromium --version
