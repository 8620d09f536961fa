"""Data text, escaped, with glossary abbreviations explained at their first use on a page."""

import functools
import re

from macros.model.translated import English
from macros.render import edition_notes, words
from macros.render.html_builder import Html, escape, tag


def rich(view, text):
    """Data text, escaped, with each glossary abbreviation's first use on the page in <abbr title=...>."""
    safe = escape(text)
    pattern = _glossary_pattern(view.model.glossary_terms)
    if pattern is not None:  # the match is a piece of the escaped text, so it is markup already
        safe = Html(pattern.sub(lambda m: _abbr(view, Html(m.group(0))), safe))
    return edition_notes.in_english(safe) if isinstance(text, English) else safe


def _abbr(view, term):
    """The term in <abbr title> at its first use on the page, plain after: a tooltip per use
    would grow a page by its length at every 'US', whatever the length of the data."""
    if term in view.glossed:
        return term
    view.glossed.add(term)
    return tag("abbr", term, title=_gloss(view.model.glossary[str(term)]))


# The label of every record's outside_articles note, in English: show it through words.t.
OUTSIDE_ARTICLES = "Not from the articles"


def _gloss(entry):
    """A term's tooltip: its meaning, and where that meaning is not from the articles, on what basis."""
    outside = entry.get("outside_articles")
    if not outside:
        return entry["meaning"]
    return words.t(
        "{meaning} (not from the articles: {basis})", meaning=entry["meaning"], basis=outside
    )


@functools.lru_cache(maxsize=8)
def _glossary_pattern(terms):
    """Whole-word matches of any term (a plural 's' may follow), never inside an entity such as &amp;."""
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w&#.])(?:{alternatives})(?=s?(?!\w))")
