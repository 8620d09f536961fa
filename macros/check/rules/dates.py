"""Dates exist on the calendar, have happened, and a post ends after it starts."""

import datetime
import re

from macros.check.rules.rule import Rule
from macros.read.values import as_list

DATE_KEYS = {
    "date",
    "from",
    "until",
    "said_on",
}  # tests/check/test_dates.py holds this to the schemas' dates
_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def check_record(record, nodes, context):
    problems = []
    for path, value in nodes:
        if (
            not path
            or path[-1] not in DATE_KEYS
            or not isinstance(value, str)
            or not _DATE_FORM.fullmatch(value)
        ):
            continue  # the schema reports any other form
        day = parse_date(value)
        if day is None:
            problems.append(
                record.problem(
                    path, f"{value} is not a real date", "expected a date that exists, YYYY-MM-DD"
                )
            )
        elif day > context.today:
            problems.append(
                record.problem(
                    path,
                    f"{value} is after today ({context.today})",
                    "expected a date that has already happened; check the year and month",
                )
            )
    return problems + _posts(record)


def _posts(record):
    problems = []
    for index, post in enumerate(
        as_list(record.data.get("posts")) if record.collection == "actors" else []
    ):
        start, end = (
            (parse_date(post.get(key)) for key in ("from", "until"))
            if isinstance(post, dict)
            else (None, None)
        )
        if start and end and start > end:
            problems.append(
                record.problem(
                    ("posts", index, "until"),
                    "the post ends before it starts",
                    "expected 'until' on or after 'from'",
                )
            )
    return problems


RULE = Rule(
    "dates",
    "a date that does not exist, is in the future, or ends a post before it starts",
    record=check_record,
)
