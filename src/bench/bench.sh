#!/usr/bin/env bash
# Whole-process benchmark of ccv against the performance goals in README.md ("Performance"):
#   start   ./ccv validate examples/passing-precheck   <= 2 x  java -cp DIR Hello      (hyperfine, alternating, medians)
#   scale   1,000 case studies x 100 items + 200 partner items, JSON report: <= 2 s wall, <= 512 MiB RSS
#   growth  time(1,000 case studies) / time(100 case studies) <= 11 (whole process, and in-process via JMH)
#   yaml    the YAML reader on one value of 1, 4 and 16 MiB, in every shape (plain, quoted, block, with an
#           anchor): time(16 MiB) / time(1 MiB) must stay near 16 (linear), in-process, best of 3
# It builds the jar (through ./ccv) when missing, generates the synthetic bundles under $WORK,
# measures, and prints each ratio against its goal. Nothing here runs during `mvn verify`.
#
#   usage: src/bench/bench.sh [--jmh]     --jmh also builds and runs the JMH benchmarks (minutes)
#          src/bench/bench.sh --yaml      only the YAML values (about a minute; YAML_ROUNDS, default 5)
#   env:   WORK (default /tmp/ccv-bench), RUNS (hyperfine runs, default 20), CCV_JAVA_OPTS (passed to ./ccv)
#   needs: java, hyperfine and GNU time (/usr/bin/time): apt-get install -y hyperfine time
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${WORK:-/tmp/ccv-bench}"
runs="${RUNS:-20}"
ccv="$here/ccv"
example="$here/examples/passing-precheck"
with_jmh=false
[[ "${1:-}" == "--jmh" ]] && with_jmh=true

yaml_values() {
  echo "== yaml values (in-process: YamlReader.read of $example/self-assessment.yaml plus one long value)"
  java -XX:+UseSerialGC -Xms2g -cp "$here/target/ccv.jar" "$here/src/bench/java/dev/ccv/bench/YamlValues.java" \
    "$example/self-assessment.yaml" "${YAML_ROUNDS:-5}" 1,4,16
}
if [[ "${1:-}" == "--yaml" ]]; then
  "$ccv" --version >/dev/null
  yaml_values
  exit 0
fi

install_tools() {
  local missing=()
  command -v hyperfine >/dev/null || missing+=(hyperfine)
  [[ -x /usr/bin/time ]] || missing+=(time)
  [[ ${#missing[@]} -eq 0 ]] && return
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "bench: installing ${missing[*]} from Debian's packages..." >&2
    apt-get install -y "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update >/dev/null 2>&1 && apt-get install -y "${missing[@]}" >/dev/null 2>&1; }
  else
    echo "bench: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
}

# mean seconds of one command in a hyperfine JSON export
mean_of() {
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$1"
}

# each run's seconds in a hyperfine JSON export, one a line
times_of() {
  python3 -c 'import json,sys; print("\n".join(str(t) for t in json.load(open(sys.argv[1]))["results"][0]["times"]))' "$1"
}
median_of() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
range_of() { sort -g "$1" | awk '{ v[NR] = $1 } END { printf "(min %.1f, max %.1f, %d runs)", v[1] * 1000, v[NR] * 1000, NR }'; }

ratio_line() { # name value goal unit-description
  awk -v n="$1" -v v="$2" -v g="$3" -v d="$4" \
    'BEGIN { printf "%-8s %8.2f  (goal <= %s) %s  %s\n", n, v, g, (v <= g ? "MET" : "NOT MET"), d }'
}

install_tools
mkdir -p "$work"
"$ccv" --version >/dev/null      # builds target/ccv.jar and the AppCDS archive when missing or stale

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- synthetic bundles (the generator is a single-file Java program: no build needed)
for n in 100 1000; do
  if [[ ! -f "$work/n$n/self-assessment.yaml" ]]; then
    java "$here/src/bench/java/dev/ccv/bench/SyntheticBundle.java" "$work/n$n" "$n" >/dev/null
  fi
done
validate() { # N -> the ccv command line for that bundle, JSON report into $work
  echo "$ccv validate $work/n$1 --checklist $work/n$1/synthetic-checklist.yaml --as-of 2026-06-30 --report json=$work/n$1.json"
}

# --- start: ./ccv on an example vs a bare Hello on the same JVM
mkdir -p "$work/hello"
if [[ ! -f "$work/hello/Hello.class" ]]; then
  printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' \
    >"$work/hello/Hello.java"
  javac -d "$work/hello" "$work/hello/Hello.java"
fi
# The two alternate in rounds of a few runs each, so that both see the same machine: this machine's
# speed drifts by 20 % from one minute to the next, and a ratio of two blocks measured minutes apart
# drifts with it. Medians of all runs.
rounds=5
per_round=$(( (runs + rounds - 1) / rounds ))
echo "== start (hyperfine, $rounds alternating rounds of $per_round runs each, medians)"
: >"$work/start-hello.txt"
: >"$work/start-ccv.txt"
for _ in $(seq "$rounds"); do
  hyperfine -N --style none --warmup 1 --runs "$per_round" --export-json "$work/hf-hello.json"     "java -cp $work/hello Hello" >/dev/null
  times_of "$work/hf-hello.json" >>"$work/start-hello.txt"
  hyperfine -N --style none --warmup 1 --runs "$per_round" --export-json "$work/hf-start.json"     "$ccv validate $example --as-of 2026-06-30 --report json=/dev/null" >/dev/null
  times_of "$work/hf-start.json" >>"$work/start-ccv.txt"
done
hello=$(median_of "$work/start-hello.txt")
start=$(median_of "$work/start-ccv.txt")
echo "  Hello: median $(awk -v v="$hello" 'BEGIN { printf "%.1f", v * 1000 }') ms $(range_of "$work/start-hello.txt")"
echo "  ccv:   median $(awk -v v="$start" 'BEGIN { printf "%.1f", v * 1000 }') ms $(range_of "$work/start-ccv.txt")"

# --- scale: wall and peak RSS of the 1,000-case-study run (best wall of 3; the largest RSS)
echo "== scale ($(grep -c ' status: met' "$work/n1000/self-assessment.yaml") responses, /usr/bin/time -v, 3 runs)"
best_wall=""
max_rss=0
for _ in 1 2 3; do
  # shellcheck disable=SC2046 # the command line is split on purpose
  /usr/bin/time -v $(validate 1000) >/dev/null 2>"$work/time.txt" || [[ $? -le 1 ]]
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$work/time.txt")
  echo "   wall ${wall} s, cpu (user+sys) ${cpu} s, max RSS $((rss / 1024)) MiB"
  if [[ -z "$best_wall" ]] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then best_wall=$wall; fi
  (( rss > max_rss )) && max_rss=$rss
done

# --- growth: whole process, 10x the input
echo "== growth (hyperfine, 5 runs each)"
hyperfine -N --style basic --warmup 1 --runs 5 --export-json "$work/hf-n100.json" "$(validate 100)" | grep -E "Time|Range"
hyperfine -N --style basic --warmup 1 --runs 5 --export-json "$work/hf-n1000.json" "$(validate 1000)" | grep -E "Time|Range"
small=$(mean_of "$work/hf-n100.json")
large=$(mean_of "$work/hf-n1000.json")

jmh_growth=""
if $with_jmh; then
  echo "== growth in-process (JMH: load + cross-check + engine + JSON report, one JVM, warmed up)"
  [[ -f "$here/target/benchmarks.jar" ]] || (cd "$here" && mvn -q -B -P jmh -DskipTests package)
  java -jar "$here/target/benchmarks.jar" ValidationBenchmark.validate -p caseStudies=100,1000 \
    -wi 3 -i 5 -f 1 -rf json -rff "$work/jmh.json" | grep -E "^(Benchmark|ValidationBenchmark) "
  jmh_growth=$(python3 -c 'import json,sys
r = {b["params"]["caseStudies"]: b["primaryMetric"]["score"] for b in json.load(open(sys.argv[1]))}
print(r["1000"] / r["100"])' "$work/jmh.json")
fi

yaml_values

echo "== ratios"
ratio_line start "$(awk -v a="$start" -v b="$hello" 'BEGIN { print a / b }')" 2 \
  "ccv $(awk -v a="$start" 'BEGIN { printf "%.0f", a * 1000 }') ms / Hello $(awk -v b="$hello" 'BEGIN { printf "%.0f", b * 1000 }') ms"
ratio_line wall "$best_wall" 2 "seconds, 1,000 case studies"
ratio_line rss "$(awk -v r="$max_rss" 'BEGIN { print r / 1024 }')" 512 "MiB, 1,000 case studies"
ratio_line growth "$(awk -v a="$large" -v b="$small" 'BEGIN { print a / b }')" 11 \
  "whole process: $(awk -v a="$large" 'BEGIN { printf "%.2f", a }') s / $(awk -v b="$small" 'BEGIN { printf "%.2f", b }') s"
if [[ -n "$jmh_growth" ]]; then
  ratio_line growth "$jmh_growth" 11 "in-process (JMH), 1,000 vs 100 case studies"
fi
