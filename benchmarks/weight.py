"""What a reader's browser downloads for one page, measured in headless Chromium.

Bytes are as transferred (gzip, headers included), from a cold cache, until the
network is idle: the page, its CSS, JS, fonts and whatever they fetch (such as
the search index). A third-party request is any request to another host.
"""

from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

from tests.browser.chromium import CHROMIUM, FLAGS

KINDS = {"document": "html", "stylesheet": "css", "script": "js", "font": "fonts"}


def measure(urls):
    """{url: {html, css, js, fonts, other, total: bytes; requests, third_party: counts}}."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            return {url: _page(browser, url) for url in urls}
        finally:
            browser.close()


def _page(browser, url):
    context = browser.new_context()  # a cold cache for every page
    page = context.new_page()
    requests, finished = [], []
    page.on(
        "request", lambda request: requests.append(request)
    )  # a bound method cannot be a handler
    page.on("requestfinished", lambda request: finished.append(request))
    response = page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)  # late fetches, such as the search index from its worker
    status = response.status if response else 0
    figures = {"status": status, "html": 0, "css": 0, "js": 0, "fonts": 0, "other": 0}
    for request in finished:
        sizes = request.sizes()
        figures[KINDS.get(request.resource_type, "other")] += (
            sizes["responseBodySize"] + sizes["responseHeadersSize"]
        )
    figures["total"] = sum(figures[k] for k in ("html", "css", "js", "fonts", "other"))
    host = urlsplit(url).netloc
    remote = [r for r in requests if urlsplit(r.url).scheme in ("http", "https", "ws", "wss")]
    figures["requests"] = len(remote)
    figures["third_party"] = sum(1 for r in remote if urlsplit(r.url).netloc != host)
    context.close()
    return figures
