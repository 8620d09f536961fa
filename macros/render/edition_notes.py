"""What a Ukrainian or Russian page says where it shows English: a written page not yet
translated (or whose translation is stale), and a text of the data likewise."""

from macros.render import words
from macros.render.html_builder import Html, tag


def untranslated_notice():
    """Above a written page shown in English in another edition."""
    return tag(
        "p",
        words.t(
            "This page is not yet translated, or its translation is out of date:"
            " it is shown in English."
        ),
        class_="untranslated-notice",
        role="note",
    )


def in_english(html):
    """A text of the data shown in English: marked for readers, and for screen readers' voice."""
    mark = tag("span", words.t("in English"), class_="untranslated-mark")
    return tag("span", Html(html), lang="en", class_="untranslated") + Html(" ") + mark
