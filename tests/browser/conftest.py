"""A real browser on the built site: Debian's chromium driven by Playwright.

The site is served on 127.0.0.1 by a small threaded server. Every request the
browser makes is recorded, and anything aimed at another host is blocked and
reported, so a page that would load a font, script or API from the internet fails.
"""

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from . import chromium
from conftest import ROOT

CHROMIUM = Path(chromium.CHROMIUM)
PORTS = range(8501, 8510)
SCREENSHOTS = ROOT / "tests" / "screenshots"
LOCAL_SCHEMES = {"data", "blob", "about"}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def free_server(directory):
    handler = functools.partial(QuietHandler, directory=str(directory))
    for port in PORTS:
        try:
            return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        except OSError:
            continue
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1} to serve the built site")


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site served on 127.0.0.1; its root URL, ending in '/'."""
    server = free_server(built_site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


NO_CHROMIUM = (
    f"{CHROMIUM} is not installed: {{}} browser and accessibility checks skipped "
    "(apt-get install -y chromium)"
)
NO_CHROMIUM_KEY = pytest.StashKey[int]()  # how many were set aside


def pytest_collection_modifyitems(config, items):
    """Without chromium, set the browser tests aside and say so once, at the end."""
    if CHROMIUM.exists():
        return
    skipped = [item for item in items if "browser" in getattr(item, "fixturenames", ())]
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = [item for item in items if item not in skipped]
        config.stash[NO_CHROMIUM_KEY] = len(skipped)


def pytest_terminal_summary(terminalreporter, config):
    """Said by the process that reports, which under pytest-xdist collected nothing itself."""
    if not CHROMIUM.exists():
        count = config.stash.get(NO_CHROMIUM_KEY, "the")
        terminalreporter.write_line(NO_CHROMIUM.format(count), yellow=True)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=chromium.FLAGS)
        yield browser
        browser.close()


class Visit:
    """One browser tab with everything it did written down: requests, console errors."""

    def __init__(self, browser, site_url, **context_options):
        self.site_url = site_url
        self.context = browser.new_context(**context_options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.offsite, self.errors = [], []
        self.page.on(
            "console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}")
        )
        self.page.on("pageerror", lambda e: self.errors.append(f"script: {e}"))
        self.page.on("requestfailed", self._failed)

    def _route(self, route):
        url = urlsplit(route.request.url)
        if url.scheme in LOCAL_SCHEMES or url.hostname == "127.0.0.1":
            route.continue_()
        else:
            self.offsite.append(route.request.url)
            route.abort()

    def _failed(self, request):
        # ERR_ABORTED is the browser dropping a fetch because the tab moved on, not a fault
        if urlsplit(request.url).hostname == "127.0.0.1" and request.failure != "net::ERR_ABORTED":
            self.errors.append(f"request failed: {request.url} ({request.failure})")

    def open(self, url, wait_until="networkidle"):
        """Go to a page of the site and wait (by default until it is quiet); return the HTTP
        status. problems() then tells what went wrong on this page."""
        self.offsite.clear()
        self.errors.clear()
        response = self.page.goto(self.site_url + url, wait_until=wait_until)
        return response.status if response else None

    def search(self, words):
        """Open Material's search with '/' and type, key by key as a reader does (fill() is
        not seen by the search box)."""
        self.page.keyboard.press("/")
        self.page.keyboard.type(words)

    def result_links(self):
        return self.page.eval_on_selector_all(
            ".md-search-result__list a", "links => links.map(a => a.href)"
        )

    def problems(self):
        return self.errors + [f"request off the site: {url}" for url in self.offsite]

    def screenshot(self, name, full_page=True):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=full_page)

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, site_url):
    """A factory of fresh browser tabs (viewport, colour scheme as keyword options)."""
    visits = []

    def open_tab(**context_options):
        visits.append(Visit(browser, site_url, **context_options))
        return visits[-1]

    yield open_tab
    for tab in visits:
        tab.close()
