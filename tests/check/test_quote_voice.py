from macros.check.rules import quote_voice

from .records import dataset, problems

SOURCES = [{"id": "izvestia"}, {"id": "garbled", "reworded": True}]


def found(**record):
    """The problems of one claim (or actor, with collection='actors') among the two sources above."""
    collection = record.pop("collection", "claims")
    return problems(
        quote_voice.RULE, dataset(sources=SOURCES, **{collection: [{"id": "r", **record}]})
    )


def cite(source, voice):
    return [{"source": source, "quote": "words", "voice": voice}]


def test_a_speakers_words_quoted_by_a_plain_source_pass():
    assert found(speaker="someone", sources=cite("izvestia", "speaker")) == []
    assert found(speaker_note="an unnamed official", sources=cite("izvestia", "speaker")) == []


def test_a_sources_own_wording_needs_no_speaker():
    assert found(sources=cite("garbled", "source")) == []


def test_a_reworded_source_is_never_a_speakers_words():
    (problem,) = found(speaker="someone", sources=cite("garbled", "speaker"))
    assert "r.sources[0].voice: the quote is from 'garbled', whose words were reworded" in problem
    assert "expected 'voice: source'" in problem


def test_a_reworded_source_is_refused_outside_claims_too():
    (problem,) = found(collection="actors", posts=[{"sources": cite("garbled", "speaker")}])
    assert "posts[0].sources[0].voice:" in problem


def test_a_speakers_words_in_a_claim_without_a_speaker_are_refused():
    (problem,) = found(sources=cite("izvestia", "speaker"))
    assert "the claim names no speaker" in problem
