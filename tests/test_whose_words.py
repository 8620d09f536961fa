"""Whose words a quote is: the schema, the real data and the credit on every claim card
(the rule itself is tested in tests/check/test_quote_voice.py)."""

import re
from html import unescape

import pytest

from macros.model.site_model import Model
from macros.read import loader
from macros.read.values import walk
from macros.render import claim_blocks, page_view, record_links

from hostile import CONTEXT, append, refused


def test_a_quote_without_a_voice_is_refused(scratch, capsys):
    start = append(
        scratch,
        CONTEXT,
        "- id: hostile-claim\n  kind: statement\n  text: Someone said so.\n"
        "  speaker: vladimir-medinsky\n  sources:\n    - source: izvestia\n      quote: Izvestia\n",
    )
    refused(
        scratch,
        capsys,
        CONTEXT,
        start + 5,
        "hostile-claim.sources[0].voice",
        "the required field 'voice' is missing (it is required when 'quote' is given)",
    )


def test_every_reworded_quote_in_the_data_is_the_sources_own_wording():
    dataset = loader.load()
    reworded = {s.id for s in dataset["sources"].values() if s.data.get("reworded")}
    assert reworded, "the garbled analysis should be marked reworded"
    cited = [
        v
        for records in dataset.records.values()
        for r in records.values()
        for _, v in walk(r.data)
        if isinstance(v, dict) and v.get("source") in reworded and "quote" in v
    ]
    assert cited and all(v["voice"] == "source" for v in cited)


@pytest.fixture(scope="module")
def model():
    return Model(loader.load())


def test_every_quote_in_a_claims_evidence_is_credited_to_its_voice(model):
    view = page_view.View(model, "claims/")
    for claim in model["claims"].values():
        for citation, cited in zip(
            claim.data["sources"], claim_blocks.citations(view, claim), strict=True
        ):
            if "quote" not in citation:
                continue
            credit = unescape(re.sub(r"<[^>]+>", "", cited)).rsplit("” — ", 1)[1].split(".", 1)[0]
            machine = model["sources"][citation["source"]].data["translation"] == "machine"
            assert credit.endswith(" (machine translation)") == machine, (claim.id, credit)
            credit = credit.removesuffix(" (machine translation)")
            if citation["voice"] == "speaker":
                assert credit.startswith(
                    f"{record_links.speaker_name(view, claim)}, as quoted by "
                ), (claim.id, credit)
            else:
                assert credit.endswith("'s words") and "as quoted by" not in credit, (
                    claim.id,
                    credit,
                )


def test_an_outlet_in_its_own_voice_speaks_for_no_state(model):
    """Izvestia's narration is not Russia's position, though Izvestia is a Russian outlet."""
    media = {a.id for a in model["actors"].values() if a.data["kind"] == "media"}
    own_voice = [
        c
        for c in model["claims"].values()
        if c.data.get("speaker") in media and "side" not in c.data
    ]
    assert {"izvestia-term-expired-aside", "round-3-planned-agenda"} <= {c.id for c in own_voice}
    assert [c.id for c in own_voice if model.side_of(c) is not None] == []
    assert model.side_of(model["claims"]["medinsky-children-list-completed"]) == "russia"
