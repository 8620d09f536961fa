"""What a rule is, and what every rule may read."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from macros.check.articles import Articles
from macros.read.loader import Dataset


@dataclass(frozen=True)
class Context:
    dataset: Dataset
    today: datetime.date
    articles: Articles
    lock: object  # quote_lock.Lock: the record of checked quotes, for where the articles are absent


@dataclass(frozen=True)
class Rule:
    name: str
    about: str  # what it refuses, in one line
    record: Callable | None = (
        None  # (record, nodes, context) -> [Problem], on each record's nodes walked once
    )
    dataset: Callable | None = (
        None  # (context) -> [Problem], once for the whole dataset, after the record checks
    )
    # True if it looks records up in other files: while a file cannot be read, it would report
    # what follows from the file's absence (an unknown ID, a quote missing from the lock), so it waits
    looks_up: bool = False
