"""Checks of meaning that a schema cannot express: references, dates, quotes, files."""
import datetime
import hashlib
import os
import re
from pathlib import Path

from macros.check import quote_voice
from macros.check.problems import Problem, field_path
from macros.read.collection_specs import BY_NAME

# (collection, path to the value, collection it must name); "*" stands for every list item
ANY = "any collection"  # a correction may name a record of any kind
REFERENCES = (
    ("claims", ("speaker",), "actors"), ("claims", ("side",), "actors"),
    ("claims", ("round",), "rounds"), ("claims", ("issues", "*"), "issues"),
    ("rounds", ("hosts", "*"), "actors"), ("rounds", ("mediators", "*"), "actors"),
    ("rounds", ("agenda", "*", "issue"), "issues"),
    ("rounds", ("delegations", "*", "delegation"), "actors"), ("rounds", ("delegations", "*", "side"), "actors"),
    ("rounds", ("delegations", "*", "members", "*", "actor"), "actors"),
    ("actors", ("country",), "actors"), ("actors", ("posts", "*", "organisation"), "actors"),
    ("actors", ("posts", "*", "rounds", "*"), "rounds"),
    ("issues", ("related", "*"), "issues"),
    ("commitments", ("round",), "rounds"), ("commitments", ("issues", "*"), "issues"),
    ("commitments", ("claims", "*"), "claims"), ("commitments", ("reports", "*", "claims", "*"), "claims"),
    ("events", ("resolved_from",), "sources"), ("events", ("round",), "rounds"),
    ("events", ("actors", "*"), "actors"), ("events", ("issues", "*"), "issues"),
    ("disagreements", ("claims", "*"), "claims"), ("disagreements", ("round",), "rounds"),
    ("disagreements", ("issues", "*"), "issues"),
    ("corrections", ("record",), ANY),
)
DATE_KEYS = {"date", "from", "until", "said_on"}
QUOTE_WORDS = 25
WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁёІіЇїЄєҐґ’']+")  # the same word rule as shared/tools/overlap.py
ARTICLE_NAME = re.compile(r"[0-9]{3}_[0-9a-f]{16}\.txt")  # as in source.schema.json: no path, no ..
UNATTRIBUTED_KINDS = {"assessment", "forecast"}  # an author's own judgement: the source is the speaker


def articles_dir(root):
    """The source articles sit beside the project, never inside it."""
    return Path(os.environ.get("ISTANBUL_ARTICLES", Path(root).resolve().parent / "shared" / "seeds"))


def check(dataset, today=None):
    today = today or datetime.date.today()
    problems, texts = _articles(dataset)
    for records in dataset.records.values():
        for record in records.values():
            nodes = list(walk(record.data))  # walked once, read by every check below
            problems += _file_name(record)
            problems += _references(record, nodes, dataset)
            problems += _dates(record, nodes, today)
            problems += _attribution(record)
            problems += _quotes(record, nodes, texts)
            problems += [_problem(record, *found) for found in quote_voice.problems(record, nodes, dataset["sources"])]
    problems += _order(dataset)
    return problems


def _problem(record, path, wrong, expected):
    label = field_path(path) if BY_NAME[record.collection].per_record else field_path((record.id,) + path)
    return Problem(record.file, record.line_of(*path), label, wrong, expected)


def _file_name(record):
    stem = Path(record.file).stem
    if record.collection in ("sources", "rounds", "actors", "issues") and stem != record.id:
        return [_problem(record, ("id",), f"the ID '{record.id}' differs from the file name '{stem}.yaml'",
                         f"expected the file to be named {record.id}.yaml, or the ID to be {stem}")]
    if record.collection == "claims" and stem != str(record.data.get("round", "context")):
        where = record.data.get("round", "context")
        return [_problem(record, ("round",), f"this claim is about '{where}' but sits in {stem}.yaml",
                         f"expected it in data/claims/{where}.yaml")]
    return []


def walk(value, path=()):
    """Every (path, value) pair inside a record."""
    yield path, value
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield from walk(child, path + (key,))


_TARGETS = {(collection, pattern): target for collection, pattern, target in REFERENCES}


def reference_target(collection, path):
    """The collection a value at this path of a record must name (ANY for any), or None.
    Every 'source' key names a source; list positions in the path match "*"."""
    if path and path[-1] == "source":
        return "sources"
    return _TARGETS.get((collection, tuple("*" if isinstance(key, int) else key for key in path)))


def _references(record, nodes, dataset):
    problems = []
    for path, value in nodes:
        target = reference_target(record.collection, path) if isinstance(value, str) else None
        if target == ANY:
            if not any(value in records for records in dataset.records.values()):
                problems.append(_problem(record, path, f"'{value}' is not a known ID", "expected the ID of the corrected record"))
        elif target and value not in dataset[target]:
            problems.append(_problem(record, path, f"'{value}' is not a known ID in {target}",
                                     f"expected the ID of an existing record in {target}; check the spelling or add the record"))
    return problems


def as_list(value):
    return value if isinstance(value, list) else []


def parse_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _dates(record, nodes, today):
    problems = []
    for path, value in nodes:
        if not path or path[-1] not in DATE_KEYS or not isinstance(value, str) or value == "unknown":
            continue
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            continue  # the schema reports the format
        day = parse_date(value)
        if day is None:
            problems.append(_problem(record, path, f"{value} is not a real date", "expected a date that exists, YYYY-MM-DD"))
        elif day > today:
            problems.append(_problem(record, path, f"{value} is after today ({today})",
                                     "expected a date that has already happened; check the year and month"))
    for index, post in enumerate(as_list(record.data.get("posts")) if record.collection == "actors" else []):
        if not isinstance(post, dict):
            continue
        start, end = parse_date(post.get("from")), parse_date(post.get("until"))
        if start and end and start > end:
            problems.append(_problem(record, ("posts", index, "until"), "the post ends before it starts",
                                     "expected 'until' on or after 'from'"))
    return problems


def _attribution(record):
    data = record.data
    if record.collection != "claims" or str(data.get("kind")) in UNATTRIBUTED_KINDS:  # kind may be a list here
        return []
    if "speaker" in data or "speaker_note" in data:
        return []
    return [_problem(record, ("kind",), "the claim does not say who made it",
                     "expected 'speaker: <actor-id>' or 'speaker_note: <who>'; only assessment and forecast claims may leave both out")]


def _order(dataset):
    """Timelines must read in order, and status reports may not predate their round."""
    problems = []
    previous = None
    for record in dataset["events"].values():
        day = parse_date(record.data.get("date"))
        if day and previous and day < previous:
            problems.append(_problem(record, ("date",), "this event is dated before the one above it",
                                     "expected events in date order, oldest first; move it up"))
        previous = day or previous
    for record in dataset["commitments"].values():
        round_ = dataset["rounds"].get(str(record.data.get("round")))
        floor = parse_date(round_.data.get("date")) if round_ else None
        after = f"{round_.id} on {floor}" if floor else ""
        for index, report in enumerate(as_list(record.data.get("reports"))):
            day = parse_date(report.get("date") if isinstance(report, dict) else None)
            if day and floor and day < floor:
                problems.append(_problem(record, ("reports", index, "date"), f"this report is dated {day}, before {after}",
                                         "expected status reports oldest first, none before the round that agreed it"))
            if day and (not floor or day >= floor):
                floor, after = day, f"the report above it ({day})"
    return problems


def _articles(dataset):
    """(problems, {source ID: normalised article text}) for the source records."""
    folder = articles_dir(dataset.root)
    texts = {}
    problems = []
    if not folder.is_dir():
        return problems, texts  # reported once by validate; quotes are then not checked
    for source in dataset["sources"].values():
        name = source.data.get("file")
        if not isinstance(name, str) or not ARTICLE_NAME.fullmatch(name):
            continue  # the schema reports a malformed name; it is never used as a path
        path = folder / name
        if not path.is_file():
            problems.append(_problem(source, ("file",), f"there is no article {path.name} in {folder}",
                                     "expected the file name of an article in ../shared/seeds/"))
            continue
        raw = path.read_bytes()
        if hashlib.sha256(raw).hexdigest() != source.data.get("sha256"):
            problems.append(_problem(source, ("sha256",), "the sha256 does not match the article file",
                                     f"expected the output of: sha256sum ../shared/seeds/{path.name}"))
        texts[source.id] = normalise(raw.decode("utf-8", errors="replace"))
    return problems, texts


def normalise(text):
    """Quotes are compared ignoring typographic quote marks and line breaks."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def quote_words(quote):
    return len(WORD.findall(quote))


def _quotes(record, nodes, texts):
    problems = []
    for path, value in nodes:
        if not (isinstance(value, dict) and isinstance(value.get("quote"), str)):
            continue
        quote, where = value["quote"], path + ("quote",)
        words = quote_words(quote)
        if words > QUOTE_WORDS:
            problems.append(_problem(record, where, f"the quote has {words} words",
                                     f"expected {QUOTE_WORDS} words at most; shorten it"))
        source = value.get("source")
        if isinstance(source, str) and source in texts and normalise(quote) not in texts[source]:
            problems.append(_problem(record, where, f"the quote is not found word for word in source '{source}'",
                                     "expected an exact copy of the article's words; copy it again from the article"))
    return problems
