"""The rules of meaning that a schema cannot express: one module each, listed here.

A rule (rule.Rule) has a name, a line saying what it refuses, and a check run
once per record (on the record's nodes, walked once for all rules) or once for
the whole dataset. A record check only reads: `make validate` runs every other
record's checks in a forked process, where anything written is lost. What a
dataset check needs to know of each record, a `note` returns, and the runner
gathers it into context.notes. To add a rule: write rules/<name>.py with
RULE = Rule(...), add it to RULES, and test it on a few in-memory records in
tests/check/test_<name>.py (tests/check/records.py runs it both ways).
"""
import datetime

from macros.check import articles
from macros.check.rules import (article_files, attribution, dates, file_names, look_alikes, order, quote_lock, quote_voice,
                                quotes, redirects, references, reserved_names)
from macros.check.rules.rule import Context
from macros.read import parallel_map
from macros.read.values import walk

RULES = (
    file_names.RULE,
    references.RULE,
    dates.RULE,
    attribution.RULE,
    order.RULE,
    article_files.RULE,
    quotes.RULE,
    quote_lock.RULE,
    quote_voice.RULE,
    reserved_names.RULE,
    look_alikes.RULE,
    redirects.RULE,
)


def check(dataset, today=None, rules=RULES, parallel=False):
    """Every problem the rules find in a loaded dataset. `parallel`: see parallel_map."""
    return run(context(dataset, today), rules, parallel)


def context(dataset, today=None):
    """What every rule may read: the data, today, the articles where present, the lock of checked quotes."""
    return Context(dataset, today or datetime.date.today(), articles.read(dataset), quote_lock.read(dataset.root))


def run(context, rules=RULES, parallel=False):
    """Record checks and notes, then dataset checks; problems in that order, records in file order."""
    checks = [rule.record for rule in rules if rule.record]
    noting = [rule for rule in rules if rule.note]

    def check_record(record):
        nodes = walk(record.data)
        return ([problem for check in checks for problem in check(record, nodes, context)],
                [rule.note(record, nodes, context) for rule in noting])

    records = [record for records in context.dataset.records.values() for record in records.values()]
    found = parallel_map.mapped(check_record, records) if parallel else map(check_record, records)
    problems, notes = [], {rule.name: set() for rule in noting}
    for record_problems, record_notes in found:
        problems += record_problems
        for rule, noted in zip(noting, record_notes):
            notes[rule.name] |= noted
    context.notes.update(notes)
    for rule in rules:
        problems += rule.dataset(context) if rule.dataset else []
    return problems
