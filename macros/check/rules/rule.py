"""What a rule is, and what every rule may read."""
import datetime
from dataclasses import dataclass, field
from typing import Callable, Optional

from macros.check.articles import Articles
from macros.read.loader import Dataset


@dataclass(frozen=True)
class Context:
    dataset: Dataset
    today: datetime.date
    articles: Articles
    lock: object  # quote_lock.Lock: the record of checked quotes, for where the articles are absent
    notes: dict = field(default_factory=dict)  # rule name -> the union of its record notes, for its dataset check


@dataclass(frozen=True)
class Rule:
    name: str
    about: str  # what it refuses, in one line
    # record checks and notes only read: the runner may run them in another process
    record: Optional[Callable] = None  # (record, nodes, context) -> [Problem], on each record's nodes walked once
    note: Optional[Callable] = None  # (record, nodes, context) -> set, gathered into context.notes[name]
    dataset: Optional[Callable] = None  # (context) -> [Problem], once for the whole dataset, after the notes
