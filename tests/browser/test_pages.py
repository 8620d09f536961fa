"""Every kind of page, opened in chromium as a reader would open it."""

from .site_pages import one_page_per_kind

WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


def screenshot_name(kind, width, scheme="light"):
    return kind.replace("/*", "-page") + f"-{width}" + ("" if scheme == "light" else f"-{scheme}")


def test_every_kind_of_page_loads_cleanly_at_1280px(built_site, visit):
    tab = visit(viewport=WIDE)
    problems = []
    for kind, url in one_page_per_kind(built_site).items():
        status = tab.open(url)
        if status != 200:
            problems.append(f"/{url}: HTTP {status}")
        problems += [f"/{url}: {problem}" for problem in tab.problems()]
        tab.screenshot(screenshot_name(kind, 1280))
    assert not problems, "\n".join(problems)


def test_nothing_scrolls_sideways_at_375px(built_site, visit):
    tab = visit(viewport=PHONE)
    too_wide = []
    for kind, url in one_page_per_kind(built_site).items():
        tab.open(url, wait_until="load")
        content, window = tab.page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if content > window:
            too_wide.append(f"/{url}: {content} px of content in a {window} px window")
        tab.screenshot(screenshot_name(kind, 375))
    assert not too_wide, "\n".join(too_wide)


def test_dark_mode_applies_the_slate_scheme(built_site, visit):
    tab = visit(viewport=WIDE, color_scheme="dark")
    light = []
    for kind, url in one_page_per_kind(built_site).items():
        tab.open(url, wait_until="load")
        scheme = tab.page.get_attribute("body", "data-md-color-scheme")
        background = tab.page.evaluate("getComputedStyle(document.body).backgroundColor")
        if scheme != "slate" or not is_dark(background):
            light.append(f"/{url}: scheme {scheme}, background {background}")
        tab.screenshot(screenshot_name(kind, 1280, "dark"), full_page=False)
    assert not light, "\n".join(light)


def test_the_light_dark_switch_turns_by_click_and_key_and_the_next_page_keeps_it(visit):
    """The switch is ours (palette.js), not Material's: it must still do all that Material's did."""
    tab = visit(viewport=WIDE, color_scheme="light")

    def scheme():
        return tab.page.evaluate(
            "[document.body.dataset.mdColorScheme, getComputedStyle(document.documentElement).colorScheme,"
            " [...document.querySelectorAll('[data-site-palette] label')].map(label => label.hidden)]"
        )

    tab.open("uk/rounds/round-3/", wait_until="load")
    assert scheme() == ["default", "normal", [False, True]]  # the system's choice, and one button
    tab.page.click("[data-site-palette] label:not([hidden])")
    assert scheme() == ["slate", "dark", [True, False]]
    tab.open("uk/disagreements/", wait_until="load")
    assert scheme() == ["slate", "dark", [True, False]]  # kept in the edition, as Material keeps it
    tab.page.focus("[data-site-palette] input:checked")
    tab.page.keyboard.press("Enter")
    assert scheme() == ["default", "normal", [False, True]]
    assert not tab.problems()


def test_a_first_visit_in_dark_mode_is_dark_before_the_content_is_drawn(visit):
    """Material's switch turned the page dark only once its script ran, after a light first paint;
    the site's (overrides/main.html) sets the system's scheme as soon as the header is read."""
    tab = visit(viewport=WIDE, color_scheme="dark")
    tab.page.add_init_script(
        "new MutationObserver((_, watch) => { if (document.querySelector('.md-container')) {"
        " window.schemeAtContent = document.body.dataset.mdColorScheme; watch.disconnect(); } })"
        ".observe(document, {childList: true, subtree: true})"
    )
    tab.open("ru/rounds/round-3/", wait_until="load")
    assert tab.page.evaluate("window.schemeAtContent") == "slate"


def is_dark(css_color):
    """True for an rgb()/rgba() colour darker than mid-grey."""
    red, green, blue = (
        float(part) for part in css_color[css_color.index("(") + 1 : -1].split(",")[:3]
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128
