#!/usr/bin/env python3
"""Benchmark `hiroba check` on a generated corpus (a script, not a test).

Generates N items with scripts/generate-corpus.py (seeded, deterministic), runs the
release binary several times after a warm-up, and prints the median wall time, CPU time,
peak memory (max RSS of the process) and items per second, with the targets beside them.

    python3 benchmarks/bench_check.py [--items 10000] [--runs 7]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_SECONDS = 1.0
TARGET_MB = 200.0


def run_once(binary, content):
    """Wall seconds, CPU seconds and peak RSS (MB) of one `hiroba check` in a child process."""
    start = time.perf_counter()
    # wait4 gives this child's own rusage, so the peak memory is not mixed with earlier runs.
    proc = subprocess.Popen([binary, "check", "--content", content, "--now", "2026-11-28", "--lang", "en"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = proc.stdout.read().decode()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"hiroba check failed ({code}) on the corpus:\n{out[-3000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", help="write the corpus here and keep it")
    args = parser.parse_args()

    subprocess.run(["swift", "build", "-c", "release", "--product", "hiroba"], cwd=ROOT, check=True)
    binary = os.path.join(ROOT, ".build", "release", "hiroba")

    work = args.keep or tempfile.mkdtemp(prefix="hiroba-bench-")
    content = os.path.join(work, "content")
    if not os.path.exists(os.path.join(content, "site.yaml")):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate-corpus.py"),
                        "--items", str(args.items), "--out", content, "--seed", "1"], check=True)
    files = sum(len(f) for _, _, f in os.walk(content))

    run_once(binary, content)  # warm-up: file cache, dynamic linker
    runs = [run_once(binary, content) for _ in range(args.runs)]
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    peak = statistics.median(r[2] for r in runs)

    print(f"hiroba check — {args.items} items ({files} files), {args.runs} runs after a warm-up, {os.cpu_count()} cores")
    print(f"{'':24}{'median':>12}{'target':>12}{'ratio':>10}")
    print(f"{'wall time (s)':24}{wall:12.3f}{TARGET_SECONDS:12.3f}{wall / TARGET_SECONDS:10.2f}")
    print(f"{'cpu time (s)':24}{cpu:12.3f}")
    print(f"{'peak memory (MB)':24}{peak:12.1f}{TARGET_MB:12.1f}{peak / TARGET_MB:10.2f}")
    print(f"{'items per second':24}{args.items / wall:12.0f}")
    print(f"all wall times: {', '.join(f'{r[0]:.3f}' for r in runs)}")
    ok = wall < TARGET_SECONDS and peak < TARGET_MB
    print("targets met" if ok else "TARGETS NOT MET")


if __name__ == "__main__":
    main()
