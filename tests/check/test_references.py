from macros.check.rules import references
from macros.common.references import reference_target

from .records import dataset, problems


def test_every_named_id_exists_in_its_collection():
    data = dataset(
        actors=[{"id": "russia"}], claims=[{"id": "c", "speaker": "russia", "side": "ukraine"}]
    )
    assert problems(references.RULE, data) == [
        "data/claims/context.yaml:1: c.side: 'ukraine' is not a known ID in actors; "
        "expected the ID of an existing record in actors; check the spelling or add the record"
    ]


def test_a_source_key_anywhere_names_a_source():
    assert reference_target("rounds", ("agenda", 3, "sources", 0, "source")) == "sources"
    data = dataset(
        issues=[{"id": "i", "sources": ["izvestia"]}],
        actors=[{"id": "a", "posts": [{"sources": [{"source": "nowhere"}]}]}],
    )
    assert [p.split(": ")[1] for p in problems(references.RULE, data)] == [
        "posts[0].sources[0].source"
    ]


def test_a_correction_may_name_a_record_of_any_kind():
    data = dataset(
        issues=[{"id": "ceasefire"}],
        corrections=[{"id": "x", "record": "ceasefire"}, {"id": "y", "record": "nothing"}],
    )
    assert problems(references.RULE, data) == [
        "data/corrections.yaml:2: y.record: 'nothing' is not a known ID; expected the ID of the corrected record"
    ]
