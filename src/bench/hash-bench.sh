#!/usr/bin/env bash
# Compares `ccv validate` of a sealed bundle with `openssl dgst -sha256` over the same files.
# The bundle is examples/passing-precheck plus FILES x FILE_MIB MiB of random evidence (1 GiB by
# default), sealed by `ccv manifest`. The page cache is warmed first, so both sides read from
# memory; then each round runs openssl and `./ccv validate` (the launcher, with its class-data
# archive, as a user runs it) once each, one after the other, and the best and median of ROUNDS
# are printed, wall and CPU (user + system, all threads).
# Goal: ccv <= 0.6 x openssl (wall) on 2 cores.
#   usage: src/bench/hash-bench.sh [DIR]   (default DIR: a new folder under ${TMPDIR:-/tmp}, removed at exit)
#   env:   FILES (64), FILE_MIB (16), ROUNDS (10), CCV_JAVA_OPTS (passed on to the launcher)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ccv="$here/ccv"
files="${FILES:-64}"
file_mib="${FILE_MIB:-16}"
rounds="${ROUNDS:-10}"
as_of=2026-06-30

for tool in java mvn openssl sha256sum; do
  command -v "$tool" >/dev/null || { echo "hash-bench: $tool is not on PATH" >&2; exit 2; }
done

if [[ $# -ge 1 ]]; then
  bundle="$1"; mkdir -p "$bundle"
else
  bundle="$(mktemp -d "${TMPDIR:-/tmp}/ccv-hash-bench.XXXXXX")"
  trap 'rm -rf "$bundle"' EXIT
fi

echo "bundle: $bundle (examples/passing-precheck + $files files x $file_mib MiB), cores: $(nproc)"
cp -R "$here/examples/passing-precheck/." "$bundle/"
for i in $(seq -w 1 "$files"); do
  f="$bundle/evidence-$i.bin"
  [[ -f "$f" && $(stat -c %s "$f") -eq $((file_mib * 1024 * 1024)) ]] \
    || head -c $((file_mib * 1024 * 1024)) /dev/urandom >"$f"
done
rm -f "$bundle/MANIFEST.sha256"
"$ccv" manifest "$bundle" >/dev/null   # also builds the jar and its archive when they are missing or stale
(cd "$bundle" && sha256sum -c --quiet MANIFEST.sha256) && echo "sha256sum -c accepts ccv's manifest"

# the files the manifest lists, which are the files ccv verifies
mapfile -t listed < <(cd "$bundle" && find . -type f ! -name MANIFEST.sha256 | sort)
listed=("${listed[@]/#./$bundle}")
validate=("$ccv" validate "$bundle" --as-of "$as_of")
status=0
"${validate[@]}" >/dev/null || status=$?
[[ $status -eq 0 ]] || { echo "hash-bench: ccv validate exited $status, expected 0" >&2; exit 1; }
cat "${listed[@]}" >/dev/null   # page cache warm: both sides read from memory

# prints "WALL CPU" in seconds for one run of the command (CPU = user + system, all threads)
measure() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" >/dev/null; } 2>&1 )
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$t"
}
# "best median" of a column of numbers
summary() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f %.3f\n", v[1], v[int((NR + 1) / 2)] }'; }

openssl_runs=""; ccv_runs=""
for _ in $(seq "$rounds"); do   # interleaved, so that both sides see the same load
  openssl_runs+="$(measure openssl dgst -sha256 "${listed[@]}")"$'\n'
  ccv_runs+="$(measure "${validate[@]}")"$'\n'
done
read -r openssl_wall openssl_wall_median <<<"$(awk 'NF { print $1 }' <<<"$openssl_runs" | summary)"
read -r openssl_cpu openssl_cpu_median <<<"$(awk 'NF { print $2 }' <<<"$openssl_runs" | summary)"
read -r ccv_wall ccv_wall_median <<<"$(awk 'NF { print $1 }' <<<"$ccv_runs" | summary)"
read -r ccv_cpu ccv_cpu_median <<<"$(awk 'NF { print $2 }' <<<"$ccv_runs" | summary)"

echo "in-process verify times (one JVM; round 1 includes JIT warm-up):"
if [[ ! -f "$here/target/benchmarks.jar" || "$here/src/bench/java/dev/ccv/bench/HashBench.java" -nt "$here/target/benchmarks.jar" ]]; then
  (cd "$here" && mvn -q -B -P jmh -DskipTests package >/dev/null)
fi
java -XX:+UseSerialGC -cp "$here/target/benchmarks.jar" dev.ccv.bench.HashBench verify "$bundle" 3 | sed 's/^/  /'
echo "openssl dgst -sha256 ($(( ${#listed[@]} )) files), best / median of $rounds: ${openssl_wall} / ${openssl_wall_median} s wall, ${openssl_cpu} / ${openssl_cpu_median} s CPU"
echo "ccv validate (whole process, through ./ccv), best / median of $rounds: ${ccv_wall} / ${ccv_wall_median} s wall, ${ccv_cpu} / ${ccv_cpu_median} s CPU"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (other load makes wall times unreliable)"
awk -v c="$ccv_wall" -v o="$openssl_wall" -v cm="$ccv_wall_median" -v om="$openssl_wall_median" \
  'BEGIN { printf "ratio ccv/openssl (wall): best %.2f, median %.2f (goal <= 0.60)\n", c / o, cm / om }'
