from macros.check.rules import chronology

from .records import dataset, problems


def test_events_are_in_date_order():
    data = dataset(
        events=[
            {"id": "a", "date": "2025-05-16"},
            {"id": "b", "date": "unknown"},
            {"id": "c", "date": "2025-05-15"},
            {"id": "d", "date": "2025-06-02"},
        ]
    )
    assert problems(chronology.RULE, data) == [
        "data/events.yaml:3: c.date: this event is dated before the one above it; "
        "expected events in date order, oldest first; move it up"
    ]


def test_status_reports_follow_their_round_and_each_other():
    data = dataset(
        rounds=[{"id": "round-1", "date": "2025-05-16"}],
        commitments=[
            {
                "id": "swap",
                "round": "round-1",
                "reports": [{"date": "2025-05-10"}, {"date": "2025-06-01"}, {"date": "2025-05-20"}],
            }
        ],
    )
    found = problems(chronology.RULE, data)
    assert [p.split(": ")[1] for p in found] == ["swap.reports[0].date", "swap.reports[2].date"]
    assert (
        "before round-1 on 2025-05-16" in found[0]
        and "before the report above it (2025-06-01)" in found[1]
    )
