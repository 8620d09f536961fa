"""A collection may hold several times the records it holds today, and no more: each claim is
a page of about 34 KB and a preview card, so 5,000 claims of one line each (488 KB of data)
made a 265 MB site in a minute's build. A larger collection is a change to review as code
(collection_specs.py), not a content change."""

from macros.check.rules.rule import Rule
from macros.read.collection_specs import BY_NAME


def check_dataset(context):
    problems = []
    for name, records in context.dataset.records.items():
        most = BY_NAME[name].most
        if len(records) > most:
            first_over = list(records.values())[most]
            problems.append(
                first_over.problem(
                    ("id",),
                    f"the site takes at most {most} {name}; this is one more",
                    "expected fewer records; a maintainer raises the limit in "
                    "macros/read/collection_specs.py after reviewing what it costs",
                )
            )
    return problems


RULE = Rule("sizes", "a collection of more records than the site takes", dataset=check_dataset)
