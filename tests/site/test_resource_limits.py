"""Hostile content costs bounded time and memory: `hiroba check` and `hiroba build` run
as subprocesses on a small site with one hostile file each; wall time and peak resident
memory of that process (from wait4) must stay under LIMIT_SECONDS and LIMIT_MB. Refused
files must be refused with their code (exit 1); the others must build (exit 0).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

import sitetools

LIMIT_SECONDS = 10
LIMIT_MB = 300
#: The file size limit of Hiroba (SourceText.maximumByteCount): 1 MiB.
FILE_LIMIT = 1_048_576
MINIMAL_SITE = sitetools.REPO_ROOT / "Tests/HirobaTests/Fixtures/sites/valid-minimal"
FRONT_MATTER = "---\ntitle: 攻撃的な本文 / hostile body\n---\n"
PADDING = "北区の地域活動についての説明文です。" * 10 + "\n\n"


def just_under_the_limit(body: str) -> str:
    """FRONT_MATTER + body, padded with ordinary paragraphs to just under 1 MiB."""
    text = FRONT_MATTER + body
    while len((text + PADDING).encode()) < FILE_LIMIT:
        text += PADDING
    assert FILE_LIMIT - 1000 < len(text.encode()) <= FILE_LIMIT
    return text


def alias_bomb() -> str:
    """The "billion laughs": ten levels of ten aliases each to the level below."""
    lines = ["---", "title: x", 'lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        below = ", ".join([f"*lol{level - 1}"] * 10)
        lines.append(f"lol{level}: &lol{level} [{below}]")
    return "\n".join(lines) + "\n---\n本文\n"


#: name → (file text, the code it must be refused with, or None when it must build)
CASES: dict[str, tuple[str, str | None]] = {
    "nested-lists": (just_under_the_limit("- " * 100_000 + "x\n\n"), None),
    "nested-quotes": (just_under_the_limit("> " * 100_000 + "x\n\n"), None),
    "indented-lists": (just_under_the_limit("".join("  " * i + "- x\n" for i in range(1000)) + "\n"), None),
    "emphasis": (just_under_the_limit("*a" * 100_000 + "\n\n"), None),
    "links-and-brackets": (just_under_the_limit("[" * 50_000 + "](" * 50_000 + "\n\n"), None),
    "alias-bomb": (alias_bomb(), "E0204"),
    "over-the-limit": (just_under_the_limit("大きな本文\n\n") + "x" * 1000, "E0102"),
}


def run_measured(command: list[str]) -> tuple[int, float, float, str]:
    """Runs `command`; returns exit status, wall seconds, peak RSS in MB (of that child
    alone, from wait4) and standard output. A run past twice the time limit is killed."""
    started = time.monotonic()
    out_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"hiroba-limits-{os.getpid()}-{threading.get_ident()}.out"
    with open(out_path, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   env={**os.environ, "LANG": "C.UTF-8"})
        timer = threading.Timer(2 * LIMIT_SECONDS, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - started
    output = out_path.read_text(encoding="utf-8", errors="replace")
    out_path.unlink()
    return process.returncode, elapsed, usage.ru_maxrss / 1024, output  # ru_maxrss is in KiB on Linux


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_costs_bounded_time_and_memory(name: str, tmp_path: Path) -> None:
    text, refused_with = CASES[name]
    content = tmp_path / "content"
    shutil.copytree(MINIMAL_SITE, content)
    (content / "pages" / f"{name}.md").write_text(text, encoding="utf-8")
    binary = str(sitetools.hiroba_binary())

    status, seconds, megabytes, output = run_measured(
        [binary, "check", "--content", str(content), "--now", sitetools.BUILD_NOW, "--format", "json"])
    assert seconds < LIMIT_SECONDS and megabytes < LIMIT_MB, f"check: {seconds:.1f} s, {megabytes:.0f} MB"
    report = json.loads(output)
    codes = sorted({d["code"] for d in report["diagnostics"]})
    if refused_with:
        assert status == 1, output[:2000]
        assert refused_with in codes, codes
        return
    assert status == 0, output[:2000]

    status, seconds, megabytes, output = run_measured(
        [binary, "build", "--content", str(content), "--output", str(tmp_path / "site"),
         "--now", sitetools.BUILD_NOW, "--lang", "en"])
    assert status == 0, output[:2000]
    assert seconds < LIMIT_SECONDS and megabytes < LIMIT_MB, f"build: {seconds:.1f} s, {megabytes:.0f} MB"
    assert (tmp_path / "site" / "pages" / name / "index.html").is_file()
