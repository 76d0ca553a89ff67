"""Script injection: tests/site/fixtures/injection puts injection strings into every text,
URL and Markdown field of every content type (site.yaml, taxonomies, one item of each
type, English bodies). It passes `hiroba check`; its built site runs no script of the
content on any page in headless Chromium; JSON-LD, feeds, open data and calendars stay
well-formed and hold the strings as text; an override (RLO) left open in a text stops at
its end. The same URL fields with `javascript:`/`data:` URLs are refused one by one.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import pytest

import sitetools
from test_csp import PAGE_STATE, instrumented, policy_of

FIXTURE = sitetools.REPO_ROOT / "tests/site/fixtures/injection"
#: The text every plain text field of the fixture holds (its YAML has it double-quoted).
TEXT = ("<script>alert(1)</script> \"><img src=x onerror=alert(1)> '><svg onload=alert(1)> "
        "</script><script>alert(1)</script> <!-- {{layout.title}} {{{t}}} }} {{/x}} zero\u200bwidth \u202eevil")
#: What every URL field holds: valid http(s), with markup after the path.
URL = "https://example.jp/\"><script>alert(1)</script><img/src=x/onerror=alert(1)>{{x}}\u202eevil"
URL_YAML = r'"https://example.jp/\"><script>alert(1)</script><img/src=x/onerror=alert(1)>{{x}}\u202Eevil"'  # as written
OPENERS, CLOSERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068", "\u202c\u2069"

#: Everything a page holds that could run script: handler attributes, elements the
#: content tried to add, script URLs, scripts other than the theme's file and JSON-LD.
INJECTED_ELEMENTS = """
return {
  injected: Array.from(document.querySelectorAll('img[src="x"], svg[onload], iframe, object, embed, base, meta[http-equiv="refresh"]'))
    .map(e => e.outerHTML.slice(0, 80)),
  scripts: Array.from(document.querySelectorAll("script"))
    .filter(s => !(s.type === "application/ld+json" && !s.src) && !/\\/assets\\/[a-z]+\\.[0-9a-f]+\\.js$/.test(s.src))
    .map(s => s.outerHTML.slice(0, 80)),
};
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(sitetools.hiroba_binary()), *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd, env={"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def injection_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("injection") / "site"
    result = run("build", "--content", str(FIXTURE), "--output", str(output), "--now", sitetools.BUILD_NOW)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def test_the_fixture_is_valid_content_with_the_strings_in_every_field() -> None:
    result = run("check", "--content", str(FIXTURE), "--now", sitetools.BUILD_NOW, "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["diagnostics"] == []
    files = sorted(p for p in FIXTURE.rglob("*") if p.suffix in (".md", ".yaml"))
    assert len(files) == 13
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert "<script>alert(1)</script>" in text, path


def test_no_injected_script_runs_on_any_page(injection_site: Path, browser) -> None:
    pages = sitetools.html_files(injection_site)
    assert len(pages) > 40
    # The strings reached the pages, escaped, so the check is not vacuous.
    group = (injection_site / "groups/hostile-group/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in group and "{{layout.title}}" in group
    server, base = sitetools.serve_folder(injection_site)
    remove = instrumented(browser)
    problems = []
    try:
        for rel in pages:
            if policy_of((injection_site / rel).read_text(encoding="utf-8")).get("script-src") != "'self'":
                problems.append(f"{rel}: no policy with script-src 'self'")
            browser.get_log("browser")  # entries of earlier pages
            browser.get(base + sitetools.url_path(rel))
            state = browser.execute_script(PAGE_STATE)
            state.update(browser.execute_script(INJECTED_ELEMENTS))
            for key in ("alerts", "violations", "handlers", "scriptURLs", "inlineScripts", "injected", "scripts"):
                if state[key]:
                    problems.append(f"{rel}: {key} {state[key][:3]}")
            for block in state["jsonLD"]:
                try:
                    json.loads(block)
                except ValueError as error:
                    problems.append(f"{rel}: JSON-LD does not parse ({error})")
            errors = [e["message"] for e in browser.get_log("browser")
                      if e["level"] == "SEVERE" and "/favicon.ico " not in e["message"]]  # the browser's own request
            problems += [f"{rel}: console error: {m}" for m in errors]
    finally:
        remove()
        server.shutdown()
    assert not problems, "\n".join(problems[:30])


def test_json_ld_holds_the_strings_as_text(injection_site: Path) -> None:
    page = (injection_site / "groups/hostile-group/index.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert blocks
    data = [json.loads(block) for block in blocks]
    found = json.dumps(data, ensure_ascii=False)
    assert json.dumps(TEXT, ensure_ascii=False) in found
    assert json.dumps(URL, ensure_ascii=False) in found


def test_feeds_stay_well_formed_and_hold_the_strings_as_text(injection_site: Path) -> None:
    xml_feeds = sorted([*injection_site.rglob("*.atom"), *injection_site.rglob("*.rss")])
    json_feeds = sorted(p for p in injection_site.rglob("feeds/*.json"))
    assert len(xml_feeds) >= 10 and len(json_feeds) >= 5
    titles = []
    for path in xml_feeds:
        root = ET.parse(path).getroot()  # raises on malformed XML
        titles += [e.text or "" for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "title"]
    for path in json_feeds:
        feed = json.loads(path.read_text(encoding="utf-8"))
        assert feed["version"].startswith("https://jsonfeed.org/version/"), path
        titles += [item.get("title", "") for item in feed["items"]]
    assert sum(TEXT in title for title in titles) >= 10, titles[:5]
    for path in sorted(injection_site.rglob("api/v1/*.json")):
        json.loads(path.read_text(encoding="utf-8"))


def test_calendars_stay_well_formed_and_hold_the_strings_as_text(injection_site: Path) -> None:
    files = sorted(injection_site.rglob("*.ics"))
    assert files
    summaries = []
    for path in files:
        raw = path.read_bytes()
        assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), path
        calendar = icalendar.Calendar.from_ical(raw)
        for component in calendar.walk():
            assert not component.errors, (path, component.errors)
        summaries += [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert summaries and all(summary == TEXT for summary in summaries), summaries


class TextNodes(HTMLParser):
    """The text of each <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.titles: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
            self.titles.append("")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.titles[-1] += data


def open_controls(text: str) -> int:
    depth = 0
    for c in text:
        if c in OPENERS:
            depth += 1
        elif c in CLOSERS and depth:
            depth -= 1
    return depth


def test_an_open_override_stops_at_the_end_of_its_text(injection_site: Path) -> None:
    """The fixture's texts end in an unclosed RLO; in every page title the site name after
    the item's name must not fall under it (see docs/security.md)."""
    checked = 0
    for rel in sitetools.html_files(injection_site):
        parser = TextNodes()
        parser.feed((injection_site / rel).read_text(encoding="utf-8"))
        for title in parser.titles:
            if "\u202e" in title:
                checked += 1
                name_end = title.rindex("\u202e")
                assert open_controls(title[:name_end + 1]) == 1
                rest = title[name_end:]
                assert "\u202c" in rest and open_controls(title) == 0, f"{rel}: {title!r}"
    assert checked > 20


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                                 "JavaScript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd",
                                 "//example.jp/x", "https://example.jp/a b"])
def test_every_url_field_refuses_a_script_url(tmp_path: Path, bad: str) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    expected = set()
    for path in sorted(content.rglob("*")):
        if path.suffix not in (".md", ".yaml"):
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines, start=1):
            if URL_YAML in line:
                lines[number - 1] = line.replace(URL_YAML, json.dumps(bad, ensure_ascii=False))
                expected.add((path.relative_to(content).as_posix(), number))
        path.write_text("\n".join(lines), encoding="utf-8")
    assert len(expected) == 14  # every URL field of site.yaml and the six item types
    result = run("check", "--content", "content", "--now", sitetools.BUILD_NOW, "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    reported = {(d["file"].removeprefix("content/"), d["line"])
                for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "E0310"}
    assert reported == expected
