"""The rules of meaning that a schema cannot express: one module each, listed here.

A rule (rule.Rule) has a name, a line saying what it refuses, and a check run
once per record (on the record's nodes, walked once for all rules) or once for
the whole dataset, after every record check. To add a rule: write rules/<name>.py
with RULE = Rule(...), add it to RULES, and test it on a few in-memory records in
tests/check/test_<name>.py (tests/check/records.py has the helpers).
"""

import datetime

from macros.check import articles
from macros.check.rules import (
    article_files,
    attribution,
    chronology,
    dates,
    file_names,
    kept_addresses,
    look_alikes,
    quote_lock,
    quote_voice,
    quotes,
    redirects,
    references,
    reserved_names,
    sizes,
    swallowed_keys,
)
from macros.check.rules.rule import Context
from macros.read.values import walk

RULES = (
    file_names.RULE,
    references.RULE,
    dates.RULE,
    attribution.RULE,
    swallowed_keys.RULE,
    chronology.RULE,
    article_files.RULE,
    quotes.RULE,
    quote_lock.RULE,
    quote_voice.RULE,
    reserved_names.RULE,
    look_alikes.RULE,
    redirects.RULE,
    sizes.RULE,
    kept_addresses.RULE,
)


def check(dataset, today=None, rules=RULES):
    """Every problem the rules find in a loaded dataset; while one of its files cannot be read,
    the rules that look records up in other files wait (rule.Rule.looks_up)."""
    if any(file.value is None for file in dataset.files):
        rules = [rule for rule in rules if not rule.looks_up]
    return run(context(dataset, today), rules)


def context(dataset, today=None):
    """What every rule may read: the data, today, the articles where present, the lock of checked quotes."""
    return Context(
        dataset,
        today or datetime.date.today(),
        articles.read(dataset),
        quote_lock.read(dataset.root),
    )


def run(context, rules=RULES):
    """Record checks, then dataset checks; problems in that order, records in file order."""
    checks = [rule.record for rule in rules if rule.record]
    problems = []
    for records in context.dataset.records.values():
        for record in records.values():
            nodes = walk(record.data)
            problems += [problem for check in checks for problem in check(record, nodes, context)]
    for rule in rules:
        problems += rule.dataset(context) if rule.dataset else []
    return problems
