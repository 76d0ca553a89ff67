"""Site search (search/index.html, en/search/index.html and search.js) in headless
Chromium on the sample site built with --now 2026-11-28.

The contract between the page, its script and these tests:
  * <form id="search-form" data-index="…/manifest.json"> with <input id="search-q" name="q">
    and <select name="type|field|district|status"> filters; results as you type.
  * <ol id="search-results">: one <li> per result with one <a href> (type in
    .search-type, title in .search-title) and a .search-snippet with <mark>s.
  * <… id="search-status" aria-live="polite"> says how many were found, or that none was.
  * The query and filters are kept in the URL (?q=…), with history entries on submit.
  * Every page has a header form (role=search) that GETs the search page with q.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import sitetools
from test_accessibility import RUN_AXE, format_violations

WAIT = 10


def page_url(site_url: str, lang: str, query: str = "", **filters: str) -> str:
    params = "&".join(f"{k}={quote(v)}" for k, v in (("q", query), *filters.items()) if v)
    return site_url + sitetools.LANGUAGE_PREFIX[lang] + "search/" + (f"?{params}" if params else "")


def settled(browser) -> bool:
    status = browser.find_element(By.ID, "search-status")
    text = status.get_attribute("textContent")
    return bool(text) and text != status.get_attribute("data-loading")


RESULTS = """
return Array.from(document.querySelectorAll('#search-results > li')).map(li => {
  const a = li.querySelector('a'), u = new URL(a.href);
  return {path: u.pathname + (u.hash ? '#' : ''), type: li.querySelector('.search-type').textContent,
          title: li.querySelector('.search-title').textContent,
          snippet: li.querySelector('.search-snippet').innerHTML};
});
"""


def results(browser) -> list[dict[str, str]]:
    """The results shown, read in one script call (the list may be replaced meanwhile)."""
    return browser.execute_script(RESULTS)


def search(browser, site_url: str, lang: str, query: str, **filters: str) -> list[dict[str, str]]:
    browser.get(page_url(site_url, lang, query, **filters))
    WebDriverWait(browser, WAIT).until(settled)
    return results(browser)


def paths(rows) -> list[str]:
    return [r["path"] for r in rows]


# --- queries ---------------------------------------------------------------------------------

def test_japanese_query_finds_the_childrens_cafeterias(browser, site_url):
    rows = search(browser, site_url, "ja", "子ども食堂")
    top = paths(rows)[:3]
    assert set(top) == {"/volunteering/kodomo-shokudo-staff/", "/groups/oji-kodomo-shokudo/",
                        "/events/kodomo-shokudo-ryori-kyoshitsu/"}, top
    assert "<mark>" in rows[0]["snippet"] or "<mark>" in "".join(r["snippet"] for r in rows)


def test_notation_variants_meet(browser, site_url):
    expected = paths(search(browser, site_url, "ja", "子ども食堂"))
    assert expected
    for variant in ("子供食堂", "こども食堂", "コドモ食堂", "ｺﾄﾞﾓ食堂"):
        assert paths(search(browser, site_url, "ja", variant)) == expected, variant


def test_exact_title_comes_first(browser, site_url):
    rows = search(browser, site_url, "ja", "赤羽みどりの会")
    assert rows[0]["path"] == "/groups/akabane-midori-club/"
    assert rows[0]["type"] == "団体"


def test_english_query(browser, site_url):
    rows = search(browser, site_url, "en", "children's cafeterias")
    assert "/en/groups/oji-kodomo-shokudo/" in paths(rows)[:3]
    assert all(r["path"].startswith("/en/") for r in rows)


def test_mixed_scripts(browser, site_url):
    assert paths(search(browser, site_url, "ja", "NPO 子ども食堂"))[0] == "/groups/oji-kodomo-shokudo/"
    rows = search(browser, site_url, "en", "赤羽 room")
    assert rows[0]["path"] == "/en/facilities/akabane-fureai-kan/#"
    assert rows[0]["type"] == "Room"


def test_kana_only_and_katakana_meet_hiragana(browser, site_url):
    hiragana = paths(search(browser, site_url, "ja", "あかばね"))
    assert hiragana[:2] == ["/facilities/akabane-fureai-kan/", "/facilities/akabanedai-keyaki-hall/"]
    assert "/groups/akabane-midori-club/" in hiragana
    assert paths(search(browser, site_url, "ja", "アカバネ")) == hiragana
    assert paths(search(browser, site_url, "ja", "しゅわ")) == ["/groups/kita-shuwa-tenohira/"]


def test_full_width_latin(browser, site_url):
    half = paths(search(browser, site_url, "ja", "NPO"))
    assert half[0] == "/groups/kita-npo-network/"
    assert paths(search(browser, site_url, "ja", "ＮＰＯ")) == half


def test_one_character(browser, site_url):
    rows = search(browser, site_url, "ja", "館")
    assert rows[0]["path"] == "/facilities/akabane-fureai-kan/"
    assert {r["type"] for r in rows[:5]} <= {"施設", "集会室"}


def test_no_result(browser, site_url):
    assert search(browser, site_url, "ja", "xyzzyq") == []
    status = browser.find_element(By.ID, "search-status")
    assert status.get_attribute("textContent") == status.get_attribute("data-none")
    assert status.get_attribute("aria-live") == "polite"


def test_status_counts_results(browser, site_url):
    rows = search(browser, site_url, "en", "volunteer")
    text = browser.find_element(By.ID, "search-status").get_attribute("textContent")
    assert re.fullmatch(r"\d+ found", text), text
    assert int(text.split()[0]) >= len(rows) > 0


# --- filters ---------------------------------------------------------------------------------

def test_type_filter(browser, site_url):
    rows = search(browser, site_url, "ja", "子ども食堂", type="event")
    assert rows and all(r["path"].startswith("/events/") for r in rows)
    assert "/events/kodomo-shokudo-ryori-kyoshitsu/" in paths(rows)


def test_district_and_field_filters(browser, site_url):
    everything = paths(search(browser, site_url, "ja", "防災"))
    ukima = paths(search(browser, site_url, "ja", "防災", district="ukima"))
    assert ukima and set(ukima) < set(everything)
    assert "/groups/ukima-bosai-net/" in ukima
    children = paths(search(browser, site_url, "ja", "食堂", field="children"))
    assert children and "/groups/oji-kodomo-shokudo/" in children


def test_status_filter(browser, site_url):
    upcoming = paths(search(browser, site_url, "ja", "イベント 北区", status="upcoming"))
    assert all(p.startswith("/events/") for p in upcoming)
    open_calls = paths(search(browser, site_url, "ja", "子ども", status="open"))
    assert open_calls and all(p.startswith(("/subsidies/", "/volunteering/")) for p in open_calls)


def test_filters_change_results_and_url(browser, site_url):
    search(browser, site_url, "ja", "子ども食堂")
    browser.find_element(By.CSS_SELECTOR, "select[name=type] option[value=group]").click()
    WebDriverWait(browser, WAIT).until(lambda b: all(p.startswith("/groups/") for p in paths(results(b))))
    assert parse_qs(urlparse(browser.current_url).query)["type"] == ["group"]


# --- typing, keyboard, URL -----------------------------------------------------------------

def test_results_as_you_type_and_keyboard(browser, site_url):
    browser.get(page_url(site_url, "ja"))
    box = browser.find_element(By.ID, "search-q")
    box.send_keys("手話")
    WebDriverWait(browser, WAIT).until(lambda b: settled(b) and results(b))
    assert parse_qs(urlparse(browser.current_url).query)["q"] == ["手話"]
    links = browser.find_elements(By.CSS_SELECTOR, "#search-results a")
    assert len(links) >= 2
    box.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element == links[0]
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element == links[1]
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert browser.switch_to.active_element == links[0]
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert browser.switch_to.active_element == box
    box.send_keys(Keys.ARROW_DOWN)
    target = links[0].get_attribute("href")
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(browser, WAIT).until(lambda b: b.current_url == target)


def test_query_in_url_and_back_button(browser, site_url):
    browser.get(page_url(site_url, "ja", "手話"))
    WebDriverWait(browser, WAIT).until(settled)
    first = paths(results(browser))
    box = browser.find_element(By.ID, "search-q")
    assert box.get_attribute("value") == "手話"
    box.clear()
    box.send_keys("あかばね", Keys.ENTER)
    WebDriverWait(browser, WAIT).until(lambda b: "/facilities/akabane-fureai-kan/" in paths(results(b)))
    assert parse_qs(urlparse(browser.current_url).query)["q"] == ["あかばね"]
    browser.back()
    WebDriverWait(browser, WAIT).until(lambda b: paths(results(b)) == first)
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == "手話"


def test_results_are_text_never_markup(browser, site_url):
    rows = search(browser, site_url, "en", "<img src=x onerror=alert(1)> volunteer")
    assert "<img" not in "".join(r["title"] + r["snippet"] for r in rows)


# --- what the browser fetches ----------------------------------------------------------------

def test_only_the_query_shards_are_fetched(browser, site_url, site_dir):
    search(browser, site_url, "ja", "子ども食堂")
    fetched = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)")
    shards = [p for p in fetched if p.startswith("/search/ja/t/")]
    total = len(list((site_dir / "search/ja/t").iterdir()))
    assert 1 <= len(shards) <= 4 < total, (shards, total)
    assert not any(p.startswith("/search/en/") for p in fetched)


def test_script_is_small(site_dir):
    scripts = list((site_dir / "assets").glob("search.*.js"))
    assert len(scripts) == 1
    assert len(gzip.compress(scripts[0].read_bytes(), 9)) <= 10 * 1024


# --- without JavaScript, the header form, accessibility --------------------------------------

def test_without_javascript_the_page_says_so_and_offers_browsing(browser_without_js, site_url):
    browser_without_js.get(page_url(site_url, "ja", "手話"))
    main = browser_without_js.find_element(By.ID, "main").text
    assert "JavaScript" in main
    hrefs = [a.get_attribute("href") for a in browser_without_js.find_elements(By.CSS_SELECTOR, ".search-browse a")]
    assert any("/fields/" in h for h in hrefs) and any("/districts/" in h for h in hrefs)
    browser_without_js.get(page_url(site_url, "en"))
    assert "JavaScript" in browser_without_js.find_element(By.ID, "main").text


@pytest.mark.parametrize("lang", sitetools.LANGUAGES)
def test_header_search_form_on_every_page(browser, site_url, site_dir, lang):
    prefix = sitetools.LANGUAGE_PREFIX[lang]
    for rel in (prefix + "index.html", sitetools.first_item(site_dir, prefix, "events")):
        html = (site_dir / rel).read_text(encoding="utf-8")
        assert re.search(rf'<form class="site-search" role="search" aria-label="[^"]+" action="/{prefix}search/" method="get">', html), rel
    browser.get(site_url + prefix)
    box = browser.find_element(By.CSS_SELECTOR, "header form[role=search] input[name=q]")
    label = browser.find_element(By.CSS_SELECTOR, f"label[for={box.get_attribute('id')}]")
    assert label.get_attribute("textContent").strip()
    box.send_keys("手話", Keys.ENTER)
    WebDriverWait(browser, WAIT).until(lambda b: urlparse(b.current_url).path == f"/{prefix}search/")
    WebDriverWait(browser, WAIT).until(lambda b: settled(b) and results(b))
    assert any("shuwa" in p for p in paths(results(browser)))


@pytest.mark.parametrize("lang", sitetools.LANGUAGES)
def test_no_axe_violations_with_results(browser, site_url, axe_source, lang):
    url = page_url(site_url, lang, "子ども食堂")
    browser.get(url)
    WebDriverWait(browser, WAIT).until(lambda b: settled(b) and results(b))
    browser.execute_script(axe_source)
    result = browser.execute_async_script(RUN_AXE)
    assert "error" not in result, result.get("error")
    violations = result["violations"]
    assert not violations, format_violations(violations)


@pytest.fixture(scope="session")
def axe_source() -> str:
    return sitetools.axe_path().read_text(encoding="utf-8")
