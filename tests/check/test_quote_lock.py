from pathlib import Path

from macros.check.articles import Articles
from macros.check.rules import quote_lock
from macros.check.rules.quote_lock import Lock, fingerprint

from .records import dataset, problems

ARTICLE_SHA = "a" * 64
QUOTE = "It is impractical to talk about it now."


def data(quote=QUOTE):
    return dataset(
        sources=[{"id": "izvestia", "sha256": ARTICLE_SHA}],
        claims=[{"id": "c", "sources": [{"source": "izvestia", "quote": quote}]}],
    )


def lock(*quotes, sha=ARTICLE_SHA):
    return Lock(True, {fingerprint("izvestia", q): (sha, n) for n, q in enumerate(quotes, 3)})


ABSENT = Articles(Path("/nowhere"), False)
PRESENT = Articles(Path("/articles"), True, {}, {"izvestia": ARTICLE_SHA})


def test_where_the_articles_are_absent_a_quote_the_lock_covers_passes():
    assert problems(quote_lock.RULE, data(), ABSENT, lock(QUOTE)) == []
    assert (
        problems(
            quote_lock.RULE,
            data(" It is  impractical to talk about it now. ".strip()),
            ABSENT,
            lock(QUOTE),
        )
        == []
    )


def test_where_the_articles_are_absent_an_unchecked_quote_is_refused():
    expected = [
        "data/claims/context.yaml:1: c.sources[0].quote: this quote was not checked against its article; "
        "run make quotes where ../shared/seeds is present, and commit quotes.lock"
    ]
    assert problems(quote_lock.RULE, data("It is practical."), ABSENT, lock(QUOTE)) == expected
    assert (
        problems(quote_lock.RULE, data(), ABSENT, lock(QUOTE, sha="b" * 64)) == expected
    )  # another article


def test_where_the_articles_are_present_the_lock_is_up_to_date():
    assert problems(quote_lock.RULE, data(), PRESENT, lock(QUOTE)) == []
    assert problems(quote_lock.RULE, data(), PRESENT, lock()) == [
        "data/claims/context.yaml:1: c.sources[0].quote: this quote is not in quotes.lock; "
        "run make quotes (here the articles are present), and commit the lock"
    ]
    assert problems(quote_lock.RULE, data(), PRESENT, lock(QUOTE, "An old quote.")) == [
        "quotes.lock:4: (file): no quote in the data has this fingerprint any more; "
        "run make quotes to write the lock again, and commit it"
    ]


def test_a_missing_lock_is_said_once():
    assert problems(quote_lock.RULE, data(), ABSENT, Lock(False)) == [
        "quotes.lock:1: (file): there is no lock of checked quotes; "
        "run make quotes where ../shared/seeds is present, and commit quotes.lock"
    ]


def test_the_lock_reads_back_what_it_writes(tmp_path):
    text = quote_lock.lock_text(data(), {"izvestia": ARTICLE_SHA})
    (tmp_path / quote_lock.LOCK).write_text(text + "not a fingerprint\n", encoding="utf-8")
    read = quote_lock.read(tmp_path)
    assert read.entries == {fingerprint("izvestia", QUOTE): (ARTICLE_SHA, 3)}
    assert [str(p) for p in read.problems] == [
        "quotes.lock:4: (file): this line is not a quote fingerprint; "
        "expected the file exactly as `make quotes` writes it; run it again"
    ]
    assert text.endswith("izvestia: It is impractical to talk about …\n")
