#!/usr/bin/env bash
# Renders the xlsx report of a bundle (or an .xlsx workbook given directly) with LibreOffice in
# headless mode, as a PDF and a PNG of each page, so that a person can look at what an auditor
# would hand to AWS.
#   usage: src/tools/render-xlsx.sh [BUNDLE|WORKBOOK.xlsx] [OUT-DIR]
#   default BUNDLE: examples/audit-case-study-removed; default OUT-DIR: a new folder under /tmp
# Needs Debian's libreoffice-calc and poppler-utils (pdftoppm); the script installs them with apt-get
# when run as root.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
input="${1:-$here/examples/audit-case-study-removed}"
out="${2:-$(mktemp -d "${TMPDIR:-/tmp}/ccv-xlsx.XXXXXX")}"
mkdir -p "$out"

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  else
    echo "missing: apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi

if [[ "$input" == *.xlsx ]]; then
  cp "$input" "$out/report.xlsx"
else
  "$here/ccv" validate "$input" --as-of 2026-06-30 --report "xlsx=$out/report.xlsx" || true
fi

# A profile of its own, so that a running LibreOffice of the user's is neither used nor disturbed.
profile="$(mktemp -d "${TMPDIR:-/tmp}/ccv-lo-profile.XXXXXX")"
soffice --headless --norestore "-env:UserInstallation=file://$profile" \
  --convert-to pdf --outdir "$out" "$out/report.xlsx" >/dev/null 2>&1
rm -rf "$profile"
pdftoppm -png -r 90 "$out/report.pdf" "$out/page"
echo "$out/report.xlsx"
echo "$out/report.pdf"
ls "$out"/page*.png
