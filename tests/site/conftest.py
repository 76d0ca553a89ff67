"""Fixtures for the site checks: the built sample site, a local HTTP server for it, and
headless Chromium through WebDriver. See README.md here.

Environment:
  HIROBA_BIN       the hiroba binary (default .build/debug/hiroba, relative to the repo)
  HIROBA_CONTENT   the content folder (default content, relative to the repo)
  HIROBA_SITE_DIR  an already built site: nothing is built, the checks run on that
                   folder (for debugging; the determinism check is then skipped)
  CHROMIUM_BIN, CHROMEDRIVER   other browser / driver binaries than Debian's
  AXE_JS           another axe.min.js than the one from the installed PyPI package
Option:
  --screenshots DIR   save screenshots for people to look at (test_pages.py)
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import sitetools

# Selenium must never try to download a browser or a driver (CI has no internet).
os.environ.setdefault("SE_OFFLINE", "true")

DEFAULT_WINDOW = (1280, 900)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots", metavar="DIR", default=None,
        help="save PNG screenshots of the home, a list, an item and the room finder page "
             "(390 px and 1280 px wide, and print media) into DIR, for people to look at",
    )


def pytest_report_header(config: pytest.Config) -> list[str]:
    given = os.environ.get("HIROBA_SITE_DIR")
    if given:
        return [f"site: HIROBA_SITE_DIR={given} (not built)"]
    return [f"site: {sitetools.hiroba_binary()} build --content {sitetools.content_dir()} "
            f"--now {sitetools.BUILD_NOW}"]


# --- the site ----------------------------------------------------------------------------

@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site: a `hiroba build` of the sample content with --now 2026-11-28 into
    a temporary folder, once per session; or the folder HIROBA_SITE_DIR names."""
    given = os.environ.get("HIROBA_SITE_DIR")
    if given:
        path = Path(given).resolve()
        if not (path / "index.html").is_file():
            pytest.fail(f"HIROBA_SITE_DIR={given}: there is no index.html there", pytrace=False)
        return path
    output = tmp_path_factory.mktemp("build") / "site"
    try:
        return sitetools.build_site(output)
    except sitetools.BuildError as error:
        problem = str(error)
    pytest.fail(f"building the site failed:\n{problem}", pytrace=False)


@pytest.fixture(scope="session")
def site_url(site_dir: Path):
    """The site served over HTTP on 127.0.0.1 at a free port; the URL ends with '/'."""
    server, base = sitetools.serve_folder(site_dir, {"Cache-Control": "no-store"})
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


# --- the browser -------------------------------------------------------------------------

def new_chromium(javascript: bool = True, window: tuple[int, int] = DEFAULT_WINDOW):
    """A new headless Chromium WebDriver session with Debian's chromium and
    chromedriver (never Selenium Manager)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    driver_path = sitetools.chromedriver_binary()
    browser_path = sitetools.chromium_binary()
    for what, path in (("chromedriver", driver_path), ("chromium", browser_path)):
        if not shutil.which(path):
            pytest.fail(f"{what} not found at {path}: run bash scripts/test-tools.sh", pytrace=False)

    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        f"--window-size={window[0]},{window[1]}", "--hide-scrollbars",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-sync", "--disable-component-update",
        "--force-color-profile=srgb",
    ):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def reset_browser(driver) -> None:
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    sitetools.set_media(driver, "")
    driver.set_window_size(*DEFAULT_WINDOW)


@pytest.fixture(scope="session")
def _chromium_session():
    driver = new_chromium()
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def browser(_chromium_session):
    """Headless Chromium with JavaScript: one browser for the whole session, set back
    to a 1280x900 window, screen media, before and after each test. Other sizes:
    `sitetools.set_viewport(browser, 390, 844)` or `browser.set_window_size(w, h)`."""
    reset_browser(_chromium_session)
    yield _chromium_session
    reset_browser(_chromium_session)


@pytest.fixture(scope="session")
def browser_without_js():
    """Headless Chromium with JavaScript turned off (a second browser, started when a
    test asks for it)."""
    driver = new_chromium(javascript=False)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig: pytest.Config) -> Path | None:
    """The folder given with --screenshots, created; None without the option."""
    value = pytestconfig.getoption("--screenshots")
    if not value:
        return None
    path = Path(value).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path
