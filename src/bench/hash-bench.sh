#!/usr/bin/env bash
# Compares ccv's bundle verification with `openssl dgst -sha256` over the same files.
# Creates a sealed 1 GiB bundle (64 files x 16 MiB of random data), warms the page cache, then
# times each side (best of ROUNDS runs, each a fresh process) and prints the ratio.
# Goal: ccv verify <= 0.6 x openssl on 2 cores.
#   usage: src/bench/hash-bench.sh [DIR]   (default DIR: a new folder under ${TMPDIR:-/tmp}, removed at exit)
#   env:   FILES (64), FILE_MIB (16), ROUNDS (3), JAVA_OPTS
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$here/target/ccv.jar"
files="${FILES:-64}"
file_mib="${FILE_MIB:-16}"
rounds="${ROUNDS:-3}"

for tool in java openssl sha256sum; do
  command -v "$tool" >/dev/null || { echo "hash-bench: $tool is not on PATH" >&2; exit 2; }
done
if [[ ! -f "$jar" ]]; then
  echo "hash-bench: building $jar ..." >&2
  (cd "$here" && mvn -q -DskipTests package)
fi

if [[ $# -ge 1 ]]; then
  bundle="$1"; mkdir -p "$bundle"
else
  bundle="$(mktemp -d "${TMPDIR:-/tmp}/ccv-hash-bench.XXXXXX")"
  trap 'rm -rf "$bundle"' EXIT
fi

echo "bundle: $bundle ($files files x $file_mib MiB), cores: $(nproc)"
for i in $(seq -w 1 "$files"); do
  f="$bundle/evidence-$i.bin"
  [[ -f "$f" && $(stat -c %s "$f") -eq $((file_mib * 1024 * 1024)) ]] \
    || head -c $((file_mib * 1024 * 1024)) /dev/urandom >"$f"
done
rm -f "$bundle/MANIFEST.sha256"
java ${JAVA_OPTS:-} -cp "$jar" dev.ccv.bundle.HashBench seal "$bundle"
(cd "$bundle" && sha256sum -c --quiet MANIFEST.sha256) && echo "sha256sum -c accepts ccv's manifest"
cat "$bundle"/*.bin >/dev/null   # page cache warm: both sides read from memory

# prints "WALL CPU" in seconds for one run of the command (CPU = user + system, all threads)
measure() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" >/dev/null; } 2>&1 )
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$t"
}
best() { sort -n | head -1; }   # the fastest run: the one least disturbed by other load

openssl_run=$(for _ in $(seq "$rounds"); do measure openssl dgst -sha256 "$bundle"/*.bin; done | best)
ccv_run=$(for _ in $(seq "$rounds"); do
  measure java ${JAVA_OPTS:-} -cp "$jar" dev.ccv.bundle.HashBench verify "$bundle"
done | best)

echo "in-process verify times (one JVM; round 1 includes JIT warm-up):"
java ${JAVA_OPTS:-} -cp "$jar" dev.ccv.bundle.HashBench verify "$bundle" "$rounds" | sed 's/^/  /'
read -r openssl_wall openssl_cpu <<<"$openssl_run"
read -r ccv_wall ccv_cpu <<<"$ccv_run"
echo "openssl dgst -sha256, best of $rounds: ${openssl_wall}s wall, ${openssl_cpu}s CPU"
echo "ccv verify (whole process, JVM start included), best of $rounds: ${ccv_wall}s wall, ${ccv_cpu}s CPU"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (other load makes wall times unreliable)"
awk -v c="$ccv_wall" -v o="$openssl_wall" 'BEGIN { printf "ratio ccv/openssl (wall): %.2f (goal <= 0.60)\n", c / o }'
