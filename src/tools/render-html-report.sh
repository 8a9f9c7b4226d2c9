#!/usr/bin/env bash
# Renders the HTML report of an example bundle in headless Chromium, as a screenshot and as a
# printed PDF, so that a person can look at what an auditor would hand to AWS.
#   usage: src/tools/render-html-report.sh [BUNDLE] [OUT-DIR]
#   default BUNDLE: examples/audit-case-study-removed; default OUT-DIR: a new folder under /tmp
# Needs Debian's chromium (apt-get install -y chromium; the script installs it when run as root).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bundle="${1:-$here/examples/audit-case-study-removed}"
out="${2:-$(mktemp -d "${TMPDIR:-/tmp}/ccv-html.XXXXXX")}"
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is not installed: apt-get install -y chromium" >&2
    exit 2
  fi
fi

"$here/ccv" validate "$bundle" --report "html=$out/report.html" || true

# The flags keep a sandboxed, offline, first-run-free browser from reaching for the network.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync "--user-data-dir=$(mktemp -d)")
chromium "${flags[@]}" --window-size=1280,2400 --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "file://$out/report.html" 2>/dev/null
echo "$out/report.html"
echo "$out/report.png"
echo "$out/report.pdf"
