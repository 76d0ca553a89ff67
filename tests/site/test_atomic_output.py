"""`hiroba build` killed with SIGKILL at random moments never leaves a half-written site.

A generated site of 2,000 items is built once; then builds into the same output folder
are killed after seeded random delays spread over a build's duration. After each kill
the output folder must still be the first build, byte for byte; a final normal build
must succeed and leave no `.NAME.hiroba-tmp-*` staging folder beside the output.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sitetools

ITEMS = 2000
SEED = 1
#: Seeds the kill delays, so a failure can be replayed.
KILL_SEED = 20261128
#: The whole test should take about a minute at most: two full builds, and the killed
#: ones, which last half a build on average.
BUDGET_SECONDS = 50


def tree_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file, by path relative to `folder`."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir() if p.name.startswith(f".{output.name}.hiroba-tmp-"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid content folder of ITEMS generated items."""
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [sys.executable, str(sitetools.REPO_ROOT / "scripts/generate-corpus.py"),
         "--items", str(ITEMS), "--out", str(out), "--seed", str(SEED)],
        check=True, capture_output=True, timeout=120,
    )
    content = out / "content" if (out / "content" / "site.yaml").is_file() else out
    assert (content / "site.yaml").is_file(), f"no site.yaml in {out}"
    return content


def build_command(content: Path, output: Path) -> list[str]:
    return [str(sitetools.hiroba_binary()), "build", "--content", str(content),
            "--output", str(output), "--now", sitetools.BUILD_NOW, "--lang", "en"]


def test_a_killed_build_never_leaves_a_half_written_site(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "site"
    command = build_command(corpus, output)
    env = {**os.environ, "LANG": "C.UTF-8"}

    started = time.monotonic()
    first = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    duration = time.monotonic() - started
    assert first.returncode == 0, first.stdout + first.stderr
    reference = tree_hashes(output)
    assert len(reference) > ITEMS, f"only {len(reference)} files for {ITEMS} items"
    assert "index.html" in reference and "en/index.html" in reference

    # As many kills as fit in the budget, 3 to 10, each at a random moment of its own
    # slice of the build, so that loading, rendering, writing the staging folder and the
    # swap are all hit.
    kills = max(3, min(10, int(2 * (BUDGET_SECONDS / max(duration, 0.1) - 2))))
    rng = random.Random(KILL_SEED)
    killed_while_running = 0
    for i in range(kills):
        delay = duration * (i + rng.random()) / kills
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed_while_running += 1
        status = process.wait(timeout=300)
        assert status in (0, -signal.SIGKILL), f"kill {i} after {delay:.2f} s: exit status {status}"
        after = tree_hashes(output)
        missing = sorted(set(reference) - set(after))
        extra = sorted(set(after) - set(reference))
        changed = sorted(p for p in set(reference) & set(after) if reference[p] != after[p])
        assert not (missing or extra or changed), (
            f"kill {i} after {delay:.2f} s of a {duration:.2f} s build: output differs from the first build "
            f"(missing {missing[:5]}, extra {extra[:5]}, changed {changed[:5]})")
    print(f"build {duration:.1f} s, {kills} kills, {killed_while_running} while running")
    assert killed_while_running >= kills // 2, f"only {killed_while_running} of {kills} builds were still running when killed"

    final = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert final.returncode == 0, final.stdout + final.stderr
    assert tree_hashes(output) == reference
    assert leftovers(output) == []
