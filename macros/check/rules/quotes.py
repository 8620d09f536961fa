"""Quotes are short and copied word for word from the article they cite."""

import re

from macros.check.articles import normalise
from macros.check.rules.rule import Rule

QUOTE_WORDS = 25
WORD = re.compile(
    r"[0-9A-Za-zА-Яа-яЁёІіЇїЄєҐґ’']+"
)  # the same word rule as shared/tools/overlap.py


def quote_words(quote):
    return len(WORD.findall(quote))


def found_whole(quote, text):
    """Whether the quote is in the text, starting and ending on word boundaries: 'practical to
    talk' is not in 'impractical to talk'."""
    at = text.find(quote)
    while at >= 0:
        before, after = text[at - 1 : at], text[at + len(quote) : at + len(quote) + 1]
        if not (before.isalnum() and quote[:1].isalnum()) and not (
            after.isalnum() and quote[-1:].isalnum()
        ):
            return True
        at = text.find(quote, at + 1)
    return False


def citations(nodes):
    """(path to the quote, quote, source ID) for every quoted citation among a record's nodes."""
    for path, value in nodes:
        if isinstance(value, dict) and isinstance(value.get("quote"), str):
            yield path + ("quote",), value["quote"], value.get("source")


def check_record(record, nodes, context):
    problems = []
    texts = context.articles.texts
    for where, quote, source in citations(nodes):
        words = quote_words(quote)
        if words > QUOTE_WORDS:
            problems.append(
                record.problem(
                    where,
                    f"the quote has {words} words",
                    f"expected {QUOTE_WORDS} words at most; shorten it",
                )
            )
        if (
            isinstance(source, str)
            and source in texts
            and not found_whole(normalise(quote), texts[source])
        ):
            problems.append(
                record.problem(
                    where,
                    f"the quote is not found word for word in source '{source}'",
                    "expected an exact copy of the article's words; copy it again from the article",
                )
            )
    return problems


RULE = Rule(
    "quotes",
    "a quote longer than 25 words, or not found word for word (whole words) in its article",
    record=check_record,
)
