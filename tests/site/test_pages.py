"""Whole-site properties of the built site:

- two builds of the same content with the same --now are identical, byte for byte;
- every HTML page says its language (<html lang="ja"> at the root, "en" under en/),
  has one canonical link (its own address) and hreflang alternates for ja and en that
  point at itself and at the same page in the other language, which exists;
- sitemap.xml parses and lists every index.html page of both trees, each with
  xhtml:link alternates for ja and en (and not the 404 page); robots.txt names it;
- no file contains `javascript:`; every relative or root-relative link and src, and
  every absolute <link> under the base URL (canonical, hreflang, feeds), leads to a file
  of the site, and its #fragment to an element id there; absolute URLs written in the
  content are checked for syntax only (http/https with a valid host name, mailto, tel),
  never fetched;
- with --screenshots DIR: PNGs for people to look at (no assertions).

The site's base URL is the canonical address of the home page (index.html)."""

from __future__ import annotations

import base64
import difflib
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

import sitetools

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
MAX_LISTED = 40


def listing(problems: list[str]) -> str:
    shown = problems[:MAX_LISTED]
    more = len(problems) - len(shown)
    return "\n".join(shown) + (f"\n… and {more} more" if more > 0 else "")


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> str:
    canonical = sitetools.parse_page(site_dir / "index.html").link("canonical")
    assert canonical, "index.html has no <link rel=canonical>: can't tell the site's base URL"
    base = canonical[0].get("href", "")
    assert urlsplit(base).scheme in ("http", "https") and base.endswith("/"), (
        f"index.html: canonical {base!r} should be the site's absolute base URL, ending with /")
    return base


# --- determinism ---------------------------------------------------------------------------

def test_two_builds_are_identical(site_dir: Path, tmp_path: Path) -> None:
    if os.environ.get("HIROBA_SITE_DIR"):
        pytest.skip("HIROBA_SITE_DIR is set: nothing is built")
    try:
        other = sitetools.build_site(tmp_path / "second-build")
    except sitetools.BuildError as error:
        problem = str(error)
    else:
        problem = None
    if problem:
        pytest.fail(f"the second build failed:\n{problem}", pytrace=False)
    first, second = sitetools.all_files(site_dir), sitetools.all_files(other)
    assert first == second, (
        "the two builds have different files:\n"
        f"only in the first: {sorted(set(first) - set(second))}\n"
        f"only in the second: {sorted(set(second) - set(first))}")
    differing = [f for f in first if (site_dir / f).read_bytes() != (other / f).read_bytes()]
    if differing:
        a = (site_dir / differing[0]).read_text(encoding="utf-8", errors="replace").splitlines()
        b = (other / differing[0]).read_text(encoding="utf-8", errors="replace").splitlines()
        diff = "\n".join(list(difflib.unified_diff(a, b, "first", "second", lineterm="", n=1))[:30])
        pytest.fail(f"{len(differing)} file(s) differ between two builds: {differing[:20]}\n"
                    f"first difference, in {differing[0]}:\n{diff}", pytrace=False)


# --- languages, canonical and alternates ---------------------------------------------------

def test_html_lang_matches_the_tree(site_dir: Path) -> None:
    problems = []
    for rel in sitetools.html_files(site_dir):
        page = sitetools.parse_page(site_dir / rel)
        want = sitetools.language_of(rel)
        if page.html_tag_count != 1:
            problems.append(f"{rel}: {page.html_tag_count} <html> tags")
        elif page.html_lang != want:
            problems.append(f"{rel}: <html lang={page.html_lang!r}>, expected {want!r}")
    if problems:
        pytest.fail("pages with the wrong language:\n" + listing(problems), pytrace=False)


def test_canonical_and_hreflang_alternates(site_dir: Path, base_url: str) -> None:
    problems = []
    for rel in sitetools.html_files(site_dir):
        page = sitetools.parse_page(site_dir / rel)
        own = base_url + sitetools.url_path(rel)
        canonical = page.link("canonical")
        if len(canonical) != 1:
            problems.append(f"{rel}: {len(canonical)} <link rel=canonical>, expected 1")
        elif canonical[0].get("href") != own:
            problems.append(f"{rel}: canonical {canonical[0].get('href')!r}, expected {own!r}")
        lang = sitetools.language_of(rel)
        other_lang = "en" if lang == "ja" else "ja"
        other_rel = sitetools.mirror(rel)
        expected = {lang: own, other_lang: base_url + sitetools.url_path(other_rel)}
        for hreflang, href in expected.items():
            links = page.link("alternate", hreflang=hreflang)
            if len(links) != 1:
                problems.append(f"{rel}: {len(links)} <link rel=alternate hreflang={hreflang}>, expected 1")
            elif links[0].get("href") != href:
                problems.append(f"{rel}: hreflang={hreflang} links to {links[0].get('href')!r}, expected {href!r}")
        if not (site_dir / other_rel).is_file():
            problems.append(f"{rel}: the {other_lang} page {other_rel} does not exist")
    if problems:
        pytest.fail("canonical / hreflang problems:\n" + listing(problems), pytrace=False)


# --- sitemap.xml and robots.txt ------------------------------------------------------------

def test_sitemap_lists_every_page_with_alternates(site_dir: Path, base_url: str) -> None:
    path = site_dir / "sitemap.xml"
    assert path.is_file(), "no sitemap.xml"
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        pytest.fail(f"sitemap.xml does not parse: {error}", pytrace=False)
    assert root.tag == f"{{{SITEMAP_NS}}}urlset", f"sitemap.xml: root element {root.tag}, expected urlset"

    pages = [rel for rel in sitetools.html_files(site_dir) if rel.endswith("index.html")]
    expected = {base_url + sitetools.url_path(rel): rel for rel in pages}
    problems, listed = [], []
    for url in root.findall(f"{{{SITEMAP_NS}}}url"):
        loc = (url.findtext(f"{{{SITEMAP_NS}}}loc") or "").strip()
        listed.append(loc)
        rel = expected.get(loc)
        if rel is None:
            problems.append(f"listed but no such index.html page: {loc!r}")
            continue
        alternates = {}
        for link in url.findall(f"{{{XHTML_NS}}}link"):
            if link.get("rel") == "alternate":
                alternates.setdefault(link.get("hreflang"), []).append(link.get("href"))
        ja_rel = rel if sitetools.language_of(rel) == "ja" else sitetools.mirror(rel)
        want = {"ja": base_url + sitetools.url_path(ja_rel),
                "en": base_url + sitetools.url_path(sitetools.mirror(ja_rel))}
        for hreflang, href in want.items():
            if alternates.get(hreflang) != [href]:
                problems.append(f"{loc}: xhtml:link hreflang={hreflang} is {alternates.get(hreflang)}, "
                                f"expected [{href!r}]")
    duplicates = sorted({loc for loc in listed if listed.count(loc) > 1})
    if duplicates:
        problems.append(f"listed more than once: {duplicates}")
    missing = sorted(set(expected) - set(listed))
    if missing:
        problems.append(f"{len(missing)} page(s) not in the sitemap: {missing[:20]}")
    assert not any("404" in loc for loc in listed), "the 404 page is in the sitemap"
    if problems:
        pytest.fail("sitemap.xml:\n" + listing(problems), pytrace=False)


def test_robots_txt_names_the_sitemap(site_dir: Path, base_url: str) -> None:
    path = site_dir / "robots.txt"
    assert path.is_file(), "no robots.txt"
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    sitemaps = [line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("sitemap:")]
    assert base_url + "sitemap.xml" in sitemaps, (
        f"robots.txt should have 'Sitemap: {base_url}sitemap.xml'; it names {sitemaps}")
    assert any(line.lower().startswith("user-agent:") for line in lines), "robots.txt has no User-agent line"


# --- links ---------------------------------------------------------------------------------

def test_no_file_contains_javascript_urls(site_dir: Path) -> None:
    found = [rel for rel in sitetools.all_files(site_dir)
             if b"javascript:" in (site_dir / rel).read_bytes().lower()]
    assert not found, f"files containing 'javascript:': {found}"


#: Schemes an external link may use; anything else is reported.
EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel")
HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
MAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TEL = re.compile(r"^\+?[0-9][0-9-]*$")


def external_link_problem(target: str) -> str | None:
    """What is wrong with an absolute URL's syntax, or None (nothing is fetched)."""
    if re.search(r"[\s\x00-\x1f\x7f]", target):
        return "white space or a control character"
    url = urlsplit(target)
    if url.scheme not in EXTERNAL_SCHEMES:
        return f"scheme {url.scheme!r}"
    if url.scheme == "mailto":
        return None if MAIL.match(unquote(url.path)) else "not an e-mail address"
    if url.scheme == "tel":
        return None if TEL.match(url.path) else "not a phone number"
    try:
        host, _ = url.hostname, url.port  # .port raises on a bad port
    except ValueError as error:
        return str(error)
    if not host or url.username or url.password:
        return "no host, or a user name in it"
    try:
        labels = host.encode("idna").decode("ascii").lower().split(".")
    except UnicodeError:
        return f"host {host!r}"
    if len(labels) < 2 or not all(HOST_LABEL.match(label) for label in labels):
        return f"host {host!r}"
    return None


def test_internal_links_lead_to_files(site_dir: Path, base_url: str) -> None:
    """Every href and src of every page (a, link, script, img …): one of the generator's
    own (relative, root-relative, or an absolute <link> under the base URL: canonical,
    hreflang, feeds) leads to a file, and its #fragment to an element id of that page;
    absolute URLs from the content are checked for syntax only."""
    base = urlsplit(base_url)
    ids: dict[str, set[str]] = {}

    def ids_of(rel: str) -> set[str]:
        if rel not in ids:
            page = sitetools.parse_page(site_dir / rel, keep_elements=True)
            ids[rel] = {attrs["id"] for _, attrs in page.elements if attrs.get("id")} | {
                attrs["name"] for tag, attrs in page.elements if tag == "a" and attrs.get("name")}
        return ids[rel]

    problems = []
    checked_fragments = 0
    for rel in sitetools.html_files(site_dir):
        page = sitetools.parse_page(site_dir / rel)
        here = base_url + sitetools.url_path(rel)
        # Absolute URLs in <a> and src come from the content (a registration page, an
        # organiser's site), even on the site's own host; those in <link> (canonical,
        # hreflang, feeds) are the generator's own and must lead to files of the site.
        targets = [(t, False) for t in page.hrefs + page.srcs] + [(l["href"], True) for l in page.links if l.get("href")]
        for target, own in targets:
            target = target.strip()
            if not target:
                problems.append(f"{rel}: an empty href or src")
                continue
            url = urlsplit(urljoin(here, target))
            absolute = bool(urlsplit(target).scheme) or target.startswith("//")
            if (absolute and not own) or (url.scheme, url.netloc) != (base.scheme, base.netloc) \
                    or not url.path.startswith(base.path):
                problem = external_link_problem(target)
                if problem:
                    problems.append(f"{rel}: external {target!r}: {problem}")
                continue
            path = unquote(url.path.removeprefix(base.path.rstrip("/")).lstrip("/"))
            file = site_dir / path
            if file.is_dir():
                file = file / "index.html"
            if not file.is_file():
                problems.append(f"{rel}: {target} -> /{path} does not exist")
                continue
            if url.fragment:
                checked_fragments += 1
                target_rel = file.relative_to(site_dir).as_posix()
                if not target_rel.endswith(".html") or unquote(url.fragment) not in ids_of(target_rel):
                    problems.append(f"{rel}: {target} -> no id {unquote(url.fragment)!r} in {target_rel}")
    assert checked_fragments > 0, "no #fragment link checked: the skip link (#main) is on every page"
    if problems:
        pytest.fail("broken links:\n" + listing(sorted(set(problems))), pytrace=False)


# --- screenshots, for people ---------------------------------------------------------------

SCREENSHOT_PAGES = (("home", "index.html"), ("groups-list", "groups/index.html"),
                    ("groups-item", "item:groups"), ("rooms-finder", "rooms/index.html"))
SCREENSHOT_SIZES = (("390", 390, 844, "screen"), ("1280", 1280, 900, "screen"),
                    ("print", 794, 1123, "print"))  # print: A4 at 96 dpi


def full_page_png(browser, path: Path) -> None:
    metrics = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    viewport = metrics.get("cssLayoutViewport") or metrics["layoutViewport"]
    width = max(size["width"], viewport["clientWidth"])
    height = min(max(size["height"], viewport["clientHeight"]), 20000)
    shot = browser.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
    })
    path.write_bytes(base64.b64decode(shot["data"]))


def test_screenshots(screenshot_dir, site_dir, site_url, browser) -> None:
    """Saves PNGs (no assertions): run with --screenshots DIR."""
    if screenshot_dir is None:
        pytest.skip("no --screenshots DIR given")
    saved = []
    for lang in sitetools.LANGUAGES:
        prefix = sitetools.LANGUAGE_PREFIX[lang]
        for name, spec in SCREENSHOT_PAGES:
            rel = (sitetools.first_item(site_dir, prefix, spec.split(":", 1)[1])
                   if spec.startswith("item:") else prefix + spec)
            if rel is None or not (site_dir / rel).is_file():
                continue
            for label, width, height, media in SCREENSHOT_SIZES:
                sitetools.set_viewport(browser, width, height)
                sitetools.set_media(browser, media)
                browser.get(site_url + sitetools.url_path(rel))
                out = screenshot_dir / f"{lang}-{name}-{label}.png"
                full_page_png(browser, out)
                saved.append(out.name)
    print(f"\nsaved {len(saved)} screenshots in {screenshot_dir}")
