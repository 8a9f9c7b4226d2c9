#!/usr/bin/env bash
# Whole-process benchmark of `ccv batch` against its goals (README, Batch):
#   speed   1,000 small bundles through `./ccv batch`  <= 5 % of the same 1,000 through a shell loop of `./ccv validate`
#   memory  peak RSS of that batch (/usr/bin/time -v)   <= 512 MiB
#   growth  10,000 bundles through `./ccv batch`        <= 12 x the time of 1,000
# The bundles (src/bench/java/dev/ccv/bench/BundlePortfolio.java) are copies of examples/passing-precheck
# with varied partners, tiers and dates, about one in five failing, one invalid and one tampered.
# The loop takes minutes (one JVM per bundle): run this once, on a machine as quiet as you can get,
# and note its load average, which this prints. Nothing here runs during `mvn verify`.
#
#   usage: src/bench/batch-bench.sh
#   env:   WORK (default /tmp/ccv-batch-bench), JOBS (passed as --jobs; default: the number of cores)
#   needs: java, GNU time (/usr/bin/time): apt-get install -y time
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${WORK:-/tmp/ccv-batch-bench}"
ccv="$here/ccv"
jobs=()
[[ -n "${JOBS:-}" ]] && jobs=(--jobs "$JOBS")

if [[ ! -x /usr/bin/time ]]; then
  echo "bench: GNU time is missing; install it with: sudo apt-get install -y time" >&2
  exit 2
fi
"$ccv" --version >/dev/null   # builds target/ccv.jar and its class-data archive when missing or stale

for n in 1000 10000; do
  if [[ ! -d "$work/n$n" ]]; then
    java "$here/src/bench/java/dev/ccv/bench/BundlePortfolio.java" "$here/examples/passing-precheck" "$work/n$n" "$n"
  fi
done

load() { cut -d' ' -f1-3 /proc/loadavg; }
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$1"; }
rss_mib() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }

batch() { # N -> runs the batch over n$N under /usr/bin/time -v into $work/time-N.txt
  /usr/bin/time -v "$ccv" batch "$work/n$1" --as-of 2026-06-30 ${jobs[@]+"${jobs[@]}"} \
    --summary "json=$work/summary-$1.json" >/dev/null 2>"$work/time-$1.txt" || [[ $? -le 3 ]]
}

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average: $(load)"

echo "== batch, 1,000 bundles"
batch 1000
b1k=$(seconds "$work/time-1000.txt")
rss1k=$(rss_mib "$work/time-1000.txt")
echo "   ${b1k} s, max RSS ${rss1k} MiB, load average after: $(load)"

echo "== batch, 10,000 bundles"
batch 10000
b10k=$(seconds "$work/time-10000.txt")
rss10k=$(rss_mib "$work/time-10000.txt")
echo "   ${b10k} s, max RSS ${rss10k} MiB, load average after: $(load)"

echo "== loop of ./ccv validate, the same 1,000 bundles"
start=$(date +%s.%N)
for bundle in "$work"/n1000/group-*/partner-*; do
  "$ccv" validate "$bundle" --as-of 2026-06-30 >/dev/null 2>&1 || true
done
loop=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
echo "   ${loop} s, load average after: $(load)"

ratio_line() { # name value goal description
  awk -v n="$1" -v v="$2" -v g="$3" -v d="$4" \
    'BEGIN { printf "%-8s %8.3f  (goal <= %s) %s  %s\n", n, v, g, (v <= g ? "MET" : "NOT MET"), d }'
}
echo "== ratios"
ratio_line speed "$(awk -v b="$b1k" -v l="$loop" 'BEGIN { print b / l }')" 0.05 "batch ${b1k} s / loop ${loop} s"
ratio_line memory "$(awk -v r="$rss1k" -v s="$rss10k" 'BEGIN { print (r > s ? r : s) }')" 512 \
  "MiB peak RSS (1,000: ${rss1k}, 10,000: ${rss10k})"
ratio_line growth "$(awk -v a="$b10k" -v b="$b1k" 'BEGIN { print a / b }')" 12 "10,000 ${b10k} s / 1,000 ${b1k} s"
