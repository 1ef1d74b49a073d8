#!/usr/bin/env bash
# Qt needs a few system libraries that a minimal Debian may lack. Install them
# when we can (root with apt), otherwise name them so the user can.
set -u
libs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxcb-render-util0 libxcb-image0)
missing=()
for p in "${libs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Qt may need these system packages: ${missing[*]}" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  echo "Installing system libraries Qt needs: ${missing[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Qt needs these system packages; please run:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
