#!/usr/bin/env python3
"""Live-preview latency of `hiroba serve` (a script, not a test).

    python3 benchmarks/bench_serve.py [--items 10000] [--edits 20] [--work DIR] [--no-build]

Builds Hiroba in release mode, generates the corpus (scripts/generate-corpus.py, seed 1),
starts `hiroba serve --now 2026-11-28` on it, and for each edit opens the event's page as a
browser tab does (its reload script listens on the Server-Sent Events stream, naming the
page), saves the event file (a paragraph appended to its body) and measures the time from
the save (the file closed) to the `reload` event; `--pause` seconds pass between saves.
Prints the median and spread over the edits, how long the server took to render the other
files the edit changed (lists, feeds, search index) after the reload, what it says the last
rebuild did, and beside it the median of three full `hiroba build`s of the same corpus,
with the ratio. Target: median under 100 ms on 10,000 items.
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = "2026-11-28"
TARGET_MS = 100.0


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EventListener(threading.Thread):
    """Reads `event: NAME` lines from the SSE stream and stamps each on arrival."""

    def __init__(self, port, page="/"):
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port))
        # As the reload script does: it names the page it is on, rendered first after an edit.
        request = f"GET /__hiroba/events?page={page} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        self.sock.sendall(request.encode())
        self.events = []
        self.cond = threading.Condition()

    def run(self):
        buffer = b""
        while True:
            try:
                chunk = self.sock.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            now = time.perf_counter()
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                if line.startswith(b"event: "):
                    with self.cond:
                        self.events.append((line[7:].decode().strip(), now))
                        self.cond.notify_all()

    def wait_for(self, name, after_count, timeout=60):
        deadline = time.perf_counter() + timeout
        with self.cond:
            while True:
                for event, stamp in self.events[after_count:]:
                    if event == name:
                        return stamp
                left = deadline - time.perf_counter()
                if left <= 0:
                    return None
                self.cond.wait(left)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--work", default=os.path.join("/tmp", "hiroba-bench-serve"))
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    parser.add_argument("--pause", type=float, default=5.0, help="seconds between saves (a person editing)")
    args = parser.parse_args()

    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "hiroba"], cwd=ROOT, check=True)
    hiroba = os.path.join(ROOT, ".build", "release", "hiroba")
    content = os.path.join(args.work, str(args.items), "content")
    shutil.rmtree(content, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate-corpus.py"), "--items", str(args.items),
                    "--out", content, "--seed", "1"], check=True, stdout=subprocess.DEVNULL)

    out = os.path.join(args.work, "out")
    builds = []
    for _ in range(3):
        shutil.rmtree(out, ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([hiroba, "build", "--content", content, "--output", out, "--now", NOW], check=True,
                       stdout=subprocess.DEVNULL)
        builds.append(time.perf_counter() - start)
    shutil.rmtree(out, ignore_errors=True)
    full_build = statistics.median(builds)

    port = free_port()
    log_path = os.path.join(args.work, "serve.log")
    log = open(log_path, "w")
    server = subprocess.Popen([hiroba, "serve", "--content", content, "--now", NOW, "--port", str(port), "--lang", "en"],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        started = time.perf_counter()
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.perf_counter() - started > 300:
                    sys.exit("hiroba serve did not start:\n" + open(log_path).read())
                time.sleep(0.05)
        first_build = time.perf_counter() - started
        events_dir = os.path.join(content, "events")
        files = sorted(n for n in os.listdir(events_dir) if n.endswith(".md") and not n.endswith(".en.md"))
        latencies = []
        for i in range(args.edits):
            name = files[(i * 97) % len(files)]
            path = os.path.join(events_dir, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            # A browser tab shows the event's page (its reload script names the page).
            listener = EventListener(port, f"/events/{name[:-3]}/")
            listener.start()
            if listener.wait_for("hello", 0) is None:
                sys.exit("no hello event on the SSE stream")
            time.sleep(args.pause)  # a person edits between saves
            count = len(listener.events)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text + f"\n\nベンチマークの追記 {i}。\n")
            saved = time.perf_counter()
            stamp = listener.wait_for("reload", count)
            if stamp is None:
                sys.exit(f"no reload event after editing {path}:\n" + open(log_path).read()[-3000:])
            latencies.append((stamp - saved) * 1000)
            listener.sock.close()
        time.sleep(max(5.0, full_build))  # the last edit's remaining files
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()

    lines = open(log_path).read().splitlines()
    rebuilds = [line for line in lines if line.startswith("rebuilt in")]
    rest = [float(line.split(" in ")[1].split(" ms")[0]) for line in lines if line.startswith("rendered the ")]
    latencies.sort()
    median = statistics.median(latencies)
    print(f"hiroba serve on {args.items:,} items ({len(files):,} event files), {args.edits} edits of one event file each")
    print(f"  save → reload event: median {median:.1f} ms, min {latencies[0]:.1f}, "
          f"p90 {latencies[int(0.9 * (len(latencies) - 1))]:.1f}, max {latencies[-1]:.1f} ms")
    if rest:
        print(f"  then the other changed files (feeds, lists, search index …), in the background: "
              f"median {statistics.median(rest):.0f} ms more ({len(rest)} of {args.edits} finished before the next save)")
    print(f"  first build and listening: {first_build:.2f} s")
    print(f"  full hiroba build (median of 3): {full_build * 1000:.0f} ms; ratio full build / median reload: "
          f"{full_build * 1000 / median:.1f}x")
    print(f"  server's own report of the last rebuilds: {rebuilds[-1].strip() if rebuilds else 'none'}")
    verdict = "met" if median < TARGET_MS else f"NOT met (by {median - TARGET_MS:.0f} ms)"
    print(f"  target median < {TARGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
