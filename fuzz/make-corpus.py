#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/) from the test
fixtures and the sample content. Run it again after the fixtures change; the fuzzer's own
findings are not kept here (scripts/fuzz.sh works on a copy)."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = ROOT / "Tests/HirobaTests/Fixtures/sites/valid-minimal"
CONTENT = ROOT / "content"
OUT = ROOT / "fuzz/corpus"

#: The order of DecodeFuzzer.FileType.allCases: seven item types as .md, facility .yaml,
#: site.yaml, three taxonomies, an English body.
DECODE_TYPES = {
    "group": 0, "event": 1, "subsidy": 2, "facility": 3, "volunteering": 4, "page": 5, "newsletter": 6,
    "facility-yaml": 7, "site": 8, "fields": 9, "districts": 10, "equipment": 11, "translation": 12,
}
#: The order of SiteFuzzer.slots.
SITE_SLOTS = [
    "site.yaml", "taxonomies/fields.yaml", "taxonomies/districts.yaml", "taxonomies/equipment.yaml",
    "groups/minimal-group.md", "groups/minimal-group.en.md", "events/minimal-event.md",
    "facilities/minimal-facility.yaml", "subsidies/minimal-subsidy.md", "volunteering/minimal-call.md",
    "pages/minimal-page.md", "newsletter/2026-11.md", "assets/logo.png",
]
INJECTION = ROOT / "tests/site/fixtures/injection"
#: Where each file of the injection fixture goes among the slots (its slugs renamed).
INJECTION_SLOTS = {
    "site.yaml": "site.yaml", "taxonomies/fields.yaml": "taxonomies/fields.yaml",
    "taxonomies/districts.yaml": "taxonomies/districts.yaml", "taxonomies/equipment.yaml": "taxonomies/equipment.yaml",
    "groups/minimal-group.md": "groups/hostile-group.md", "groups/minimal-group.en.md": "groups/hostile-group.en.md",
    "events/minimal-event.md": "events/hostile-event.md", "facilities/minimal-facility.yaml": "facilities/hostile-facility.md",
    "subsidies/minimal-subsidy.md": "subsidies/hostile-subsidy.md", "volunteering/minimal-call.md": "volunteering/hostile-call.md",
    "pages/minimal-page.md": "pages/hostile-page.md", "newsletter/2026-11.md": "newsletter/2026-11.md",
    "assets/logo.png": "assets/logo.png",
}


def body(path: Path) -> bytes:
    """The Markdown after the front matter."""
    text = path.read_bytes()
    parts = text.split(b"\n---\n", 1)
    return parts[1] if len(parts) == 2 else text


def write(target: str, name: str, data: bytes) -> None:
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def main() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    samples = {
        "group": CONTENT / "groups/foodbank-kita.md",
        "event": CONTENT / "events/npo-kaikei-kouza.md",
        "subsidy": CONTENT / "subsidies/kita-kyodo-teian-2027.md",
        "facility": CONTENT / "facilities/oji-hiroba-kaikan.md",
        "volunteering": next(iter(sorted((CONTENT / "volunteering").glob("*[!n].md")))),
        "page": next(iter(sorted((CONTENT / "pages").glob("*[!n].md")))),
        "newsletter": next(iter(sorted((CONTENT / "newsletter").glob("*[!n].md")))),
        "facility-yaml": CONTENT / "facilities/kamiya-shukaijo.yaml",
        "site": CONTENT / "site.yaml",
        "fields": CONTENT / "taxonomies/fields.yaml",
        "districts": CONTENT / "taxonomies/districts.yaml",
        "equipment": CONTENT / "taxonomies/equipment.yaml",
        "translation": CONTENT / "facilities/oji-hiroba-kaikan.en.md",
    }
    for name, path in samples.items():
        write("decode", name, bytes([DECODE_TYPES[name]]) + path.read_bytes())
    for name in ("site", "fields", "facility-yaml"):
        write("yaml", name, samples[name].read_bytes())
    write("yaml", "flow", b"a: {ja: x, en: [1, 2, {b: c}]}\nd: |\n  block\n  text\n")
    for name in ("group", "event", "translation"):
        write("frontmatter", name, samples[name].read_bytes())
    write("frontmatter", "crlf", b"---\r\ntitle: x\r\n---\r\nbody\r\n")
    for name in ("group", "event", "subsidy", "translation"):
        write("markdown", name, body(samples[name]))
    write("markdown", "links", b"# H\n\n[a](event:x) [b](group:y) ![i](assets/a.png) <https://x.jp/> www.x.jp\n\n"
                               b"| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n- ~~del~~\n\n> q\n\n```\ncode\n```\n")
    write("site", "valid-minimal", b"\0".join((MINIMAL / slot).read_bytes() if (MINIMAL / slot).exists()
                                              else b"" for slot in SITE_SLOTS))
    write("site", "two-files", b"\0".join((MINIMAL / slot).read_bytes() if slot in ("site.yaml", "groups/minimal-group.md")
                                          else b"" for slot in SITE_SLOTS))

    def injection(slot: str) -> bytes:
        data = (INJECTION / INJECTION_SLOTS[slot]).read_bytes()
        for kind in (b"group", b"event", b"facility"):
            data = data.replace(b"hostile-" + kind, b"minimal-" + kind)
        if slot.endswith(".yaml") and data.startswith(b"---\n"):  # front matter only
            data = data[4:].split(b"\n---\n", 1)[0] + b"\n"
        return data
    write("site", "injection", b"\0".join(injection(slot) for slot in SITE_SLOTS))


if __name__ == "__main__":
    main()
