#!/usr/bin/env bash
# Makes sure the system packages the test suite needs are installed: installs them when it can
# (root on Debian/Ubuntu), otherwise stops at once with the exact command to run.
set -euo pipefail

# binary path → Debian package (chromium runs the live event viewer's browser test)
declare -A package_of=([redis-server]=redis-server [prometheus]=prometheus [promtool]=prometheus [/usr/bin/chromium]=chromium [amtool]=prometheus-alertmanager [docker-compose]=docker-compose)
missing=()
for binary in "${!package_of[@]}"; do
  command -v "$binary" >/dev/null 2>&1 || missing+=("${package_of[$binary]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test dependencies: ${packages}" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages} >&2
  exit 0
fi
echo "The tests need: ${packages}" >&2
echo "Install them first, e.g.: sudo apt-get update && sudo apt-get install -y ${packages}" >&2
exit 1
