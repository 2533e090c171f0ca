#!/usr/bin/env bash
# Installs vanban's Debian dependencies (only what is missing) and builds it in Release.
# Usage: scripts/setup.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake make pkg-config
  libpodofo-dev libfreetype-dev libxlsxwriter-dev libicu-dev libboost-locale-dev
  libyaml-dev libcli11-dev libfmt-dev catch2 libzip-dev libpugixml-dev zlib1g-dev libdeflate-dev
  fonts-liberation2
  poppler-utils qpdf libreoffice-calc-nogui libreoffice-writer-nogui python3 python3-uno gettext
  libssl-dev openssl
  clang libclang-rt-14-dev
  libcpp-httplib-dev
  chromium
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "vanban: cài các gói còn thiếu: ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node.js runs the browser test of `vanban serve` (playwright-core, installed by the test with npm ci);
# a Node.js that brings its own npm (e.g. NodeSource's) is kept as it is.
if ! command -v npm >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

build="${1:-build}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)"
