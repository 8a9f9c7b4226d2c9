#!/usr/bin/env bash
# Checks the HTML summary of `ccv batch` in headless Chromium: runs a batch over copies of the
# examples (with --out, so that each bundle links to its HTML report), clicks the Partner heading once
# and the Unmet heading twice through the page's own script, and prints the row order after each,
# then a screenshot to look at.
#   usage: src/tools/check-batch-summary.sh [OUT-DIR]      (default OUT-DIR: a new folder under /tmp)
# Needs Debian's chromium (apt-get install -y chromium).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$(mktemp -d "${TMPDIR:-/tmp}/ccv-batch-html.XXXXXX")}"
command -v chromium >/dev/null 2>&1 || { echo "chromium is not installed: apt-get install -y chromium" >&2; exit 2; }

mkdir -p "$out/bundles"
for example in "$here"/examples/*/; do
  cp -r "$example" "$out/bundles/"
done
(cd "$out" && "$here/ccv" batch bundles --as-of 2026-06-30 --out reports --report html \
  --summary html=summary.html >/dev/null) || true

# The probe runs after the page's script: it clicks headings and records the rows' order in attributes.
probe="<script>
function order(column) { return Array.from(document.querySelectorAll('tbody tr')).map(function (row) {
  return row.cells[column].textContent; }).join(' | '); }
var headings = document.querySelectorAll('th');
headings[4].click(); document.body.setAttribute('data-by-partner', order(4));
headings[7].click(); headings[7].click(); document.body.setAttribute('data-by-unmet-descending', order(7));
document.body.setAttribute('data-links', Array.from(document.querySelectorAll('td.path a')).map(function (a) {
  return a.getAttribute('href'); }).join(' | '));
</script>"
python3 -c 'import sys; p = sys.argv[1]; s = open(p + "/summary.html").read()
open(p + "/probe.html", "w").write(s.replace("</body>", sys.argv[2] + "</body>"))' "$out" "$probe"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync "--user-data-dir=$(mktemp -d)")
chromium "${flags[@]}" --dump-dom "file://$out/probe.html" 2>/dev/null \
  | grep -o 'data-\(by-[a-z-]*\|links\)="[^"]*"' | sed 's/^data-/  /; s/="/: /; s/"$//'
for link in "$out"/reports/*.html; do
  [[ -f "$link" ]] || { echo "missing report $link" >&2; exit 1; }
done
chromium "${flags[@]}" --window-size=1280,900 --screenshot="$out/summary.png" "file://$out/summary.html" 2>/dev/null
echo "$out/summary.html"
echo "$out/summary.png"
