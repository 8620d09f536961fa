"""The published data: api/v1/<collection>.json and .csv, a JSON Schema of each
JSON file and a Frictionless data package describing the CSVs.

Each JSON file is {schema_version, generated_at, items}; each item is the record
as written in YAML, led by its `id` and its `url` relative to the site root
(claims: `page/#anchor`), then what other records say of it: a commitment's status,
a record's logged corrections. The schema of each file allows added keys, as v1 may
add them (the record schemas, of the YAML a contributor writes, do not). The CSVs
are flat tables of the same records (tables.py).
`schemas/<collection>.json`, the schema of a whole file, is made from schemas/ with
every $ref inlined, so it stands alone. The record schemas of schemas/ are published
too, as they are but for their `$id`, which is their published address, so that their
relative $refs resolve beside them.
"""

import json
from pathlib import Path

from macros.check import record_schema
from macros.check import translations as checked
from macros.check.schemas import schema_files
from macros.common import urls
from macros.common.urls import API, API_COLLECTIONS
from macros.model import statuses
from macros.publish import tables

SCHEMA_VERSION = (
    "1.0.0"  # semantic versioning: a removed or renamed key is a new major version (api/v2)
)
DATAPACKAGE = "datapackage.json"
LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",
}
_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def items(model, collection, translated):
    """The records as written, led by id and url; then what is derived from other records: a
    commitment's status (never typed), each record's logged corrections, and its current
    translations (translated_texts)."""
    out = []
    for record in model.dataset[collection].values():  # withdrawn claims too, marked so
        item = {"id": record.id, "url": urls.record_url(record)}
        item.update((key, value) for key, value in record.data.items() if key != "id")
        if collection == "commitments":
            report, status = statuses.latest(model, record)
            item.update(status=status.status, status_date=report.get("date"))
        logged = model.corrections_by_record.get(record.id) if collection != "corrections" else None
        if logged:
            item["corrections"] = [
                {"id": c.id, **{k: c.data[k] for k in ("date", "what", "why")}} for c in logged
            ]
        if found := translated.get((collection, record.id)):
            item["translations"] = found
        out.append(item)
    return out


def translated_texts(dataset):
    """{(collection, ID): {language: {place: text}}} of the current translations (stale ones are
    left out: they no longer say what the English says)."""
    found = {}
    for language, edition in dataset.editions.items():
        for (collection, record, path), text in checked.current(dataset, edition).items():
            place = ".".join(map(str, path))
            found.setdefault((collection, record), {}).setdefault(language, {})[place] = text
    return found


DERIVED = {  # keys items() adds to a collection's records: name -> schema
    "commitments": {
        "status": {
            "type": "string",
            "description": "the status the claims of the latest report give (derived, never typed)",
        },
        "status_date": {"type": "string", "description": "the date of the latest report"},
    }
}
TRANSLATIONS = {
    "type": "object",
    "description": "our texts of the record in Ukrainian (uk) and Russian (ru), by their place in "
    "the record (summary, notes.0.note); a quote's is our translation of it",
    "additionalProperties": {"type": "object", "additionalProperties": {"type": "string"}},
}
CORRECTIONS = {
    "type": "array",
    "description": "the record's logged corrections, oldest first (also in corrections.json)",
    "items": {
        "type": "object",
        "properties": {k: {"type": "string"} for k in ("id", "date", "what", "why")},
    },
}


def opened(schema):
    """The schema with every 'additionalProperties: false' taken out: within v1, keys may be added
    to a record (docs/data.md), so a download checked today still passes tomorrow."""
    if isinstance(schema, list):
        return [opened(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {
        key: opened(value)
        for key, value in schema.items()
        if not (key == "additionalProperties" and value is False)
    }


def schema_url(site_url, collection):
    return f"{site_url}{API}/schemas/{collection}.json"


def published_schema(collection, site_url):
    """The JSON Schema of the whole api/v1/<collection>.json: the envelope and its records."""
    record = {
        k: v for k, v in record_schema.record(collection).items() if k not in ("$schema", "$id")
    }
    properties = dict(record["properties"])
    url = {
        "type": "string",
        "format": "uri-reference",
        "description": "the record's address, relative to the site root; a claim's is page/#id",
    }
    derived = (
        DERIVED.get(collection, {})
        | {"translations": TRANSLATIONS}
        | ({"corrections": CORRECTIONS} if collection != "corrections" else {})
    )
    record["properties"] = {"id": properties.pop("id"), "url": url, **properties, **derived}
    record["required"] = ["id", "url", *(key for key in record.get("required", ()) if key != "id")]
    record = opened(record)
    return {
        "$schema": _DRAFT,
        "$id": schema_url(site_url, collection),
        "title": f"{API}/{collection}.json",
        "description": f"Every record of the {collection} collection, as published in {API}.",
        "type": "object",
        "required": ["schema_version", "generated_at", "items"],
        "properties": {
            "schema_version": {
                "type": "string",
                "pattern": r"^1\.[0-9]+\.[0-9]+$",
                "description": "the version of this format; a removed or renamed key starts api/v2",
            },
            "generated_at": {
                "type": "string",
                "format": "date-time",
                "description": "when the site was built (UTC)",
            },
            "items": {"type": "array", "items": record},
        },
    }


def record_schemas(site_url):
    """{file name: text} of every schema in schemas/, its $id made its published address."""
    return {
        f"schemas/{name}": json.dumps(
            {**schema, "$id": f"{site_url}{API}/schemas/{name}"}, ensure_ascii=False, indent=2
        )
        + "\n"
        for name, schema in sorted(schema_files().items())
        if name.endswith(".schema.json")
    }


def datapackage(site, generated_at):
    """The Frictionless data package describing every CSV; `site` has name, url and description."""
    return {
        "name": "istanbul-talks-tracker",
        "title": site.name,
        "description": site.description,
        "homepage": site.url,
        "version": SCHEMA_VERSION,
        "created": generated_at,
        "licenses": [LICENSE],
        "resources": [
            {
                "name": collection,
                "path": f"{collection}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "schema": tables.table_schema(collection, API_COLLECTIONS),
            }
            for collection in API_COLLECTIONS
        ],
    }


def to_json(document):
    # '<' escaped (JSON readers get the same text back): a file opened or embedded as HTML shows no tag
    return json.dumps(document, ensure_ascii=False, indent=1).replace("<", "\\u003c") + "\n"


def envelope(records, generated_at):
    return {"schema_version": SCHEMA_VERSION, "generated_at": generated_at, "items": records}


def files(model, site, generated_at):
    """{path under api/v1: text} of every published file."""
    out, translated = {}, translated_texts(model.dataset)
    for collection in API_COLLECTIONS:
        header = [column.name for column in tables.columns(collection)]
        records = items(model, collection, translated)
        out[f"{collection}.json"] = to_json(envelope(records, generated_at))
        out[f"{collection}.csv"] = tables.to_csv(tables.rows(model, collection, site.url), header)
        out[f"schemas/{collection}.json"] = to_json(published_schema(collection, site.url))
    out[DATAPACKAGE] = to_json(datapackage(site, generated_at))
    out.update(record_schemas(site.url))
    return out


def write(model, site_dir, site, generated_at):
    """Write every api/v1 file into the built site; returns the paths written."""
    folder = Path(site_dir) / API
    (folder / "schemas").mkdir(parents=True, exist_ok=True)
    written = files(model, site, generated_at)
    for name, text in written.items():
        (folder / name).write_text(text, encoding="utf-8", newline="")
    return [folder / name for name in written]
