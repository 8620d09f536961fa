from pathlib import Path

from macros.check.articles import Articles, normalise
from macros.check.rules import quotes

from .records import dataset, problems

ARTICLE = normalise(
    "Medinsky said: “It is impractical to talk about it now.”\nThe talks lasted an hour."
)


def claim(quote, source="izvestia"):
    return {"id": "c", "sources": [{"source": source, "quote": quote}]}


def found(quote, source="izvestia"):
    articles = Articles(Path("/articles"), True, {"izvestia": ARTICLE})
    return problems(quotes.RULE, dataset(claims=[claim(quote, source)]), articles)


def test_a_quote_is_copied_word_for_word():
    assert found("It is impractical to talk about it now.") == []
    assert (
        found("It is impractical\nto talk about it now.") == []
    )  # line breaks and quote marks are not words
    assert found("It is impractical to talk about it later.") == [
        "data/claims/context.yaml:1: c.sources[0].quote: the quote is not found word for word in source 'izvestia'; "
        "expected an exact copy of the article's words; copy it again from the article"
    ]


def test_a_quote_of_an_absent_article_is_not_compared():
    assert found("Anything at all.", source="other") == []


def test_a_quote_has_at_most_25_words():
    assert any("the quote has 26 words" in p for p in found(" ".join(["word"] * 26)))


def test_a_quote_starts_and_ends_on_word_boundaries():
    assert any(
        "not found word for word" in p for p in found("practical to talk about it now.")
    )  # from "impractical"
    assert any(
        "not found word for word" in p for p in found("It is impractical to talk about it no")
    )
    assert found("impractical to talk") == [] and found("talks lasted") == []
    assert quotes.found_whole("Russia", "Russia's offer") and not quotes.found_whole(
        "ussia", "Russia's offer"
    )
