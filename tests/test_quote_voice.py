"""Whose words a quote is: the rule on in-memory records, the schema, and the credit on the real data."""
import re
from html import unescape

import pytest
from hostile import CONTEXT, append, refused

from macros.check import quote_voice
from macros.check.checks import walk
from macros.model.site_model import Model
from macros.read import loader
from macros.read.loader import Record
from macros.render import components

SOURCES = {"izvestia": Record("sources", "izvestia", {"id": "izvestia"}, "seeds/izvestia.yaml", 1),
           "garbled": Record("sources", "garbled", {"id": "garbled", "reworded": True}, "seeds/garbled.yaml", 1)}


def found(collection="claims", **data):
    record = Record(collection, "r", {"id": "r", **data}, "data/x.yaml", 1)
    return quote_voice.problems(record, list(walk(record.data)), SOURCES)


def cite(source, voice):
    return [{"source": source, "quote": "words", "voice": voice}]


def test_a_speakers_words_quoted_by_a_plain_source_pass():
    assert found(speaker="someone", sources=cite("izvestia", "speaker")) == []
    assert found(speaker_note="an unnamed official", sources=cite("izvestia", "speaker")) == []


def test_a_sources_own_wording_needs_no_speaker():
    assert found(sources=cite("garbled", "source")) == []


def test_a_reworded_source_is_never_a_speakers_words():
    (problem,) = found(speaker="someone", sources=cite("garbled", "speaker"))
    assert problem[0] == ("sources", 0, "voice") and "reworded" in problem[1] and "voice: source" in problem[2]


def test_a_reworded_source_is_refused_outside_claims_too():
    (problem,) = found("actors", posts=[{"sources": cite("garbled", "speaker")}])
    assert problem[0] == ("posts", 0, "sources", 0, "voice")


def test_a_speakers_words_in_a_claim_without_a_speaker_are_refused():
    (problem,) = found(sources=cite("izvestia", "speaker"))
    assert "names no speaker" in problem[1]


def test_a_quote_without_a_voice_is_refused(scratch, capsys):
    start = append(scratch, CONTEXT, "- id: hostile-claim\n  kind: statement\n  text: Someone said so.\n"
                   "  speaker: vladimir-medinsky\n  sources:\n    - source: izvestia\n      quote: Izvestia\n")
    refused(scratch, capsys, CONTEXT, start + 5, "hostile-claim.sources[0].voice",
            "the required field 'voice' is missing (it is required when 'quote' is given)")


def test_every_reworded_quote_in_the_data_is_the_sources_own_wording():
    dataset = loader.load()
    reworded = {s.id for s in dataset["sources"].values() if s.data.get("reworded")}
    assert reworded, "the garbled analysis should be marked reworded"
    cited = [v for records in dataset.records.values() for r in records.values() for _, v in walk(r.data)
             if isinstance(v, dict) and v.get("source") in reworded and "quote" in v]
    assert cited and all(v["voice"] == "source" for v in cited)


@pytest.fixture(scope="module")
def model():
    return Model(loader.load())


def test_every_quote_on_a_claim_card_is_credited_to_its_voice(model):
    view = components.View(model, "claims/")
    for claim in model["claims"].values():
        quoted = [c for c in claim.data["sources"] if "quote" in c]
        footers = re.findall(r"<footer>(.*?)</footer>", components.quotes(view, claim))
        for citation, footer in zip(quoted, footers, strict=True):
            text = unescape(re.sub(r"<[^>]+>", "", footer))
            if citation["voice"] == "speaker":
                assert text.startswith(f"— {components.speaker_name(view, claim)}, as quoted by "), (claim.id, text)
            else:
                assert text.endswith("'s words") and "as quoted by" not in text, (claim.id, text)
