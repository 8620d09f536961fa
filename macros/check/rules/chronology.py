"""Timelines read in order, and a commitment's status reports do not predate its round."""

from macros.check.rules.dates import parse_date
from macros.check.rules.rule import Rule
from macros.read.values import as_list


def check_dataset(context):
    return _events(context.dataset) + [
        p
        for record in context.dataset["commitments"].values()
        for p in _reports(record, context.dataset)
    ]


def _events(dataset):
    problems, previous = [], None
    for record in dataset["events"].values():
        day = parse_date(record.data.get("date"))
        if day and previous and day < previous:
            problems.append(
                record.problem(
                    ("date",),
                    "this event is dated before the one above it",
                    "expected events in date order, oldest first; move it up",
                )
            )
        previous = day or previous
    return problems


def _reports(record, dataset):
    round_ = dataset["rounds"].get(str(record.data.get("round")))
    floor = parse_date(round_.data.get("date")) if round_ else None
    after = f"{round_.id} on {floor}" if floor else ""
    problems = []
    for index, report in enumerate(as_list(record.data.get("reports"))):
        day = parse_date(report.get("date") if isinstance(report, dict) else None)
        if day and floor and day < floor:
            problems.append(
                record.problem(
                    ("reports", index, "date"),
                    f"this report is dated {day}, before {after}",
                    "expected status reports oldest first, none before the round that agreed it",
                )
            )
        if day and (not floor or day >= floor):
            floor, after = day, f"the report above it ({day})"
    return problems


RULE = Rule(
    "chronology",
    "events out of date order, or a status report dated before its round or the report above it",
    dataset=check_dataset,
    looks_up=True,
)
