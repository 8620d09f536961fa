from macros.check.rules import sizes
from macros.read.collection_specs import BY_NAME

from .records import dataset, problems


def test_one_record_more_than_a_collection_takes_is_refused_at_that_record():
    most = BY_NAME["claims"].most
    claims = [{"id": f"c-{n}", "round": "round-1"} for n in range(most + 2)]
    found = problems(sizes.RULE, dataset(claims=claims))
    assert len(found) == 1 and found[0].startswith(
        f"data/claims/round-1.yaml:{most + 1}: c-{most}.id:"
    )
    assert f"at most {most} claims" in found[0]


def test_today_s_counts_are_well_within():
    assert problems(sizes.RULE, dataset(claims=[{"id": "c", "round": "round-1"}])) == []
