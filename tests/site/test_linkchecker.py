"""LinkChecker (PyPI `LinkChecker`, an independent crawler) over the built site, served on
localhost: every internal link and #anchor reached from the home page resolves. External
URLs are only syntax-checked, never fetched (checkextern=0); mailto: and tel: are left to
test_pages.py, which syntax-checks them (LinkChecker would look up mail servers).

A second test runs the same check on a two-page site with a broken link and a broken
anchor, so a LinkChecker that checks nothing cannot pass.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

import sitetools

CONFIG = """
[checking]
threads=4
timeout=20
# Our own server sends the LinkChecker header, which lifts the limit of 10 requests a second.
maxrequestspersecond=1000
[filtering]
checkextern=0
ignore=
  ^mailto:
  ^tel:
[AnchorCheck]
[output]
status=0
"""


def linkcheck(folder: Path, work: Path) -> list[dict[str, str]]:
    """Every URL LinkChecker checked from folder's index.html, as CSV rows."""
    config = work / "linkcheckerrc"
    config.write_text(CONFIG, encoding="utf-8")
    server, base = sitetools.serve_folder(folder, {"LinkChecker": "allowed"})
    try:
        result = subprocess.run(
            [str(Path(sys.executable).parent / "linkchecker"), "--config", str(config), "--verbose",
             "--output", "csv", "--no-status", base],
            capture_output=True, text=True, timeout=600, cwd=work)
    finally:
        server.shutdown()
    lines = [line for line in result.stdout.splitlines(keepends=True) if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter=";"))
    assert rows, f"LinkChecker reported nothing (exit {result.returncode}):\n{result.stderr[-2000:]}"
    return rows


def problems_of(rows: list[dict[str, str]]) -> list[str]:
    return [f"{row['url']} (on {row['parentname']}): {row['result']} {row['warningstring']}".strip()
            for row in rows if row["valid"] != "True" or row["warningstring"]]


def test_every_internal_link_and_anchor_resolves(site_dir: Path, tmp_path: Path) -> None:
    rows = linkcheck(site_dir, tmp_path)
    internal = [row for row in rows if row["url"].startswith("http://127.0.0.1:")]
    # It crawled the site, not only the home page.
    pages = sum(1 for rel in site_dir.rglob("*.html"))
    assert len(internal) >= pages * 0.9, (len(internal), pages)
    assert not problems_of(rows), "\n".join(problems_of(rows)[:30])


def test_a_broken_link_and_a_broken_anchor_are_found(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><title>t</title><h1 id="top">t</h1>'
        '<a href="other.html#there">ok</a> <a href="other.html#nowhere">anchor</a> <a href="missing.html">gone</a>'
        '<a href="https://external.invalid/">external, not fetched</a>', encoding="utf-8")
    (site / "other.html").write_text(
        '<!DOCTYPE html><html lang="en"><title>o</title><p id="there">o</p>', encoding="utf-8")
    problems = problems_of(linkcheck(site, tmp_path))
    assert len(problems) == 2, problems
    assert any("missing.html" in p and "404" in p for p in problems), problems
    assert any("nowhere" in p for p in problems), problems


