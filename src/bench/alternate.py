#!/usr/bin/env python3
"""Times command lines in alternation and prints, for each, the median and minimum wall time and
the median CPU time (user + sys of the process and its children) in milliseconds.

This machine's speed drifts by 20 % from one minute to the next, so two builds compared in two
blocks minutes apart differ by the drift as much as by the change: run them in turns instead, one
run of each per round, after one warm-up run each. Output is discarded; exit codes are ignored.

    usage: src/bench/alternate.py ROUNDS 'COMMAND A' 'COMMAND B' [...]
    e.g.:  src/bench/alternate.py 40 'java -cp /tmp/hello Hello' \\
               './ccv validate examples/passing-precheck --as-of 2026-06-30 --report json=/dev/null'

Each command line is split as a shell would split words (shlex), but run without a shell.
Nothing here runs during `mvn verify`.
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(argv):
    """Wall and CPU milliseconds of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def main(args):
    if len(args) < 2 or not args[0].isdigit():
        print("usage: src/bench/alternate.py ROUNDS 'COMMAND A' 'COMMAND B' [...]", file=sys.stderr)
        return 2
    rounds = int(args[0])
    commands = [shlex.split(command) for command in args[1:]]
    for argv in commands:
        run_once(argv)
    walls = [[] for _ in commands]
    cpus = [[] for _ in commands]
    for _ in range(rounds):
        for i, argv in enumerate(commands):
            wall, cpu = run_once(argv)
            walls[i].append(wall)
            cpus[i].append(cpu)
    for i, command in enumerate(args[1:]):
        print(f"wall {statistics.median(walls[i]):6.1f} median {min(walls[i]):6.1f} min | "
              f"cpu {statistics.median(cpus[i]):6.1f} median | {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
