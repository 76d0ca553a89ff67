"""The feeds of the built site, per language: what's new, events, subsidy calls,
volunteer calls and newsletter issues, each in Atom, RSS 2.0 and JSON Feed 1.1.

- every feed parses with feedparser without `bozo`, in the format it claims;
- every Atom feed validates against RFC 4287's RELAX NG schema (jing);
- every JSON Feed validates against a JSON Schema of JSON Feed 1.1;
- the three formats of a feed list the same entries; every entry links to a page of the
  site in the feed's language whose <h1> is the entry's title; ids are the page URLs;
- entries are newest first; the events feed holds exactly the upcoming events;
- every page names the what's-new feeds in <link rel="alternate">, and the feed files exist."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import jsonschema
import pytest

import opendata
import sitetools

SCHEMAS = Path(__file__).parent / "schemas"
FEEDS = ("whats-new", "events", "subsidies", "volunteering", "newsletter")
CASES = [(language, feed) for language in sitetools.LANGUAGES for feed in FEEDS]


def feed_file(site: Path, language: str, feed: str, extension: str) -> Path:
    return site / sitetools.LANGUAGE_PREFIX[language] / "feeds" / f"{feed}.{extension}"


def page_file(site: Path, base_url: str, url: str) -> Path:
    assert url.startswith(base_url), f"{url} is not on the site ({base_url})"
    rel = url[len(base_url):]
    return site / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)


class _H1(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside, self.text = False, ""

    def handle_starttag(self, tag, attrs):
        self.inside = self.inside or tag == "h1"

    def handle_endtag(self, tag):
        if tag == "h1":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text += data


def h1(path: Path) -> str:
    parser = _H1()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.text.strip()


@pytest.fixture(scope="module")
def base_url(site_dir: Path) -> str:
    for link in sitetools.parse_page(site_dir / "index.html").link("canonical"):
        return link["href"]
    pytest.fail("the home page has no canonical link")


@pytest.mark.parametrize("language,feed", CASES)
def test_formats_parse_and_agree(site_dir: Path, base_url: str, language: str, feed: str) -> None:
    parsed = {}
    for extension, version in (("atom", "atom10"), ("rss", "rss20"), ("json", "json11")):
        path = feed_file(site_dir, language, feed, extension)
        if extension == "json":
            data = json.loads(path.read_text(encoding="utf-8"))
            assert data["language"] == language
            parsed[extension] = [(i["url"], i["title"]) for i in data["items"]]
            continue
        result = feedparser.parse(path.read_bytes())
        assert not result.bozo, f"{path}: {result.get('bozo_exception')}"
        assert result.version == version
        assert result.feed.get("language", language).startswith(language)
        parsed[extension] = [(e.link, e.title) for e in result.entries]
    assert parsed["atom"] == parsed["rss"] == parsed["json"]
    for url, title in parsed["atom"]:
        page = page_file(site_dir, base_url, url)
        assert page.is_file(), f"{feed} ({language}) links to {url}, which the site does not have"
        assert h1(page) == title
        assert sitetools.language_of(page.relative_to(site_dir).as_posix()) == language


@pytest.mark.parametrize("language", sitetools.LANGUAGES)
def test_atom_feeds_validate_against_rfc4287_schema(site_dir: Path, language: str) -> None:
    paths = [str(feed_file(site_dir, language, feed, "atom")) for feed in FEEDS]
    result = subprocess.run(["jing", "-c", str(SCHEMAS / "atom.rnc"), *paths],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_atom_schema_rejects_an_invalid_feed(tmp_path: Path) -> None:
    """The schema check can fail: a feed without id and updated does not pass."""
    bad = tmp_path / "bad.atom"
    bad.write_text('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')
    result = subprocess.run(["jing", "-c", str(SCHEMAS / "atom.rnc"), str(bad)], capture_output=True, text=True)
    assert result.returncode != 0


@pytest.mark.parametrize("language,feed", CASES)
def test_json_feeds_validate(site_dir: Path, language: str, feed: str) -> None:
    schema = json.loads((SCHEMAS / "jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))
    data = json.loads(feed_file(site_dir, language, feed, "json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    modified = [datetime.fromisoformat(item["date_modified"]) for item in data["items"]]
    assert all(m.utcoffset() is not None for m in modified)
    assert modified == sorted(modified, reverse=True), "entries are not newest first"


@pytest.mark.parametrize("language", sitetools.LANGUAGES)
def test_events_feed_holds_the_upcoming_events(site_dir: Path, base_url: str, language: str) -> None:
    events = opendata.upcoming(opendata.api(site_dir, "events"))
    expected = {e["url"][language] for e in events}
    data = json.loads(feed_file(site_dir, language, "events", "json").read_text(encoding="utf-8"))
    assert {item["url"] for item in data["items"]} == expected
    assert expected, "the sample content should have upcoming events"


@pytest.mark.parametrize("language", sitetools.LANGUAGES)
def test_pages_name_the_feeds(site_dir: Path, language: str) -> None:
    prefix = sitetools.LANGUAGE_PREFIX[language]
    for page in (f"{prefix}index.html", f"{prefix}events/index.html", f"{prefix}groups/index.html"):
        links = [link for link in sitetools.parse_page(site_dir / page).link("alternate") if link.get("type")]
        types = {link["type"] for link in links}
        assert types == {"application/atom+xml", "application/rss+xml", "application/feed+json"}, page
        for link in links:
            assert (site_dir / link["href"].lstrip("/")).is_file(), f"{page}: {link['href']}"
    events = sitetools.parse_page(site_dir / f"{prefix}events/index.html").link("alternate")
    assert any(link["href"].endswith("/feeds/events.atom") for link in events)
