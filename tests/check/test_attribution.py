from macros.check.rules import attribution

from .records import dataset, problems


def test_a_claim_names_who_made_it_unless_it_is_a_judgement():
    data = dataset(
        claims=[
            {"id": "a", "kind": "statement", "speaker": "x"},
            {"id": "b", "kind": "statement", "speaker_note": "an official"},
            {"id": "c", "kind": "assessment"},
            {"id": "d", "kind": "statement"},
        ]
    )
    assert [p.split(": ")[:2] for p in problems(attribution.RULE, data)] == [
        ["data/claims/context.yaml:4", "d.kind"]
    ]
