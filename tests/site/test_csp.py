"""Content-Security-Policy: every page carries the theme's policy, which forbids inline
script; a script that got into a page anyway is blocked, in headless Chromium; and the
theme's own resources (style sheet, finder script, JSON-LD) cause no policy violation.
Content full of injection attempts is test_injection.py's fixture.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import sitetools

POLICY_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
REQUIRED_DIRECTIVES = {
    "script-src": "'self'", "object-src": "'none'", "base-uri": "'self'", "style-src": "'self'",
}

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
    server, base = sitetools.serve_folder(tmp_path)
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
