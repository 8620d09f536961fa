from macros.check.rules import file_names

from .records import dataset, problems


def test_a_record_file_is_named_after_its_id():
    data = dataset(issues=[{"id": "ceasefire"}])
    data["issues"]["ceasefire"].file = "data/issues/cease-fire.yaml"
    assert problems(file_names.RULE, data) == [
        "data/issues/cease-fire.yaml:1: id: the ID 'ceasefire' differs from the file name 'cease-fire.yaml'; "
        "expected the file to be named ceasefire.yaml, or the ID to be cease-fire"
    ]


def test_a_claim_sits_in_its_rounds_file():
    data = dataset(claims=[{"id": "a", "round": "round-1"}, {"id": "b"}])
    assert problems(file_names.RULE, data) == []
    data["claims"]["a"].file = "data/claims/round-2.yaml"
    assert problems(file_names.RULE, data) == [
        "data/claims/round-2.yaml:1: a.round: this claim is about 'round-1' "
        "but sits in round-2.yaml; expected it in data/claims/round-1.yaml"
    ]
