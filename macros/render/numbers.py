"""Numbers and figures as readers read them: 'more than 7,000 bodies', '3 claims'."""

from macros.render import words
from macros.render.html_builder import tag

QUALIFIERS = {
    "exact": "{amount}",
    "about": "about {amount}",
    "more-than": "more than {amount}",
    "at-least": "at least {amount}",
    "under": "under {amount}",
    "up-to": "up to {amount}",
    "range": "{amount}",
}


def number(value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}".replace(",", words.grouping())


def amount(fig):
    """{'value': 7000, 'qualifier': 'more-than'} -> 'more than 7,000'; a range as '1,000–1,200'."""
    shown = number(fig["value"]) + ("–" + number(fig["upper"]) if "upper" in fig else "")
    return words.t(QUALIFIERS[fig["qualifier"]], amount=shown)


def figure(fig):
    """{'value': 7000, 'qualifier': 'more-than', 'unit': 'bodies'} -> 'more than 7,000 bodies', the number bold."""
    return tag(
        "span", tag("span", amount(fig), class_="figure-value"), " ", fig["unit"], class_="figure"
    )


def figure_text(fig):
    return f"{amount(fig)} {fig['unit']}"


def count(n, noun, nouns=None):
    """'1 claim', '3 claims' (nouns: a plural other than noun + 's'), in the edition's language."""
    return words.n(n, f"{{n}} {noun}", f"{{n}} {nouns or noun + 's'}")
