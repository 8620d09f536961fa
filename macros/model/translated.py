"""The data as one edition shows it: each text of ours in the edition's language where its
translation is current, else the English, marked as such (English) for the page to say so.
A quote stays in the article's words; its translation, ours, goes beside it (QUOTE_OURS)."""

import copy
import dataclasses

from macros.check import translations as checked
from macros.read.translations import TRANSLATED_KEYS

QUOTE_OURS = "quote_translated"  # the key beside `quote` that holds our translation of it
# A translated name keeps its English as another spelling, so that search finds both.
ALIASES = {("name",): "aliases", ("venue",): "venue_aliases"}


class English(str):
    """A text shown in English in another edition: not yet translated, or its translation stale."""


def places(dataset):
    """(collection, record ID, path, English) for every text of ours in the data."""
    for collection, records in dataset.records.items():
        for record in records.values():
            for path, value in texts(record):
                yield collection, record.id, path, value


def texts(record):
    """(path, English) for each text of ours in one record; a source's title is the article's."""
    found = _texts(record.data, ())
    return [(p, v) for p, v in found if not (record.collection == "sources" and p == ("title",))]


def _texts(value, path):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _texts(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _texts(inner, (*path, index))
    elif isinstance(value, str) and _ours(path):
        yield path, value


def _ours(path):
    keys = [step for step in path if isinstance(step, str)]
    return (
        bool(keys) and keys[-1] in TRANSLATED_KEYS and keys[0] not in ("aliases", "venue_aliases")
    )


def edition(dataset, language):
    """A copy of the dataset in the language; the dataset itself where the language is English."""
    found = dataset.editions.get(language)
    if found is None:
        return dataset
    current = checked.current(dataset, found)
    records = {}
    for collection, by_id in dataset.records.items():
        records[collection] = {
            record_id: dataclasses.replace(record, data=_translate(record, current))
            for record_id, record in by_id.items()
        }
    return dataclasses.replace(dataset, records=records)


def _translate(record, current):
    data = copy.deepcopy(record.data)
    for path, english in texts(record):
        said = current.get((record.collection, record.id, path))
        if path[-1] == "quote":
            if said:
                _parent(data, path)[QUOTE_OURS] = said
        else:
            _parent(data, path)[path[-1]] = said if said else English(english)
        if said and path in ALIASES:
            data[ALIASES[path]] = [*data.get(ALIASES[path], []), english]
    return data


def _parent(data, path):
    for step in path[:-1]:
        data = data[step]
    return data
