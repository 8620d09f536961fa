"""Numbers and figures as readers read them: 'more than 7,000 bodies', '3 claims'."""

from macros.render.html_builder import tag

QUALIFIERS = {
    "exact": "",
    "about": "about ",
    "more-than": "more than ",
    "at-least": "at least ",
    "under": "under ",
    "up-to": "up to ",
    "range": "",
}


def number(value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}"


def amount(fig):
    """{'value': 7000, 'qualifier': 'more-than'} -> 'more than 7,000'; a range as '1,000–1,200'."""
    shown = number(fig["value"]) + ("–" + number(fig["upper"]) if "upper" in fig else "")
    return QUALIFIERS[fig["qualifier"]] + shown


def figure(fig):
    """{'value': 7000, 'qualifier': 'more-than', 'unit': 'bodies'} -> 'more than 7,000 bodies', the number bold."""
    return tag(
        "span", tag("span", amount(fig), class_="figure-value"), " ", fig["unit"], class_="figure"
    )


def figure_text(fig):
    return f"{amount(fig)} {fig['unit']}"


def count(n, noun):
    """'1 claim', '3 claims'."""
    return f"{n} {noun}{'s' if n != 1 else ''}"
