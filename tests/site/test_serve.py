"""`hiroba serve` end to end: a real server on a copy of the sample content, a real
headless Chromium. A page reloads by itself after its file is edited; a broken file puts
an overlay with the error over the page, and fixing it takes the overlay away. The server
is always stopped (SIGTERM) at the end, and must exit cleanly.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import sitetools

EVENT = "events/chiiki-panel-ten.md"
WAIT = 20  # seconds: a debug build rebuilds the sample site in about a second


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(content: Path, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [str(sitetools.hiroba_binary()), "serve", "--content", str(content), "--now", sitetools.BUILD_NOW,
         "--port", str(port), "--lang", "both"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


@pytest.fixture
def served(tmp_path: Path):
    """`hiroba serve` on a copy of the content: (base URL, content folder, process)."""
    content = tmp_path / "content"
    shutil.copytree(sitetools.content_dir(), content)
    port = free_port()
    process = start_serve(content, port)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "__hiroba/status", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("hiroba serve did not start:\n" + process.stdout.read().decode(errors="replace"))
            time.sleep(0.1)
        yield url, content, process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                pytest.fail("hiroba serve did not stop on SIGTERM within 15 s")


def test_page_reloads_on_edit_and_shows_errors_until_fixed(browser, served):
    url, content, process = served
    browser.get(url + "events/chiiki-panel-ten/")
    assert "地域活動パネル展" in browser.title
    scripts = [s.get_attribute("src") for s in browser.find_elements(By.CSS_SELECTOR, "script[src]")]
    assert any("/__hiroba/reload.js" in s for s in scripts), scripts
    browser.execute_script("window.__notReloaded = true;")

    path = content / EVENT
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace("title: 地域活動パネル展 in 神谷", "title: 地域活動パネル展 in 神谷 E2E"),
                    encoding="utf-8")
    WebDriverWait(browser, WAIT).until(lambda d: "E2E" in d.title)
    assert browser.execute_script("return window.__notReloaded === undefined;"), "the page was reloaded"

    path.write_text("---\ntitle: [broken <b>bold</b>\n---\n", encoding="utf-8")
    overlay = WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.ID, "hiroba-overlay"))[0]
    text = overlay.text
    assert "chiiki-panel-ten.md:2:8" in text, text
    assert "エラー" in text and "error" in text, text
    # Styled from the served style sheet (the page's CSP allows only the site's own files).
    assert overlay.value_of_css_property("position") == "fixed"
    # The last good page is still served, and new pages show the overlay too.
    browser.get(url + "events/")
    WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.ID, "hiroba-overlay"))
    browser.get(url + "events/chiiki-panel-ten/")
    assert "E2E" in browser.title
    WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.ID, "hiroba-overlay"))

    path.write_text(original, encoding="utf-8")
    WebDriverWait(browser, WAIT).until(lambda d: "E2E" not in d.title and not d.find_elements(By.ID, "hiroba-overlay"))
    assert "地域活動パネル展" in browser.title

    process.terminate()
    assert process.wait(timeout=15) == 0
    output = process.stdout.read().decode(errors="replace")
    assert "stopped" in output and "止めました" in output, output


def test_taken_port_is_a_clear_error(served):
    url, content, _ = served
    port = int(url.rsplit(":", 1)[1].strip("/"))
    second = start_serve(content, port)
    try:
        output, _ = second.communicate(timeout=60)
    finally:
        if second.poll() is None:
            second.kill()
    message = output.decode(errors="replace")
    assert second.returncode == 2, message
    assert "使用中" in message and "already in use" in message, message
    assert message.index("使用中") < message.index("already in use")


def test_built_site_has_no_reload_script(site_dir: Path):
    for rel in sitetools.html_files(site_dir):
        assert "__hiroba" not in (site_dir / rel).read_text(encoding="utf-8"), rel
