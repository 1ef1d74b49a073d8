#!/usr/bin/env bash
# The packaging tests validate the desktop entry and the AppStream metadata with
# `desktop-file-validate` (desktop-file-utils) and `appstreamcli` (appstream). Install
# them when we can (root with apt); otherwise name them: those tests then skip and say why.
set -u
missing=()
command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || missing+=(appstream)
[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing the desktop-file validators: ${missing[*]}"
  apt-get update -qq >/dev/null \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "Could not install ${missing[*]}; the packaging validation tests will skip." >&2
else
  echo "The packaging validation tests skip without: ${missing[*]} (as root: apt-get install ${missing[*]})" >&2
fi
exit 0
