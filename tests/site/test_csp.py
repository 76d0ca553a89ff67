"""Content-Security-Policy: every page carries the theme's policy, which forbids inline
script; content full of injection attempts builds into pages on which no script of the
content runs, in headless Chromium; and the theme's own resources (style sheet, finder
script, JSON-LD) cause no policy violation.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

import sitetools

MINIMAL_SITE = sitetools.REPO_ROOT / "Tests/HirobaTests/Fixtures/sites/valid-minimal"
POLICY_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
REQUIRED_DIRECTIVES = {
    "script-src": "'self'", "object-src": "'none'", "base-uri": "'self'", "style-src": "'self'",
}

#: Strings that would run script, break out of an attribute or a JSON-LD block, or be
#: taken for template syntax, if anything along the way did not escape them.
INJECTIONS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</script><script>alert(1)</script>",
    "{{layout.title}}{{{t}}}",
    "\u202eevil\u202c",
]
INJECTED = " ".join(INJECTIONS)
YAML_INJECTED = json.dumps(INJECTED, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
#: For a group's summary, which may have 120 characters at most.
YAML_SHORT = json.dumps('"><img src=x onerror=alert(1)></script><script>alert(1)</script>{{x}}\u202e', ensure_ascii=False)
BODY = f"""{INJECTED}

<script>alert(1)</script>

<img src=x onerror=alert(1)>

[javascript link](javascript:alert(1)) [data link](data:text/html,<script>alert(1)</script>)
[spaced](  javascript:alert(1)) [entity](java&#115;cript:alert(1)) [upper](JAVASCRIPT:alert(1))

![image](javascript:alert(1)) <a href="javascript:alert(1)">raw</a>

## </script><script>alert(1)</script>

`<script>alert(1)</script>` and {{{{layout.title}}}}
"""

#: Records what a page tries: alert/confirm/prompt calls and policy violations. Installed
#: before any of the page's own script runs (CDP), and not subject to the page's policy.
INSTRUMENT = """
window.__alerts = [];
window.__violations = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = function (message) { window.__alerts.push(name + ":" + String(message)); };
}
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber);
});
"""

PAGE_STATE = """
const handlers = [];
for (const element of document.querySelectorAll("*")) {
  for (const attribute of element.attributes) {
    if (/^on/i.test(attribute.name)) handlers.push(element.tagName + " " + attribute.name);
  }
}
const scriptURLs = Array.from(document.querySelectorAll("[href], [src], [action], [formaction]"))
  .map(e => e.getAttribute("href") || e.getAttribute("src") || e.getAttribute("action") || e.getAttribute("formaction"))
  .filter(u => /^\\s*(javascript|data|vbscript):/i.test(u));
const inlineScripts = Array.from(document.querySelectorAll("script"))
  .filter(s => !s.src && s.type !== "application/ld+json").map(s => s.outerHTML.slice(0, 100));
return {
  alerts: window.__alerts || ["instrument missing"],
  violations: window.__violations || ["instrument missing"],
  handlers: handlers,
  scriptURLs: scriptURLs,
  inlineScripts: inlineScripts,
  jsonLD: Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map(s => s.textContent),
};
"""


def policy_of(html: str) -> dict[str, str]:
    match = POLICY_META.search(html)
    assert match, "no Content-Security-Policy meta"
    return {part.split()[0]: " ".join(part.split()[1:]) for part in match.group(1).split(";") if part.strip()}


def test_every_page_has_the_policy_before_any_script_or_style(site_dir: Path) -> None:
    problems = []
    pages = sitetools.html_files(site_dir)
    assert len(pages) > 50
    for rel in pages:
        html = (site_dir / rel).read_text(encoding="utf-8")
        match = POLICY_META.search(html)
        if not match:
            problems.append(f"{rel}: no policy")
            continue
        policy = policy_of(html)
        for directive, value in REQUIRED_DIRECTIVES.items():
            if policy.get(directive) != value:
                problems.append(f"{rel}: {directive} is {policy.get(directive)!r}, expected {value!r}")
        if "'unsafe-inline'" in match.group(1) or "'unsafe-eval'" in match.group(1):
            problems.append(f"{rel}: the policy allows inline script or eval")
        first_resource = min((i for i in (html.find("<script"), html.find("<link rel=\"stylesheet\""), html.find("<style")) if i >= 0),
                             default=len(html))
        if match.start() > first_resource:
            problems.append(f"{rel}: the policy comes after a script or style sheet")
        if re.search(r"<[a-z][^>]*\sstyle=", html) or "<style" in html:
            problems.append(f"{rel}: inline style, which style-src 'self' blocks")
    assert not problems, "\n".join(problems[:30])


# --- in the browser --------------------------------------------------------------------------

def serve(folder: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def instrumented(browser):
    """Adds INSTRUMENT to every document loaded from now on; returns a remover."""
    identifier = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": INSTRUMENT})["identifier"]
    return lambda: browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": identifier})


def load(browser, url: str) -> dict:
    browser.get(url)
    browser.get_log("browser")  # earlier entries belong to earlier pages
    return browser.execute_script(PAGE_STATE)


def console_policy_errors(browser) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if "Content Security Policy" in e["message"]]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """valid-minimal with INJECTIONS in names, titles, summaries and bodies, built."""
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    shutil.copytree(MINIMAL_SITE, content)

    def inject(rel: str, replacements: dict[str, str], body: str = BODY) -> None:
        path = content / rel
        text = path.read_text(encoding="utf-8")
        for old, new in replacements.items():
            assert old in text, (rel, old)
            text = text.replace(old, new)
        path.write_text(text.rstrip("\n") + "\n" + body, encoding="utf-8")

    inject("groups/minimal-group.md", {"name: 最小の会": f"name: {YAML_INJECTED}",
                                       "summary: 必須項目だけの団体です。": f"summary: {YAML_SHORT}"})
    inject("events/minimal-event.md", {"title: 最小のイベント": f"title: {YAML_INJECTED}",
                                       "summary: 必須項目だけのイベントです。": f"summary: {YAML_INJECTED}",
                                       "name: 王子駅前": f"name: {YAML_INJECTED}"})
    inject("pages/minimal-page.md", {"title: 最小のページ": f"title: {{ja: {YAML_INJECTED}, en: {YAML_INJECTED}}}"})
    output = root / "site"
    result = subprocess.run(
        [str(sitetools.hiroba_binary()), "build", "--content", str(content), "--output", str(output),
         "--now", sitetools.BUILD_NOW, "--lang", "en"],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def test_injected_content_runs_no_script_in_chromium(hostile_site: Path, browser) -> None:
    pages = sitetools.html_files(hostile_site)
    # The injected strings reached the pages (escaped), so the check below is not vacuous.
    group = (hostile_site / "groups/minimal-group/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in group
    assert "{{layout.title}}" in group  # content is never parsed as a template
    server, base = serve(hostile_site)
    remove = instrumented(browser)
    problems = []
    try:
        for rel in pages:
            state = load(browser, base + sitetools.url_path(rel))
            for key in ("alerts", "violations", "handlers", "scriptURLs", "inlineScripts"):
                if state[key]:
                    problems.append(f"{rel}: {key} {state[key][:3]}")
            for block in state["jsonLD"]:
                try:
                    json.loads(block)
                except ValueError as error:
                    problems.append(f"{rel}: JSON-LD does not parse ({error})")
            problems += [f"{rel}: console: {m}" for m in console_policy_errors(browser)]
    finally:
        remove()
        server.shutdown()
    assert not problems, "\n".join(problems[:30])


def test_the_policy_blocks_an_inline_script_that_got_through(site_dir: Path, browser, tmp_path: Path) -> None:
    """If an escaping bug ever let a script into a page, the policy would still stop it:
    a copy of a built page with an inline script and an onerror handler inserted."""
    page = (site_dir / "index.html").read_text(encoding="utf-8")
    injected = page.replace("<main id=\"main\" tabindex=\"-1\">",
                            "<main id=\"main\" tabindex=\"-1\"><script>alert('inline')</script>"
                            "<img src=\"data:,x\" onerror=\"alert('handler')\">", 1)
    assert injected != page
    shutil.copytree(site_dir / "assets", tmp_path / "assets")
    (tmp_path / "index.html").write_text(injected, encoding="utf-8")
    server, base = serve(tmp_path)
    remove = instrumented(browser)
    try:
        state = load(browser, base)
    finally:
        remove()
        server.shutdown()
    assert state["alerts"] == []
    directives = " ".join(state["violations"])
    assert "script-src" in directives, state["violations"]


def test_the_themes_own_resources_cause_no_violation(site_dir: Path, site_url: str, browser) -> None:
    """The home page, a list, an item page with JSON-LD and the room finder (script) in
    both languages: nothing the theme itself uses is blocked, and the finder still runs."""
    rooms = [rel for rel in sitetools.html_files(site_dir) if rel.endswith("rooms/index.html")]
    items = [rel for rel in sitetools.html_files(site_dir) if re.fullmatch(r"(en/)?groups/[^/]+/index\.html", rel)][:2]
    pages = ["index.html", "en/index.html", "events/index.html", *items, *rooms]
    assert rooms and items
    remove = instrumented(browser)
    problems = []
    try:
        for rel in pages:
            state = load(browser, site_url + sitetools.url_path(rel))
            if state["violations"] or state["alerts"]:
                problems.append(f"{rel}: {state['violations']} {state['alerts']}")
            problems += [f"{rel}: console: {m}" for m in console_policy_errors(browser)]
            if rel in rooms:
                shown = browser.execute_script("return !document.getElementById('room-filters').hidden")
                if not shown:
                    problems.append(f"{rel}: the finder script did not run (its form is still hidden)")
    finally:
        remove()
    assert not problems, "\n".join(problems)
