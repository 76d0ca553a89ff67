"""Reading what the built site publishes for machines: the API files (the source of truth
the other checks compare feeds, calendars and CSV against) and helpers for dates in Tokyo."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import sitetools

TOKYO = timezone(timedelta(hours=9))
NOW = datetime.fromisoformat(sitetools.BUILD_NOW).replace(tzinfo=TOKYO)
TYPES = ("groups", "events", "subsidies", "facilities", "volunteering", "pages", "newsletter")


def api(site: Path, kind: str) -> list[dict]:
    return json.loads((site / "api" / "v1" / f"{kind}.json").read_text(encoding="utf-8"))["items"]


def text(value: dict | None, language: str) -> str | None:
    """A {ja, en} text in a language, English falling back to Japanese."""
    if value is None:
        return None
    return value.get(language) or value["ja"]


def moment(value: str) -> datetime | date:
    """`2026-12-05` (all day) or `2026-12-05T10:00:00+09:00`."""
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def event_end(event: dict) -> datetime:
    """The last instant an event covers: 23:59 of its last day when it is all-day."""
    end = moment(event["end"])
    if isinstance(end, datetime):
        return end
    return datetime(end.year, end.month, end.day, 23, 59, tzinfo=TOKYO)


def upcoming(events: list[dict]) -> list[dict]:
    return [e for e in events if event_end(e) >= NOW]
