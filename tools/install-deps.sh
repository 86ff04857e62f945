#!/bin/sh
# Installs the Debian 12 packages Miteinander needs to build, run and test,
# but only those that are missing. Runs apt-get as root, or through sudo.
set -eu

PACKAGES="
  build-essential meson ninja-build pkg-config gettext itstool
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev sqlite3 libsoup-3.0-dev libjson-glib-dev libical-dev
  iso-codes desktop-file-utils appstream yelp-tools libxml2-utils
  xvfb xauth
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing="$missing $p"
  fi
done

[ -z "$missing" ] && exit 0

echo "Installing missing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Missing packages:$missing" >&2
  echo "Run this script as root or install sudo." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
