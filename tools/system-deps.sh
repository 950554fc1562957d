#!/usr/bin/env bash
# Installs the Debian packages the tests need, only when they are missing:
# PostgreSQL (the tests start their own server with initdb/pg_ctl), Xvfb, and CJK fonts.
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v Xvfb >/dev/null || missing+=(xvfb)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || [ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
# Qt's xcb/offscreen platform plugins need these shared libraries on a bare machine
ldconfig -p | grep -q libEGL.so.1 || missing+=(libegl1)
ldconfig -p | grep -q libxkbcommon.so.0 || missing+=(libxkbcommon0)
ldconfig -p | grep -q libfontconfig.so.1 || missing+=(libfontconfig1)
ldconfig -p | grep -q libGL.so.1 || missing+=(libgl1)
ldconfig -p | grep -q libdbus-1.so.3 || missing+=(libdbus-1-3)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
