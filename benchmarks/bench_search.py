#!/usr/bin/env python3
"""Hiroba's search against Pagefind on the same generated site, side by side (a script, not
a test). See benchmarks/README.md and docs/search.md.

    python3 benchmarks/bench_search.py [--items 10000] [--work benchmarks/work/search]

Steps: generates the corpus (scripts/generate-corpus.py, seed 1) and writes a few
judged words into some items' bodies (katakana compounds such as ガベージコレクション,
新幹線, a long-vowel variant, a full-width Latin word: see INJECTED); builds the site with
Hiroba (release build, which writes Hiroba's index), then indexes the same HTML with
`python -m pagefind --site` (pagefind[extended]==1.5.2, installed into a venv under the
work folder, from PyPI). Then it serves the site from a local HTTP server that counts the
bytes of every response (text files at their gzip size, Pagefind's already compressed files
as they are) and runs the same queries in headless Chromium on each side:
  * Hiroba: the real search page, /search/?q=…: the query is submitted in the page and the
    time runs until the results are shown (titles and snippets of up to 20 results);
  * Pagefind: a page that imports /pagefind/pagefind.js, runs pagefind.search(q) and loads
    the data (title, URL, excerpt) of the first 10 results.
It prints index bytes and files on disk, index build time per item and peak memory, the
bytes and requests from the first keystroke to the first results (script included, in a
fresh browser), the bytes of 20 queries, query latency (median and worst of the later
queries), the judged hits (query → items that must be in the top 5), and the ratios.
"""
import argparse
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlparse, unquote

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-28"
PAGEFIND = "pagefind[extended]==1.5.2"

# (folder, n-th Japanese body file in sorted order, sentence appended to its body)
INJECTED = [
    ("events", 11, "当日は新幹線で来られる方のために駅から案内します。"),
    ("events", 23, "講師がガベージコレクションの仕組みを図で説明します。"),
    ("groups", 7, "東北新幹線の沿線の団体とも交流しています。"),
    ("volunteering", 5, "受付ではコンピューターの操作をお願いします。"),
    ("groups", 31, "ユニバーサルデザインの点検を続けています。"),
    ("events", 47, "クラウドファンディングの始め方も紹介します。"),
    ("subsidies", 3, "Raspberry Piを使った教材づくりも対象です。"),
    ("groups", 55, "五目並べの大会を毎年開いています。"),
    ("events", 71, "The workshop covers beekeeping on rooftops."),
    ("volunteering", 17, "子供食堂のチラシ配りを手伝ってください。ジャガイモの皮むきもあります。"),
]
# Judged queries: query → the injected item (by INJECTED index) that must be in the top 5.
JUDGED_INJECTED = [
    ("新幹線", [0, 2]),
    ("ガベージコレクション", [1]),
    ("東北新幹線", [2]),
    ("コンピュータ", [3]),               # written コンピューター
    ("ゆにばーさるでざいん", [4]),        # hiragana for a katakana word
    ("クラウドファンディング", [5]),
    ("ｒａｓｐｂｅｒｒｙ ｐｉ", [6]),      # full-width Latin
    ("五目並べ", [7]),
    ("beekeeping", [8]),
    ("じゃがいも", [9]),
]
FILLER_QUERIES = ["ボランティア", "防災訓練", "子ども", "講座", "volunteer", "赤羽", "NPO 会計", "高齢者 見守り"]


def run(command, **kw):
    return subprocess.run(command, check=True, **kw)


def measure(command, env=None):
    """Wall seconds, peak RSS (MB) and the output of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    output = proc.stdout.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, command))} failed:\n{output[-3000:]}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024.0, output


def body_files(content, folder):
    return sorted(p for p in (content / folder).glob("*.md") if not p.name.endswith(".en.md"))


def inject(content):
    """Appends the judged sentences to item bodies; returns each injected item's URL path."""
    paths = []
    for folder, n, sentence in INJECTED:
        path = body_files(content, folder)[n]
        text = path.read_text(encoding="utf-8")
        if sentence not in text:
            path.write_text(text.rstrip("\n") + "\n\n" + sentence + "\n", encoding="utf-8")
        paths.append(f"/{folder}/{path.stem}/")
    return paths


def title_queries(content, count=6):
    """Names of groups that no other item shares: a resident types the name."""
    names = {}
    for path in sorted((content / "groups").glob("*.md"))[::97]:
        if path.name.endswith(".en.md"):
            continue
        m = re.search(r"^name:\n  ja: (.+)$|^name: (.+)$", path.read_text(encoding="utf-8"), re.M)
        if m:
            names[(m.group(1) or m.group(2)).strip().strip('"')] = f"/groups/{path.stem}/"
    return list(names.items())[:count]


def tree_size(folder):
    files = size = 0
    for dirpath, _, names in os.walk(folder):
        for n in names:
            files += 1
            size += os.path.getsize(os.path.join(dirpath, n))
    return files, size


# --- serving and counting ----------------------------------------------------------------------

TEXT = (".html", ".js", ".css", ".json", ".txt")


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.log = []
        self.gz = {}

    def add(self, path, size):
        with self.lock:
            self.log.append((path, size))

    def mark(self):
        with self.lock:
            return len(self.log)

    def since(self, mark, prefixes):
        with self.lock:
            rows = [r for r in self.log[mark:] if r[0].startswith(prefixes)]
        return sum(s for _, s in rows), len(rows)


def handler(site, counter):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(site), **kw)

        def log_message(self, *a):
            pass

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def do_GET(self):
            path = unquote(urlparse(self.path).path)
            file = site / path.lstrip("/")
            if file.is_dir():
                file = file / "index.html"
            if file.is_file():
                if file.suffix in TEXT:
                    if file not in counter.gz:
                        counter.gz[file] = len(gzip.compress(file.read_bytes(), 6))
                    counter.add(path, counter.gz[file])
                else:
                    counter.add(path, file.stat().st_size)
            super().do_GET()
    return Handler


PAGEFIND_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>pagefind bench</title></head>
<body><script type="module">window.pagefind = await import("/pagefind/pagefind.js"); window.pagefindReady = true;</script></body></html>
"""

PAGEFIND_QUERY = """
const [q, done] = arguments;
const t0 = performance.now();
pagefind.search(q).then(s => Promise.all(s.results.slice(0, 10).map(r => r.data())).then(data =>
  done({ms: performance.now() - t0, urls: data.map(d => new URL(d.url, location.href).pathname)})))
  .catch(e => done({error: String(e)}));
"""

HIROBA_QUERY = """
const [q, done] = arguments;
const form = document.getElementById('search-form'), input = document.getElementById('search-q');
const status = document.getElementById('search-status'), list = document.getElementById('search-results');
const loading = status.getAttribute('data-loading');
let t0 = 0;
const obs = new MutationObserver(() => {
  const text = status.textContent;
  if (t0 && text && text !== loading) {
    obs.disconnect();
    done({ms: performance.now() - t0, urls: Array.from(list.querySelectorAll('a')).map(a => a.pathname)});
  }
});
obs.observe(status, {childList: true, characterData: true, subtree: true});
input.value = q;
t0 = performance.now();
form.requestSubmit();
"""


def browse(site_url, counter, engine, queries, lang="ja"):
    """Runs the queries in one fresh browser; returns per-query (bytes, requests, ms, urls)."""
    sys.path.insert(0, str(ROOT / "tests" / "site"))
    from conftest import new_chromium
    driver = new_chromium()
    try:
        if engine == "hiroba":
            driver.get(site_url + ("en/" if lang == "en" else "") + "search/")
            prefixes = ("/assets/search.", f"/search/{lang}/")
            script = HIROBA_QUERY
        else:
            driver.get(site_url + f"pf-bench-{lang}.html")
            for _ in range(100):
                if driver.execute_script("return window.pagefindReady === true"):
                    break
                time.sleep(0.05)
            prefixes = ("/pagefind/",)
            script = PAGEFIND_QUERY
        mark = 0  # the script (Hiroba's, loaded with the page; Pagefind's, imported) counts
        rows = []
        for q in queries:
            result = driver.execute_async_script(script, q)
            if "error" in result:
                sys.exit(f"{engine}: {q}: {result['error']}")
            time.sleep(0.05)
            size, requests = counter.since(mark, prefixes)
            mark = counter.mark()
            rows.append((size, requests, result["ms"], result["urls"]))
        return rows
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10000)
    parser.add_argument("--work", default=str(ROOT / "benchmarks" / "work" / "search"))
    parser.add_argument("--reuse", action="store_true",
                        help="keep the site and both indexes of an earlier run; only measure in the browser")
    args = parser.parse_args()
    venv_python = ROOT / ".venv" / "bin" / "python"
    if not venv_python.exists():
        run(["bash", str(ROOT / "scripts" / "test-tools.sh")])
    try:
        import selenium  # noqa: F401  (from scripts/test-tools.sh's .venv)
    except ImportError:
        os.execv(venv_python, [str(venv_python), __file__, *sys.argv[1:]])
    work = Path(args.work).resolve()
    content, site = work / "content", work / "site"

    if not (content / "site.yaml").exists():
        run([sys.executable, str(ROOT / "scripts" / "generate-corpus.py"), "--items", str(args.items),
             "--out", str(content), "--seed", "1"], stdout=subprocess.DEVNULL)
    injected = inject(content)
    venv = ROOT / "benchmarks" / "work" / "pagefind-venv"
    if not (venv / "bin" / "python").exists():
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(venv / "bin" / "pip"), "install", "-q", PAGEFIND])
    run(["swift", "build", "-c", "release", "--product", "hiroba"], cwd=ROOT, stdout=subprocess.DEVNULL)
    hiroba = ROOT / ".build" / "release" / "hiroba"

    timings = work / "build-timings.json"
    if not (args.reuse and timings.exists()):
        # Hiroba: the whole build, and the stage that plans the files and builds the index.
        shutil.rmtree(site, ignore_errors=True)
        env = dict(os.environ, HIROBA_TIMINGS="1")
        wall, rss, output = measure([hiroba, "build", "--content", content, "--output", site, "--now", NOW], env=env)
        stage = re.search(r"\[timing\] plan \d+ files \(with the search index\): (\d+) ms", output)
        index_ms = int(stage.group(1)) if stage else float("nan")
        # Pagefind on the same HTML.
        pf_wall, pf_rss, _ = measure([venv / "bin" / "python", "-m", "pagefind", "--site", site])
        timings.write_text(json.dumps([wall, rss, index_ms, pf_wall, pf_rss]))
    wall, rss, index_ms, pf_wall, pf_rss = json.loads(timings.read_text())
    for lang in ("ja", "en"):
        (site / f"pf-bench-{lang}.html").write_text(PAGEFIND_PAGE.format(lang=lang), encoding="utf-8")

    hiroba_files = [tree_size(site / "search" / lang) for lang in ("ja", "en")]
    h_files = sum(f for f, _ in hiroba_files)
    h_bytes = sum(b for _, b in hiroba_files) + sum(p.stat().st_size for p in (site / "assets").glob("search.*.js"))
    p_files, p_bytes = tree_size(site / "pagefind")

    judged = [(q, [injected[i] for i in idx]) for q, idx in JUDGED_INJECTED] + title_queries(content)
    judged = [(q, want if isinstance(want, list) else [want]) for q, want in judged]
    queries = [q for q, _ in judged] + FILLER_QUERIES
    queries = queries[:20]

    counter = Counter()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler(site, counter))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site_url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        results = {engine: browse(site_url, counter, engine, queries) for engine in ("hiroba", "pagefind")}
    finally:
        server.shutdown()

    def hits(rows):
        found, missed = 0, []
        for (q, want), row in zip(judged, rows):
            if all(w in row[3][:5] for w in want):
                found += 1
            else:
                missed.append(q)
        return found, missed

    print(f"\nSearch benchmark: {args.items} items, bilingual site, --now {NOW} ({os.cpu_count()} cores)")
    print(f"{'':44}{'Hiroba':>14}{'Pagefind':>14}{'ratio':>9}")

    def line(label, h, p, fmt="{:,.0f}"):
        ratio = (h / p) if p else float("nan")
        print(f"{label:44}{fmt.format(h):>14}{fmt.format(p):>14}{ratio:>9.2f}")

    line("index bytes on disk (both languages)", h_bytes, p_bytes)
    line("index files", h_files, p_files)
    line("index build, ms per item", index_ms / args.items, pf_wall * 1000 / args.items, "{:.3f}")
    line("whole-step peak memory, MB (Hiroba: full build)", rss, pf_rss)
    print(f"{'  (Hiroba full build incl. all pages: s)':44}{wall:>14.1f}{pf_wall:>14.1f}")
    h, p = results["hiroba"], results["pagefind"]
    line("first query: bytes, script included", h[0][0], p[0][0])
    line("first query: requests", h[0][1], p[0][1])
    line("first query: ms", h[0][2], p[0][2], "{:.0f}")
    line(f"{len(queries)} queries: bytes", sum(r[0] for r in h), sum(r[0] for r in p))
    line(f"{len(queries)} queries: requests", sum(r[1] for r in h), sum(r[1] for r in p))
    later_h, later_p = [r[2] for r in h[1:]], [r[2] for r in p[1:]]
    line("later queries: median ms", statistics.median(later_h), statistics.median(later_p), "{:.1f}")
    line("later queries: worst ms", max(later_h), max(later_p), "{:.1f}")
    line("later queries: median bytes", statistics.median(r[0] for r in h[1:]), statistics.median(r[0] for r in p[1:]))
    line("later queries: worst bytes", max(r[0] for r in h[1:]), max(r[0] for r in p[1:]))
    hh, hm = hits(h)
    ph, pm = hits(p)
    line(f"judged hits (of {len(judged)}, top 5)", hh, ph)
    print(f"  Hiroba missed: {hm or 'none'}")
    print(f"  Pagefind missed: {pm or 'none'}")
    print("\nPer query (bytes / requests / ms):")
    for q, a, b in zip(queries, h, p):
        print(f"  {q:28} Hiroba {a[0]:>8,} B {a[1]:>3} req {a[2]:>7.1f} ms   Pagefind {b[0]:>8,} B {b[1]:>3} req {b[2]:>7.1f} ms")


if __name__ == "__main__":
    main()
