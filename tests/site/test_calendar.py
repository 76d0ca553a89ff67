"""The iCalendar files (RFC 5545) of the built site:

- every .ics parses with the `icalendar` package, with no errors in any component;
- content lines end in CRLF and are at most 75 octets, folded on UTF-8 boundaries;
- each event's own .ics has one VEVENT whose start, end, time zone, summary, location,
  geo and status equal the content (read from api/v1/events.json);
- the subscribable calendar holds exactly the upcoming events; each group's calendar holds
  its upcoming events; UIDs are the same in both languages."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

import opendata
import sitetools


def ics_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.ics"))


def load(path: Path) -> icalendar.Calendar:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    for component in calendar.walk():
        assert not component.errors, f"{path}: {component.name}: {component.errors}"
    return calendar


def test_every_calendar_parses_and_is_well_formed(site_dir: Path) -> None:
    files = ics_files(site_dir)
    assert files, "the site has no .ics files"
    for path in files:
        raw = path.read_bytes()
        assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), f"{path}: not CRLF"
        for line in raw.split(b"\r\n"):
            assert len(line) <= 75, f"{path}: a line of {len(line)} octets"
            line.decode("utf-8")  # folding never splits a character
        calendar = load(path)
        timezones = [tz["TZID"] for tz in calendar.walk("VTIMEZONE")]
        assert timezones == ["Asia/Tokyo"], path


def location_of(event: dict, facilities: dict[str, dict], language: str) -> str | None:
    if "venue" in event:
        return opendata.text(facilities[event["venue"]]["name"], language)
    if "location" in event:
        return opendata.text(event["location"]["name"], language)
    return event.get("online")


@pytest.mark.parametrize("language", sitetools.LANGUAGES)
def test_each_event_calendar_equals_the_content(site_dir: Path, language: str) -> None:
    facilities = {f["slug"]: f for f in opendata.api(site_dir, "facilities")}
    events = opendata.api(site_dir, "events")
    assert events
    seen_kinds = set()
    for event in events:
        path = site_dir / sitetools.LANGUAGE_PREFIX[language] / "events" / event["slug"] / "event.ics"
        (vevent,) = load(path).walk("VEVENT")
        assert str(vevent["SUMMARY"]) == opendata.text(event["title"], language)
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        expected_start, expected_end = opendata.moment(event["start"]), opendata.moment(event["end"])
        if event["all_day"]:
            seen_kinds.add("all-day")
            assert not isinstance(start, datetime) and start == expected_start
            assert end == expected_end + timedelta(days=1), "DTEND of an all-day event is exclusive"
            assert vevent["DTSTART"].params.get("VALUE") == "DATE"
        else:
            seen_kinds.add("timed")
            assert vevent["DTSTART"].params["TZID"] == "Asia/Tokyo"
            assert start == expected_start and end == expected_end
            assert start.utcoffset() == timedelta(hours=9)
        status = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}[event["status"]]
        assert str(vevent["STATUS"]) == status
        seen_kinds.add(event["status"])
        location = location_of(event, facilities, language)
        if location:
            assert location in str(vevent["LOCATION"])
        venue = facilities.get(event.get("venue", ""))
        if venue and "geo" in venue:
            assert (vevent["GEO"].latitude, vevent["GEO"].longitude) == (venue["geo"]["lat"], venue["geo"]["lon"])
        assert str(vevent["URL"]) == event["url"][language]
        assert str(vevent["UID"]) == f"event-{event['slug']}@{event['url']['ja'].split('/')[2]}"
    assert {"all-day", "timed", "cancelled"} <= seen_kinds


@pytest.mark.parametrize("language", sitetools.LANGUAGES)
def test_subscribable_calendars_hold_the_upcoming_events(site_dir: Path, language: str) -> None:
    prefix = site_dir / sitetools.LANGUAGE_PREFIX[language]
    upcoming = opendata.upcoming(opendata.api(site_dir, "events"))
    uids = {str(v["UID"]) for v in load(prefix / "events" / "calendar.ics").walk("VEVENT")}
    assert uids == {f"event-{e['slug']}@{e['url']['ja'].split('/')[2]}" for e in upcoming}
    by_group: dict[str, set[str]] = {}
    for event in upcoming:
        for organizer in event["organizers"]:
            if "group" in organizer:
                by_group.setdefault(organizer["group"], set()).add(event["slug"])
    assert by_group
    for group, slugs in by_group.items():
        calendar = load(prefix / "groups" / group / "events.ics")
        assert {str(v["UID"]).split("@")[0].removeprefix("event-") for v in calendar.walk("VEVENT")} == slugs
