"""The published data: api/v1/<collection>.json and .csv, and the JSON Schemas.

Each JSON file is {schema_version, generated_at, items}; each item is the record
as written in YAML, led by its `id` and, where it has one, its `url` relative to
the site root (claims: `page/#anchor`). The CSV holds the same items, one row
each; lists and mappings are JSON inside their cell.
"""
import csv
import io
import json
import shutil
from pathlib import Path

from macros.check import record_schema
from macros.model import urls
from macros.read.collection_specs import BY_NAME
from macros.render.html_builder import join, link, table, tag

API = "api/v1"
SCHEMA_VERSION = "1.0.0"  # semantic versioning: a removed or renamed key is a new major version (api/v2)
EXPORTED = ("rounds", "actors", "issues", "claims", "sources", "events", "commitments")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def items(model, collection):
    out = []
    for record in model[collection].values():
        item = {"id": record.id, "url": urls.record_url(record)}
        item.update((key, value) for key, value in record.data.items() if key != "id")
        out.append(item)
    return out


def columns(collection):
    """id, url, then every key the schema allows, in the schema's order."""
    return ["id", "url", *(key for key in record_schema.keys(collection) if key != "id")]


def to_json(records, generated_at):
    document = {"schema_version": SCHEMA_VERSION, "generated_at": generated_at, "items": records}
    # '<' escaped (JSON readers get the same text back): a file opened or embedded as HTML shows no tag
    return json.dumps(document, ensure_ascii=False, indent=1).replace("<", "\\u003c") + "\n"


def to_csv(records, header):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for record in records:
        writer.writerow([csv_cell(record.get(key)) for key in header])
    return buffer.getvalue()


def csv_cell(value):
    """One cell. Text a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    elif not isinstance(value, str):
        return str(value).lower() if isinstance(value, bool) else str(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def write(model, root, site_dir, generated_at):
    """Write every api/v1 file into the built site; returns the paths written."""
    folder = Path(site_dir) / API
    (folder / "schemas").mkdir(parents=True, exist_ok=True)
    written = []
    for collection in EXPORTED:
        records = items(model, collection)
        (folder / f"{collection}.json").write_text(to_json(records, generated_at), encoding="utf-8")
        (folder / f"{collection}.csv").write_text(to_csv(records, columns(collection)), encoding="utf-8")
        written += [folder / f"{collection}.json", folder / f"{collection}.csv"]
    for schema in sorted((Path(root) / "schemas").glob("*.schema.json")):
        shutil.copyfile(schema, folder / "schemas" / schema.name)
        written.append(folder / "schemas" / schema.name)
    return written


def files_table(view):
    """The Data page's list of published files, with a link and the number of records in each."""
    rows = []
    for collection in EXPORTED:
        files = join((link(view.href(f"{API}/{collection}.{kind}"), kind.upper()) for kind in ("json", "csv")), " · ")
        schema = link(view.href(f"{API}/schemas/{BY_NAME[collection].schema}"), BY_NAME[collection].schema)
        rows.append([tag("code", collection), str(len(view.model[collection])), files, schema])
    return table(["Collection", "Records", "Files", "JSON Schema"], rows, caption=f"Files in {API}/",
                 class_="api-table")
