#!/usr/bin/env bash
# Installs vanban's Debian dependencies (only what is missing) and builds it in Release.
# Usage: scripts/setup.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake make pkg-config
  libpodofo-dev libfreetype-dev libxlsxwriter-dev libicu-dev libboost-locale-dev
  libyaml-cpp-dev libcli11-dev libfmt-dev catch2 libzip-dev libpugixml-dev zlib1g-dev libdeflate-dev
  fonts-liberation2
  poppler-utils qpdf libreoffice-calc-nogui python3 gettext
  libssl-dev openssl
  clang libclang-rt-14-dev
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

build="${1:-build}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)"
