"""Open data of the built site:

- the CSV sets イベント一覧 and 公共施設一覧 are UTF-8 with a BOM and CRLF line ends,
  named after the municipality code of site.yaml, with exactly the columns of the
  recommended data sets, one row per item, values equal to the content;
- every api/v1/<type>.json validates against docs/api/v1.schema.json and holds one item
  per content file of its type (and the schema does reject a wrong document)."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

import opendata
import sitetools

EVENT_COLUMNS = (
    "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,イベント名_英語,開始日,"
    "終了日,開始時間,終了時間,開始日時特記事項,説明,料金(基本),料金(詳細),連絡先名称,連絡先電話番号,連絡先内線番号,"
    "主催者,場所名称,住所,方書,緯度,経度,アクセス方法,駐車場情報,定員,参加申込終了日,参加申込終了時間,参加申込方法,URL,備考"
).split(",")
FACILITY_COLUMNS = (
    "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,POIコード,住所,方書,緯度,経度,"
    "電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考"
).split(",")
API_SCHEMA = sitetools.REPO_ROOT / "docs" / "api" / "v1.schema.json"


@pytest.fixture(scope="module")
def municipality_code() -> str:
    site = yaml.safe_load((sitetools.content_dir() / "site.yaml").read_text(encoding="utf-8"))
    return str(site["municipality_code"])


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()), f"{path.name}: no byte-order mark"
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), f"{path.name}: not CRLF"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]] if rows else []


def header(path: Path) -> list[str]:
    return next(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_event_dataset(site_dir: Path, municipality_code: str) -> None:
    path = site_dir / "opendata" / f"{municipality_code}_event.csv"
    assert header(path) == EVENT_COLUMNS
    rows = read_csv(path)
    events = {e["url"]["ja"]: e for e in opendata.api(site_dir, "events")}
    assert len(rows) == len(events)
    assert [row["NO"] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]
    for row in rows:
        event = events[row["URL"]]
        assert row["都道府県コード又は市区町村コード"] == municipality_code
        assert (row["都道府県名"], row["市区町村名"]) == ("東京都", "北区")
        assert row["イベント名"] == event["title"]["ja"]
        assert row["イベント名_英語"] == event["title"].get("en", "")
        assert row["開始日"] == event["start"][:10] and row["終了日"] == event["end"][:10]
        assert row["開始時間"] == ("" if event["all_day"] else event["start"][11:16])
        assert row["説明"] == event["summary"]["ja"]
        assert row["定員"] == str(event.get("capacity", ""))
        deadline = event.get("registration", {}).get("deadline", "")
        assert row["参加申込終了日"] == deadline[:10]
    starts = [(row["開始日"], row["開始時間"]) for row in rows]
    assert starts == sorted(starts), "events are not in date order"


def test_facility_dataset(site_dir: Path, municipality_code: str) -> None:
    path = site_dir / "opendata" / f"{municipality_code}_public_facility.csv"
    assert header(path) == FACILITY_COLUMNS
    rows = read_csv(path)
    facilities = {f["url"]["ja"]: f for f in opendata.api(site_dir, "facilities")}
    assert len(rows) == len(facilities)
    for row in rows:
        facility = facilities[row["URL"]]
        assert row["名称"] == facility["name"]["ja"]
        assert row["住所"] == facility["address"]["ja"]
        if "geo" in facility:
            assert (float(row["緯度"]), float(row["経度"])) == (facility["geo"]["lat"], facility["geo"]["lon"])
        if facility["hours"]:
            assert row["開始時間"] == min(h["open"] for h in facility["hours"])
            assert row["終了時間"] == max(h["close"] for h in facility["hours"])
            assert row["利用可能曜日"] and set(row["利用可能曜日"]) <= set("月火水木金土日祝")
        assert row["電話番号"] == facility.get("tel", "")


@pytest.fixture(scope="module")
def api_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(API_SCHEMA.read_text(encoding="utf-8")))


@pytest.mark.parametrize("kind", opendata.TYPES)
def test_api_files_follow_the_schema(site_dir: Path, api_validator, kind: str) -> None:
    document = json.loads((site_dir / "api" / "v1" / f"{kind}.json").read_text(encoding="utf-8"))
    api_validator.validate(document)
    assert document["version"] == 1 and document["type"] == kind
    folder = sitetools.content_dir() / kind
    slugs = {p.name.split(".")[0] for p in folder.iterdir() if not p.name.startswith("_") and ".en." not in p.name}
    assert {item["slug"] for item in document["items"]} == slugs


def test_the_api_schema_rejects_a_wrong_document(site_dir: Path, api_validator) -> None:
    document = json.loads((site_dir / "api" / "v1" / "events.json").read_text(encoding="utf-8"))
    wrong = copy.deepcopy(document)
    wrong["items"][0]["start"] = "5 December"
    assert not api_validator.is_valid(wrong)
    wrong = copy.deepcopy(document)
    wrong["items"][0]["surprise"] = True
    assert not api_validator.is_valid(wrong)
