"""The CSV files of api/v1 as flat tables, and their Frictionless Table Schemas.

One row per record, one plain value per cell, so that a spreadsheet user needs no
JSON: an ID that names another record has its name beside it (`speaker`,
`speaker_name`), a list is joined with "; ", a nested record is summed up in words
(the whole of it is in the JSON file), and `url` is absolute. The columns follow the
record schema in schemas/, so a key added there appears here without an edit.
"""

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

from macros.check import record_schema
from macros.common import urls
from macros.common.references import reference_target
from macros.model import statuses
from macros.render.numbers import figure_text

SEPARATOR = "; "
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_NAMED = ("rounds", "actors", "issues", "sources")  # collections whose records have a name or title


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Table Schema type
    description: str
    value: Callable  # (record, model) -> the cell's value, or None
    target: str = ""  # the collection whose IDs the cell holds (a foreign key where not many)
    many: bool = False  # a list, joined with SEPARATOR


def name_of(model, collection, id_):
    """What a reader calls the record: its name, or a source's title."""
    record = model[collection].get(id_)
    return (record.data.get("name") or record.data.get("title") or id_) if record else id_


def _key(key):
    return lambda record, model: record.data.get(key)


def _ids(key, field=None):
    """The IDs in a list (or, with field, in each item's field), in order, each once."""

    def value(record, model):
        found = [
            item[field] if field else item
            for item in record.data.get(key, ())
            if not field or field in item
        ]
        return list(dict.fromkeys(found))

    return value


def _figures(record, model):
    return [figure_text(f) for f in record.data.get("figures", ())]


def _latest_status(record, model):
    return statuses.latest(model, record)[1].status


def _latest_date(record, model):
    return statuses.latest(model, record)[0].get("date")


def _posts(record, model):
    return [post["title"] for post in record.data.get("posts", ())]


# Nested keys, summed up in plain columns: (collection, key) -> columns.
NESTED = {
    ("claims", "figures"): [
        Column("figures", "string", "the numbers the claim states, in words", _figures, many=True)
    ],
    (
        "commitments",
        "reports",
    ): [  # the status is never typed: derived from the claims of the newest report
        Column(
            "status", "string", "the status the claims of the latest report give", _latest_status
        ),
        Column("status_date", "date", "the date of the latest report", _latest_date),
    ],
    ("actors", "posts"): [Column("posts", "string", "posts held, oldest first", _posts, many=True)],
    ("sources", "trust"): [
        Column(
            "trust",
            "string",
            "how far we rely on it: high | medium | low",
            lambda r, m: r.data["trust"]["level"],
        ),
        Column("trust_why", "string", "why, in our words", lambda r, m: r.data["trust"]["why"]),
    ],
    ("rounds", "agenda"): [
        Column(
            "agenda",
            "string",
            "IDs of the issues the sources say were discussed",
            _ids("agenda", "issue"),
            "issues",
            True,
        )
    ],
    ("rounds", "delegations"): [
        Column(
            "delegations",
            "string",
            "IDs of the delegations",
            _ids("delegations", "delegation"),
            "actors",
            True,
        )
    ],
    ("rounds", "notes"): [],  # sourced remarks with quotes: in the JSON file only
}


def columns(collection):
    """Every column of the collection's CSV: id, url, then the schema's keys in order."""
    out = [
        Column("id", "string", "the record's stable ID", lambda record, model: record.id),
        Column("url", "string", "the record's address on the site", None),
    ]
    for key, schema in record_schema.record(collection)["properties"].items():
        if key != "id":
            out += (
                NESTED[collection, key]
                if (collection, key) in NESTED
                else _plain(collection, key, schema)
            )
    return _with_names(out)


def _plain(collection, key, schema):
    description = schema.get("description", "")
    items = schema.get("items", {})
    if schema.get("type") == "array" and "source" in items.get("properties", {}):  # citations
        return [
            Column(
                key,
                "string",
                "IDs of the sources that report it",
                _ids(key, "source"),
                "sources",
                True,
            )
        ]
    if schema.get("type") == "array":
        return [
            Column(
                key,
                "string",
                description,
                _key(key),
                reference_target(collection, (key, "*")) or "",
                True,
            )
        ]
    kind = (
        "date"
        if schema.get("pattern") == _DATE_PATTERN
        else _TYPES.get(schema.get("type"), "string")
    )
    return [Column(key, kind, description, _key(key), reference_target(collection, (key,)) or "")]


def _with_names(found):
    """A column of names beside each column of IDs of records that have names."""
    out = []
    for column in found:
        out.append(column)
        if column.target in _NAMED:
            name = (
                column.name.removesuffix("s") + "_names" if column.many else column.name + "_name"
            )
            out.append(
                Column(
                    name,
                    "string",
                    f"the name of each record named in {column.name}",
                    _names(column),
                    many=column.many,
                )
            )
    return out


def _names(column):
    def value(record, model):
        ids = column.value(record, model)
        if ids is None:
            return None
        names = [name_of(model, column.target, id_) for id_ in (ids if column.many else [ids])]
        return names if column.many else names[0]

    return value


def rows(model, collection, site_url):
    """[{column: cell text}] for every record."""
    found = columns(collection)
    out = []
    for record in model.dataset[collection].values():  # withdrawn claims too, marked so
        row = {"url": site_url + urls.record_url(record)}
        row.update((c.name, cell(c.value(record, model))) for c in found if c.value)
        out.append({c.name: row[c.name] for c in found})
    return out


def cell(value):
    """One cell. Text a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = SEPARATOR.join(map(str, value))
    elif isinstance(value, bool):
        return str(value).lower()
    elif not isinstance(value, str):
        return str(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def to_csv(table, header):
    """CSV text with a byte-order mark, so that Excel reads it as UTF-8 ('Çırağan', not 'Ã‡Ä±raÄŸan')."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, header, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(table)
    return "\ufeff" + buffer.getvalue()


def table_schema(collection, exported):
    """The Frictionless Table Schema of the collection's CSV: types, descriptions, keys."""
    found = columns(collection)
    fields = [
        {"name": c.name, "type": c.type, "description": c.description}
        | ({"format": "uri"} if c.name == "url" else {})
        for c in found
    ]
    foreign = [
        {
            "fields": c.name,
            "reference": {"resource": "" if c.target == collection else c.target, "fields": "id"},
        }
        for c in found
        if c.target in exported and not c.many
    ]
    return {"fields": fields, "primaryKey": ["id"], "foreignKeys": foreign, "missingValues": [""]}
