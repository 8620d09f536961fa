from macros.check.rules import kept_addresses

from .records import dataset, problems

WITHDRAWN = {"date": "2026-12-06", "why": "Misread."}


def test_a_withdrawn_claim_named_by_a_commitment_report_is_refused():
    data = dataset(
        claims=[{"id": "gone", "withdrawn": WITHDRAWN}, {"id": "kept"}],
        commitments=[{"id": "deal", "claims": ["kept"], "reports": [{"claims": ["gone"]}]}],
    )
    found = problems(kept_addresses.RULE, data)
    assert len(found) == 1 and "deal.claims: 'gone' is withdrawn" in found[0], found


def test_without_a_list_of_published_addresses_nothing_is_gone():
    assert problems(kept_addresses.RULE, dataset(claims=[{"id": "kept"}])) == []
