"""The facility (room) finder, rooms/index.html and en/rooms/index.html, in Chromium.

The contract between the page, its script and these tests (data attributes, names, ids):

  * Without JavaScript the page is a complete table of rooms. Each room is one row:
        <tr data-room data-capacity="30" data-fee-min="1200" data-district="oji"
            data-equipment="projector wifi" data-evening="true" data-weekend="true"
            data-wheelchair="true">
    data-capacity: people (integer); data-fee-min: the lowest fee in yen (integer);
    data-district: the district slug; data-equipment: space-separated equipment slugs
    (may be empty); data-evening / data-weekend / data-wheelchair: "true" or "false".
  * The filters are a <form id="room-filters"> (it may be `hidden` in the HTML and shown
    by the script) with
        <input name="capacity">   "capacity at least N": rows with data-capacity < N hide
        <input name="fee">        "fee at most N yen":   rows with data-fee-min > N hide
        <select name="district">  with an empty option ("any") and one option per
                                  district slug: rows whose data-district differs hide
    and a reset control (<button type="reset"> or <input type="reset">) that shows every
    row again. Filters apply as the user types or chooses (input / change events), with
    no submit needed. Filters combine (AND). An empty field does not filter.
  * A row is hidden with the `hidden` attribute or display:none.
  * <… id="room-count" aria-live="polite"> holds the number of rows shown (any text
    around it, e.g. "9室" / "9 rooms"), and is updated by every change.

Missing pages or elements fail (they are not skipped): the finder is a required page.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

import sitetools

FINDER = "rooms/index.html"
ROW_ATTRIBUTES = ("data-capacity", "data-fee-min", "data-district", "data-equipment",
                  "data-evening", "data-weekend", "data-wheelchair")
WAIT = 5  # seconds for the script to update the rows


# --- the static HTML -----------------------------------------------------------------------

class FinderParser(HTMLParser):
    """Rows, the filter form's fields and the count element of the static page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[dict[str, str]] = []
        self.forms: list[dict[str, str]] = []
        self.fields: list[tuple[str, dict[str, str]]] = []  # inside form#room-filters
        self.options: list[str] = []  # option values of select[name=district]
        self.count: list[dict[str, str]] = []
        self.scripts: list[dict[str, str]] = []
        self._in_form = False
        self._in_district = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "tr" and "data-room" in a:
            self.rows.append(a)
        if tag == "form":
            self.forms.append(a)
            self._in_form = a.get("id") == "room-filters"
        if self._in_form and tag in ("input", "select", "button", "textarea"):
            self.fields.append((tag, a))
        if tag == "select":
            self._in_district = self._in_form and a.get("name") == "district"
        if tag == "option" and self._in_district:
            self.options.append(a.get("value", ""))
        if a.get("id") == "room-count":
            self.count.append(a)
        if tag == "script":
            self.scripts.append(a)

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        if tag == "select":
            self._in_district = False


def finder_file(site: Path, lang: str) -> Path:
    path = site / (sitetools.LANGUAGE_PREFIX[lang] + FINDER)
    if not path.is_file():
        pytest.fail(f"the room finder page {path.relative_to(site)} is missing from the built site",
                    pytrace=False)
    return path


def parse_finder(site: Path, lang: str) -> FinderParser:
    parser = FinderParser()
    parser.feed(finder_file(site, lang).read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.mark.parametrize("lang", sitetools.LANGUAGES)
def test_static_html_has_rooms_filters_and_count(site_dir, lang):
    page = parse_finder(site_dir, lang)
    where = sitetools.LANGUAGE_PREFIX[lang] + FINDER
    assert page.rows, f"{where}: no room rows (<tr data-room …>) in the HTML"
    problems = []
    for number, row in enumerate(page.rows, 1):
        missing = [name for name in ROW_ATTRIBUTES if name not in row]
        if missing:
            problems.append(f"row {number}: missing {', '.join(missing)}")
            continue
        for name in ("data-capacity", "data-fee-min"):
            if not re.fullmatch(r"\d+", row[name]):
                problems.append(f"row {number}: {name}={row[name]!r} is not a whole number")
        if not row["data-district"]:
            problems.append(f"row {number}: empty data-district")
        for name in ("data-evening", "data-weekend", "data-wheelchair"):
            if row[name] not in ("true", "false"):
                problems.append(f"row {number}: {name}={row[name]!r} is not true/false")
    assert not problems, f"{where}: rows break the contract:\n" + "\n".join(problems)

    assert any(f.get("id") == "room-filters" for f in page.forms), f"{where}: no <form id=room-filters>"
    names = {a.get("name") for _, a in page.fields}
    for name in ("capacity", "fee", "district"):
        assert name in names, f"{where}: form#room-filters has no field name={name}"
    assert any(a.get("type") == "reset" for _, a in page.fields), (
        f"{where}: form#room-filters has no reset control (button type=reset)")
    districts = {row["data-district"] for row in page.rows}
    assert "" in page.options, f"{where}: select[name=district] has no empty ('any') option"
    assert districts <= set(page.options), (
        f"{where}: districts of rows without an option in select[name=district]: "
        f"{sorted(districts - set(page.options))}")
    assert len(page.count) == 1, f"{where}: expected one element with id=room-count"
    assert page.count[0].get("aria-live") in ("polite", "assertive"), (
        f"{where}: #room-count needs aria-live=polite (or assertive)")
    assert any(s.get("src") for s in page.scripts), f"{where}: no <script src> for the filters"


@pytest.mark.parametrize("lang", sitetools.LANGUAGES)
def test_every_room_is_shown_without_javascript(site_dir, site_url, browser_without_js, lang):
    rows_in_html = len(parse_finder(site_dir, lang).rows)
    browser_without_js.get(site_url + sitetools.url_path(sitetools.LANGUAGE_PREFIX[lang] + FINDER))
    rows = browser_without_js.find_elements(By.CSS_SELECTOR, "tr[data-room]")
    shown = [row for row in rows if row.is_displayed()]
    assert rows_in_html > 0 and len(shown) == rows_in_html, (
        f"without JavaScript {len(shown)} of {rows_in_html} rooms are visible")


# --- with JavaScript -------------------------------------------------------------------------

STATE = """
const rows = Array.from(document.querySelectorAll("tr[data-room]")).map((r) => ({
  capacity: Number(r.dataset.capacity), fee: Number(r.dataset.feeMin),
  district: r.dataset.district,
  visible: !!(r.offsetWidth || r.offsetHeight || r.getClientRects().length),
}));
const count = document.getElementById("room-count");
return {rows: rows, count: count ? count.textContent : null};
"""


class Finder:
    def __init__(self, browser, url: str) -> None:
        self.browser = browser
        self.url = url
        browser.get(url)
        forms = browser.find_elements(By.ID, "room-filters")
        assert forms, f"{url}: no form#room-filters"
        self.form = forms[0]
        if not wait_until(browser, lambda _: self.form.is_displayed()):
            pytest.fail(f"{url}: form#room-filters is not shown with JavaScript on "
                        "(the script should remove `hidden`)", pytrace=False)
        self.rows = self.state()["rows"]
        assert self.rows, f"{url}: no tr[data-room] rows"

    def state(self) -> dict:
        return self.browser.execute_script(STATE)

    def field(self, name: str):
        found = self.form.find_elements(By.NAME, name)
        assert found, f"{self.url}: form#room-filters has no field name={name}"
        assert found[0].is_displayed() and found[0].is_enabled(), f"{self.url}: field {name} is not usable"
        return found[0]

    def type(self, name: str, value: int) -> None:
        field = self.field(name)
        field.clear()
        field.send_keys(str(value))

    def choose_district(self, value: str) -> None:
        Select(self.field("district")).select_by_value(value)

    def reset(self) -> None:
        controls = self.form.find_elements(By.CSS_SELECTOR, "[type=reset]")
        assert controls, f"{self.url}: form#room-filters has no reset control"
        controls[0].click()

    def expect(self, keep, what: str) -> None:
        """Waits until exactly the rows for which keep(row) holds are visible and
        #room-count shows their number."""
        want = [keep(row) for row in self.rows]
        last = {}

        def settled(_) -> bool:
            last.update(self.state())
            return [r["visible"] for r in last["rows"]] == want and shows_number(last["count"], sum(want))

        if not wait_until(self.browser, settled):
            wrong = [
                f"  {'shown' if r['visible'] else 'hidden'} but should be {'shown' if w else 'hidden'}: "
                f"capacity={r['capacity']} fee-min={r['fee']} district={r['district']}"
                for r, w in zip(last.get("rows", []), want) if r["visible"] != w
            ]
            pytest.fail(
                f"{self.url}, {what}: expected {sum(want)} of {len(want)} rows shown; "
                f"#room-count says {last.get('count')!r}\n" + "\n".join(wrong),
                pytrace=False,
            )


def wait_until(browser, condition) -> bool:
    try:
        WebDriverWait(browser, WAIT).until(condition)
    except TimeoutException:
        return False
    return True


def shows_number(text: str | None, number: int) -> bool:
    if text is None:
        return False
    normal = unicodedata.normalize("NFKC", text).replace(",", "")
    return str(number) in re.findall(r"\d+", normal)


@pytest.fixture(params=sitetools.LANGUAGES)
def open_finder(request, site_dir, site_url, browser):
    """Opens the finder page of one language; called at the start of each test so that
    a missing page or form fails the test (rather than erroring in set-up)."""
    def open_page() -> Finder:
        rel = sitetools.LANGUAGE_PREFIX[request.param] + FINDER
        finder_file(site_dir, request.param)
        return Finder(browser, site_url + sitetools.url_path(rel))
    return open_page


def splitting_value(values: list[int], what: str, upper: bool) -> int:
    """A threshold with rows on both sides of it."""
    distinct = sorted(set(values))
    if len(distinct) < 2:
        pytest.fail(f"all rooms have the same {what} ({distinct}): the sample content needs "
                    f"rooms of different {what} to test the filter", pytrace=False)
    return distinct[(len(distinct) - 1) // 2] if upper else distinct[len(distinct) // 2]


def test_controls_and_count(open_finder):
    finder = open_finder()
    for name in ("capacity", "fee", "district"):
        finder.field(name)
    count = finder.browser.find_element(By.ID, "room-count")
    assert count.get_attribute("aria-live") in ("polite", "assertive")
    finder.expect(lambda row: True, "no filter")


def test_capacity_at_least(open_finder):
    finder = open_finder()
    n = splitting_value([r["capacity"] for r in finder.rows], "capacity", upper=False)
    finder.type("capacity", n)
    finder.expect(lambda row: row["capacity"] >= n, f"capacity at least {n}")
    too_many = max(r["capacity"] for r in finder.rows) + 1
    finder.type("capacity", too_many)
    finder.expect(lambda row: False, f"capacity at least {too_many}")


def test_fee_at_most(open_finder):
    finder = open_finder()
    fee = splitting_value([r["fee"] for r in finder.rows], "fee", upper=True)
    finder.type("fee", fee)
    finder.expect(lambda row: row["fee"] <= fee, f"fee at most {fee}")


def test_district(open_finder):
    finder = open_finder()
    districts = sorted({r["district"] for r in finder.rows})
    if len(districts) < 2:
        pytest.fail(f"all rooms are in one district ({districts}): the sample content needs "
                    "rooms in different districts to test the filter", pytrace=False)
    district = max(districts, key=lambda d: sum(r["district"] == d for r in finder.rows))
    finder.choose_district(district)
    finder.expect(lambda row: row["district"] == district, f"district {district}")
    finder.choose_district("")
    finder.expect(lambda row: True, "district back to any")


def test_filters_combine_and_reset_shows_all(open_finder):
    finder = open_finder()
    n = splitting_value([r["capacity"] for r in finder.rows], "capacity", upper=False)
    district = sorted({r["district"] for r in finder.rows})[0]
    finder.type("capacity", n)
    finder.choose_district(district)
    finder.expect(lambda row: row["capacity"] >= n and row["district"] == district,
                  f"capacity at least {n} and district {district}")
    finder.reset()
    finder.expect(lambda row: True, "after reset")
    assert finder.field("capacity").get_attribute("value") == ""
    assert Select(finder.field("district")).first_selected_option.get_attribute("value") == ""
