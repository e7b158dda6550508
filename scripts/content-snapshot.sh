#!/usr/bin/env bash
# Copies the last committed content/ (which passed the content gate) to DEST/content, so a view can
# be built and tested while others are editing content in the working tree:
#   scripts/content-snapshot.sh /tmp/me   →   PALVELUKYLA_CONTENT_DIR=/tmp/me/content
set -euo pipefail
dest=${1:?usage: scripts/content-snapshot.sh DEST}
rm -rf "$dest/content" && mkdir -p "$dest"
git -C "$(dirname "$0")/.." archive HEAD content | tar -x -C "$dest"
echo "$dest/content"
