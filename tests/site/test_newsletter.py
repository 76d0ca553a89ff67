"""The email magazine, as staff would send it: for each issue of the sample content and
each language, `hiroba newsletter … --format eml` is read with Python's `email` package
(policy=email.policy.default), as a mail program would:

- it is multipart/alternative with a text/plain and a text/html part, whose decoded text
  is exactly `--format text` and `--format html` (line ends aside: MIME text travels
  with CRLF);
- Subject decodes to the issue's title, From to the magazine's name and address, Date
  to the issue's date at 10:00 Tokyo time; Message-ID is there; no raw line exceeds 78
  characters;
- every line of the text fits in 2 x newsletter.line_width columns (East Asian wide
  characters count two; in Japanese, ambiguous ones too) unless it is a single URL, and
  follows the Japanese line-breaking rules (no line starts with a closing bracket,
  punctuation, small kana …, none ends with an opening bracket);
- the HTML part passes the Nu Html Checker;
- with --iso-2022-jp-safe every part encodes as ISO-2022-JP;
- the built site holds the same text beside each issue's page (mail.txt).
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import subprocess
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import parseaddr
from pathlib import Path

import pytest
import yaml

import sitetools
from test_html_validity import CANARY, is_error, message_path, run_vnu

TOKYO = timezone(timedelta(hours=9))
#: Characters that may not start a line (the brief's list and their ASCII counterparts).
NO_START = set("、。，．」』）】〕》〉ー・：；？！ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々"
               "’”］｝〙〗〟ゝゞヽヾ゛゜‐゠–〜～,.)]}!?:;")
#: Characters that may not end a line.
NO_END = set("「『（【〔《〈［｛〘〖“‘([{")
URL_LINE = re.compile(r"\S*https?://\S+")


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1])


def localized(value, language: str) -> str:
    """A `text` field: a bare string is Japanese; English falls back to Japanese."""
    if isinstance(value, dict):
        return value.get(language) or value["ja"]
    return value


SITE = yaml.safe_load((sitetools.content_dir() / "site.yaml").read_text(encoding="utf-8"))
NEWSLETTER = SITE.get("newsletter") or {}
COLUMNS = 2 * int(NEWSLETTER.get("line_width", 35))
ISSUES = sorted(p for p in (sitetools.content_dir() / "newsletter").glob("*.md")
                if not p.name.endswith(".en.md") and not p.name.startswith("_"))
CASES = [(p.stem, language) for p in ISSUES for language in sitetools.LANGUAGES]


def hiroba(*arguments: str, binary: bool = False):
    command = [str(sitetools.hiroba_binary()), "newsletter", *arguments,
               "--content", str(sitetools.content_dir()), "--now", sitetools.BUILD_NOW]
    result = subprocess.run(command, cwd=sitetools.REPO_ROOT, capture_output=True, timeout=120,
                            env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    assert result.returncode == 0, (
        f"{' '.join(command)} exited with {result.returncode}\n{result.stderr.decode(errors='replace')}")
    return result.stdout if binary else result.stdout.decode("utf-8")


def columns(line: str, language: str) -> int:
    width = 0
    for c in line:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        east_asian = unicodedata.east_asian_width(c)
        wide = east_asian in ("W", "F") or (language == "ja" and east_asian == "A")
        width += 2 if wide else 1
    return width


def test_there_is_an_issue_to_check() -> None:
    assert CASES, f"no newsletter issues in {sitetools.content_dir() / 'newsletter'}"
    assert sitetools.hiroba_binary().is_file(), f"no hiroba binary at {sitetools.hiroba_binary()}"


@pytest.mark.parametrize(("slug", "language"), CASES)
def test_the_eml_holds_the_text_and_html_versions(slug: str, language: str) -> None:
    raw = hiroba(slug, "--format", "eml", "--lang", language, binary=True)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert not message.defects, message.defects
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" and not p.defects for p in parts)

    text = hiroba(slug, "--format", "text", "--lang", language)
    html = hiroba(slug, "--format", "html", "--lang", language)
    assert parts[0].get_content().replace("\r\n", "\n") == text
    assert parts[1].get_content().replace("\r\n", "\n") == html
    assert message.get_body(("plain",)).get_content().replace("\r\n", "\n") == text

    for line in raw.split(b"\r\n"):
        assert len(line) <= 78, f"raw line over 78 characters: {line[:100]!r}"
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF in the message"


@pytest.mark.parametrize(("slug", "language"), CASES)
def test_headers_decode(slug: str, language: str) -> None:
    issue = front_matter(sitetools.content_dir() / "newsletter" / f"{slug}.md")
    message = email.message_from_bytes(hiroba(slug, "--format", "eml", "--lang", language, binary=True),
                                       policy=email.policy.default)
    assert message["Subject"] == localized(issue["title"], language)
    name, address = parseaddr(str(message["From"]))
    assert address == NEWSLETTER.get("from")
    assert name == localized(NEWSLETTER.get("title") or SITE["title"], language)
    assert message["Date"].datetime == datetime.combine(issue["date"], datetime.min.time(), TOKYO).replace(hour=10)
    message_id = str(message["Message-ID"])
    assert re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", message_id) and slug in message_id, message_id
    assert message["MIME-Version"] == "1.0"
    assert str(message["To"]) == "undisclosed-recipients:;"


@pytest.mark.parametrize(("slug", "language"), CASES)
def test_text_lines_fit_and_follow_the_line_breaking_rules(slug: str, language: str) -> None:
    problems = []
    for safe in ([], ["--iso-2022-jp-safe"]):
        for number, line in enumerate(hiroba(slug, "--lang", language, *safe).split("\n"), start=1):
            body = line.strip()
            if not body:
                continue
            if columns(line, language) > COLUMNS and not URL_LINE.fullmatch(body):
                problems.append(f"{number}: {columns(line, language)} columns: {line}")
            if body[0] in NO_START:
                problems.append(f"{number}: starts with {body[0]!r}: {line}")
            if body[-1] in NO_END:
                problems.append(f"{number}: ends with {body[-1]!r}: {line}")
    assert not problems, f"{slug} ({language}), width {COLUMNS}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("slug", "language"), CASES)
def test_the_iso_2022_jp_safe_option(slug: str, language: str) -> None:
    for form in ("text", "html"):
        hiroba(slug, "--format", form, "--lang", language, "--iso-2022-jp-safe").encode("iso2022_jp")
    message = email.message_from_bytes(
        hiroba(slug, "--format", "eml", "--lang", language, "--iso-2022-jp-safe", binary=True),
        policy=email.policy.default)
    str(message["Subject"]).encode("iso2022_jp")
    for part in message.iter_parts():
        part.get_content().encode("iso2022_jp")


def test_the_html_mail_is_valid_html(tmp_path: Path) -> None:
    files = []
    for slug, language in CASES:
        path = tmp_path / f"{slug}.{language}.html"
        path.write_text(hiroba(slug, "--format", "html", "--lang", language), encoding="utf-8")
        files.append(path)
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    errors = [m for m in run_vnu([*files, canary]) if is_error(m)]
    assert any(message_path(m) == canary.resolve() for m in errors), "vnu.jar found nothing wrong with a broken canary"
    errors = [m for m in errors if message_path(m) != canary.resolve()]
    assert not errors, "\n".join(
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')}" for m in errors)


@pytest.mark.parametrize(("slug", "language"), CASES)
def test_the_site_has_the_text_beside_the_issue_page(site_dir: Path, slug: str, language: str) -> None:
    folder = site_dir / sitetools.LANGUAGE_PREFIX[language] / "newsletter" / slug
    mail = (folder / "mail.txt").read_bytes()
    assert mail.startswith(b"\xef\xbb\xbf"), "mail.txt should start with a UTF-8 byte-order mark"
    assert mail[3:].decode("utf-8") == hiroba(slug, "--lang", language)
    hrefs = sitetools.parse_page(folder / "index.html").hrefs
    assert f"/{sitetools.LANGUAGE_PREFIX[language]}newsletter/{slug}/mail.txt" in hrefs
