#!/usr/bin/env python3
"""Full builds of the same generated site with Hiroba and with Hugo, side by side (a script,
not a test). See benchmarks/README.md for what each side renders.

    python3 benchmarks/bench_build.py [--sizes 1000,10000,50000] [--runs 5] [--work DIR]

For each size N: generates the corpus (scripts/generate-corpus.py, seed 1) and the
equivalent Hugo site (benchmarks/hugo_site.py), warms both up once, then runs full builds
alternately (Hiroba, Hugo, Hiroba, …) into fresh output folders and prints the medians of
wall time, CPU time (user + system) and peak memory (max RSS), files and HTML pages written
per second, and Hugo/Hiroba ratios; plus `hiroba check` alone, and the scaling of Hiroba's
build time from the smaller sizes to the largest. Hugo is Debian's (`apt-get install hugo`).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = "2026-11-28"
TARGET_RATIO = 2.0
TARGET_SCALING = 5.5
TARGET_CHECK_SECONDS = 1.0


def measure(command, cwd=None):
    """Wall seconds, CPU seconds and peak RSS (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{output.decode(errors='replace')[-3000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def count_files(folder):
    files = pages = 0
    for _, _, names in os.walk(folder):
        files += len(names)
        pages += sum(1 for n in names if n.endswith(".html"))
    return files, pages


def prepare(work, n, python):
    content = os.path.join(work, str(n), "content")
    hugo_site = os.path.join(work, str(n), "hugo")
    if not os.path.exists(os.path.join(content, "site.yaml")):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate-corpus.py"),
                        "--items", str(n), "--out", content, "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
    if not os.path.exists(os.path.join(hugo_site, "hugo.toml")):
        subprocess.run([python, os.path.join(ROOT, "benchmarks", "hugo_site.py"), content, hugo_site], check=True)
    return content, hugo_site


def median_of(runs):
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default=os.path.join("/tmp", "hiroba-bench"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    if not shutil.which("hugo"):
        subprocess.run(["apt-get", "install", "-y", "-q", "hugo"], check=True)
    python = os.path.join(ROOT, ".venv", "bin", "python")  # PyYAML, from scripts/test-tools.sh
    if not os.path.exists(python):
        subprocess.run(["bash", os.path.join(ROOT, "scripts", "test-tools.sh")], check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "hiroba"], cwd=ROOT, check=True)
    hiroba = os.path.join(ROOT, ".build", "release", "hiroba")
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]

    results = {}
    for n in sizes:
        content, hugo_site = prepare(args.work, n, python)
        out_hiroba = os.path.join(args.work, str(n), "out-hiroba")
        out_hugo = os.path.join(args.work, str(n), "out-hugo")
        build_hiroba = [hiroba, "build", "--content", content, "--output", out_hiroba, "--now", NOW]
        build_hugo = ["hugo", "--quiet", "--source", hugo_site, "--destination", out_hugo, "--cleanDestinationDir"]

        def fresh(folder):
            shutil.rmtree(folder, ignore_errors=True)

        fresh(out_hiroba), measure(build_hiroba)  # warm-up: file cache, dynamic linker
        fresh(out_hugo), measure(build_hugo)
        runs_hiroba, runs_hugo = [], []
        for _ in range(args.runs):
            fresh(out_hiroba)
            runs_hiroba.append(measure(build_hiroba))
            fresh(out_hugo)
            runs_hugo.append(measure(build_hugo))
        checks = [measure([hiroba, "check", "--content", content, "--now", NOW]) for _ in range(args.runs)]
        results[n] = {
            "hiroba": median_of(runs_hiroba), "hugo": median_of(runs_hugo), "check": median_of(checks),
            "files": (count_files(out_hiroba), count_files(out_hugo)),
            "walls": ([r[0] for r in runs_hiroba], [r[0] for r in runs_hugo]),
        }
        print_size(n, results[n], args.runs, hugo_version)

    print_summary(results)


def print_size(n, r, runs, hugo_version):
    (hf, hp), (gf, gp) = r["files"]
    print(f"\n== {n} items — medians of {runs} runs after a warm-up, {os.cpu_count()} cores; hugo {hugo_version}")
    print(f"{'':26}{'Hiroba':>12}{'Hugo':>12}{'Hugo/Hiroba':>14}")
    for i, label in enumerate(("wall time (s)", "CPU time (s)", "peak memory (MB)")):
        a, b = r["hiroba"][i], r["hugo"][i]
        print(f"{label:26}{a:12.2f}{b:12.2f}{b / a:14.2f}")
    print(f"{'files written':26}{hf:12d}{gf:12d}")
    print(f"{'HTML pages written':26}{hp:12d}{gp:12d}")
    print(f"{'pages per second':26}{hp / r['hiroba'][0]:12.0f}{gp / r['hugo'][0]:12.0f}{(hp / r['hiroba'][0]) / (gp / r['hugo'][0]):14.2f}")
    print(f"{'hiroba check (s)':26}{r['check'][0]:12.3f}   peak {r['check'][2]:.0f} MB")
    print("wall times: Hiroba " + ", ".join(f"{w:.2f}" for w in r["walls"][0])
          + " | Hugo " + ", ".join(f"{w:.2f}" for w in r["walls"][1]))


def print_summary(results):
    sizes = sorted(results)
    print("\n== targets")
    if 10000 in results:
        r = results[10000]
        ratio = r["hugo"][0] / r["hiroba"][0]
        print(f"10,000 items: Hugo/Hiroba wall time {ratio:.2f} (target ≥ {TARGET_RATIO}) "
              f"{'met' if ratio >= TARGET_RATIO else 'NOT MET'}")
        memory = r["hiroba"][2] <= r["hugo"][2]
        print(f"10,000 items: peak memory Hiroba {r['hiroba'][2]:.0f} MB vs Hugo {r['hugo'][2]:.0f} MB "
              f"{'met' if memory else 'NOT MET'}")
        check = r["check"][0]
        print(f"10,000 items: hiroba check {check:.3f} s (target < {TARGET_CHECK_SECONDS}) "
              f"{'met' if check < TARGET_CHECK_SECONDS else 'NOT MET'}")
    if 10000 in results and 50000 in results:
        scaling = results[50000]["hiroba"][0] / results[10000]["hiroba"][0]
        print(f"scaling: time(50,000) / time(10,000) = {scaling:.2f} (target ≤ {TARGET_SCALING}) "
              f"{'met' if scaling <= TARGET_SCALING else 'NOT MET'}; Hugo's: "
              f"{results[50000]['hugo'][0] / results[10000]['hugo'][0]:.2f}")
    for a, b in zip(sizes, sizes[1:]):
        print(f"Hiroba {a} → {b} items: ×{results[b]['hiroba'][0] / results[a]['hiroba'][0]:.2f} wall time "
              f"for ×{b / a:.0f} items")


if __name__ == "__main__":
    main()
