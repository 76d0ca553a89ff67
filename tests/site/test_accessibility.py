"""axe-core (from the axe.min.js that a PyPI package ships) finds no accessibility
violations in headless Chromium on a sample of pages of each kind, in both languages:
the home page, every list page, one item page per kind, the room finder, a taxonomy
term page of each taxonomy, and the 404 page.

axe runs with its default rule set (WCAG 2.0-2.2 A/AA and best practices, colour
contrast included); "incomplete" results (needing a person's review) do not fail. A
canary page with known faults must be reported, so that a broken axe set-up fails too."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

import sitetools

# (name, how to find the page in one language tree, required?)
#   a path: that file; "item:SECTION": one item of that section; "term:TAXONOMY": one term.
PAGES: list[tuple[str, str, bool]] = [
    ("home", "index.html", True),
    *[(f"{s}-list", f"{s}/index.html", True) for s in sitetools.SECTIONS],
    *[(f"{s}-item", f"item:{s}", True) for s in sitetools.SECTIONS],
    ("rooms-finder", "rooms/index.html", True),
    ("search", "search/index.html", True),
    *[(f"{t}-term", f"term:{t}", True) for t in sitetools.TAXONOMIES],
    ("404", "404.html", True),
    # Further pages, checked when the site has them.
    *[(f"{t}-index", f"{t}/index.html", False) for t in sitetools.TAXONOMIES],
    ("events-past", "events/past/index.html", False),
    ("rooms-by-capacity", "rooms/by-capacity/index.html", False),
    ("rooms-by-fee", "rooms/by-fee/index.html", False),
]


def resolve(site: Path, lang: str, spec: str) -> str | None:
    prefix = sitetools.LANGUAGE_PREFIX[lang]
    if spec.startswith(("item:", "term:")):
        return sitetools.first_item(site, prefix, spec.split(":", 1)[1])
    rel = prefix + spec
    return rel if (site / rel).is_file() else None


@pytest.fixture(scope="session")
def axe_source() -> str:
    return sitetools.axe_path().read_text(encoding="utf-8")


RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ["violations"]}).then(
  (results) => done({violations: results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({target: n.target, html: n.html, summary: n.failureSummary})),
  }))}),
  (error) => done({error: String(error && error.stack || error)}),
);
"""


def axe_violations(browser, url: str, axe_source: str) -> list[dict]:
    browser.get(url)
    browser.execute_script(axe_source)
    result = browser.execute_async_script(RUN_AXE)
    assert "error" not in result, f"axe.run failed on {url}: {result['error']}"
    return result["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} <{v['helpUrl']}>")
        for node in v["nodes"][:10]:
            target = " ".join(str(t) for t in node["target"])
            lines.append(f"    at {target}: {node['html'][:160]}")
            summary = (node.get("summary") or "").replace("\n", " / ")
            if summary:
                lines.append(f"      {summary[:300]}")
        if len(v["nodes"]) > 10:
            lines.append(f"    … and {len(v['nodes']) - 10} more")
    return "\n".join(lines)


@pytest.mark.parametrize("lang", sitetools.LANGUAGES)
@pytest.mark.parametrize(("name", "spec", "required"), PAGES, ids=[p[0] for p in PAGES])
def test_no_axe_violations(browser, site_dir, site_url, axe_source, lang, name, spec, required):
    rel = resolve(site_dir, lang, spec)
    if rel is None:
        where = f"{sitetools.LANGUAGE_PREFIX[lang]}{spec}"
        if required:
            pytest.fail(f"no {name} page in the {lang} tree ({where})", pytrace=False)
        pytest.skip(f"the site has no {where}")
    url = site_url + sitetools.url_path(rel)
    violations = axe_violations(browser, url, axe_source)
    if violations:
        pytest.fail(
            f"axe {sitetools.axe_version()}: {len(violations)} violation(s) on /{sitetools.url_path(rel)}"
            f" ({rel}):\n{format_violations(violations)}",
            pytrace=False,
        )


CANARY = "<!DOCTYPE html><html><head><title>canary</title></head><body><img src=x.png></body></html>"


def test_axe_reports_a_broken_page(browser, axe_source):
    violations = axe_violations(browser, "data:text/html;charset=utf-8," + quote(CANARY), axe_source)
    found = {v["id"] for v in violations}
    assert {"html-has-lang", "image-alt"} <= found, f"axe missed known faults, found only {found}"
