#!/usr/bin/env bash
# The one list of Debian packages PMS Bridge needs to build, test and package.
# Installs only what is missing; safe to run again.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qtkeychain-qt6-dev
  libqt6svg6 qt6-svg-dev libqt6opengl6-dev libgl1-mesa-dev libxkbcommon-dev
  libqt6sql6-psql postgresql-15 postgresql-common
  clang libclang-rt-14-dev
  xvfb xauth imagemagick
  dbus gnome-keyring libsecret-tools
  dpkg-dev fakeroot desktop-file-utils appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing missing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
