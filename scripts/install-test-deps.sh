#!/usr/bin/env bash
# Install what the tests need from Debian when it is missing: Chromium for the browser tests, Firefox ESR and
# WebKitGTK's WebDriver (with Xvfb to give it a screen) for the other engines' smoke suite (tests/engines/), and
# nginx-light with the brotli static module for the deploy test (tests/deploy/nginx.test.ts runs deploy/nginx/).
# Needs root (or sudo).
set -euo pipefail
# fonts-noto-cjk: real Chinese glyphs, so layout checks (320 px, tap targets) measure real text.
# libnginx-mod-http-brotli-static: nginx sends the build's .br files (the configuration also loads without it).
have() {
  [ -x /usr/bin/chromium ] && fc-list :lang=zh | grep -q . && [ -x /usr/sbin/nginx ] &&
    [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] && command -v openssl >/dev/null &&
    [ -x /usr/bin/firefox-esr ] && [ -x /usr/bin/WebKitWebDriver ] && command -v xvfb-run >/dev/null &&
    [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ]
}
if have; then exit 0; fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The tests start their own nginx on a loopback port; the package's service is not needed. policy-rc.d
# exit 101 keeps apt from starting it (it would take port 80) where no init system has been told otherwise.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq chromium fonts-noto-cjk nginx-light libnginx-mod-http-brotli-static openssl \
  firefox-esr webkit2gtk-driver xvfb >/dev/null
/usr/bin/chromium --version
/usr/bin/firefox-esr --version
/usr/sbin/nginx -v
