from macros.check import record_schema
from macros.check.rules import dates
from macros.read.collection_specs import COLLECTIONS

from .records import dataset, problems


def test_dates_exist_and_have_happened():
    data = dataset(
        events=[
            {"id": "a", "date": "2025-02-30"},
            {"id": "b", "date": "2025-09-01"},
            {"id": "c", "date": "2025-07-23"},
            {"id": "d", "date": "23 July"},
        ]
    )
    assert problems(dates.RULE, data) == [
        "data/events.yaml:1: a.date: 2025-02-30 is not a real date; expected a date that exists, YYYY-MM-DD",
        "data/events.yaml:2: b.date: 2025-09-01 is after today (2025-08-01); "
        "expected a date that has already happened; check the year and month",
    ]


def test_a_post_ends_after_it_starts():
    data = dataset(
        actors=[{"id": "a", "posts": [{"from": "2025-05-01", "until": "2024-01-01"}, "not a post"]}]
    )
    assert problems(dates.RULE, data) == [
        "data/actors/a.yaml:1: posts[0].until: the post ends before it starts; "
        "expected 'until' on or after 'from'"
    ]


def test_every_date_key_in_the_schemas_is_checked():
    date_pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    for collection in COLLECTIONS:
        for path, schema, _ in record_schema.walk(record_schema.record(collection.name)):
            options = [schema] + schema.get("oneOf", []) + schema.get("anyOf", [])
            if any(option.get("pattern") == date_pattern for option in options):
                assert path[-1] in dates.DATE_KEYS, (collection.name, path)
