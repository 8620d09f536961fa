"""What a Ukrainian or Russian page says where it shows English: a written page not yet
translated (or whose translation is stale), and a text of the data likewise."""

from macros.model.translated import English
from macros.render import words
from macros.render.html_builder import tag

UNTRANSLATED = (
    "untranslated"  # the class of a data text shown in English (model.translated.English)
)


def untranslated_notice():
    """Above a page of another edition that shows some of its text in English."""
    return tag(
        "p",
        words.t(
            "Parts of this page are not yet translated, or their translation is out of date:"
            " they are shown in English."
        ),
        class_="untranslated-notice",
        role="note",
    )


def in_english(html):
    """A text of the data shown in English, marked so for screen readers' voice and the notice."""
    return tag("span", html, lang="en", class_=UNTRANSLATED)


def kept_in_english(text):
    """A text English in every edition (an article's words, quoted; an earlier wording of
    ours): marked so in another edition, with no sign that a translation is missing."""
    return text if words.language() == "en" else tag("span", text, lang="en")


def marked(text):
    """A text of the data as shown: marked when it stands in English in another edition."""
    return in_english(text) if isinstance(text, English) else text
