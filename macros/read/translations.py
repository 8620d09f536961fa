"""Our texts in Ukrainian and Russian, one folder a language: data/translations/<language>/.

interface.yaml holds the site's own words: the English as the code writes it, then its
translation (a list of three forms where a number decides the form: one, few, many).
<collection>.yaml holds the data's texts: a record's ID, the text's place in the record
(`summary`, `notes.2.note`, `sources.0.quote`), and under it `of:`, the fingerprint of the
English it translates, and the translation under the language's code. When the English
changes, its fingerprint no longer matches: the translation is stale, and the page shows
the English until it is updated (check/translations.py lists it).
"""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from macros.read import strict_yaml, written_page
from macros.read.collection_specs import BY_NAME

LANGUAGES = ("uk", "ru")  # the editions besides English
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")  # {date} in an interface text: filled, never translated
FOLDER = "data/translations"
INTERFACE = "interface"
# The keys whose text is ours to translate; names that the articles spell stay as aliases.
TRANSLATED_KEYS = frozenset(
    {
        "text", "summary", "note", "explanation", "question", "title", "name", "label",
        "covers", "why", "what", "meaning", "speaker_note", "caveats", "unit", "date_basis",
        "size_note", "post", "city", "venue", "quote", "outside_articles", "short_name",
        "locator",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Translation:
    collection: str
    record: str  # the record's ID
    path: tuple  # the text's place in the record: ('notes', 2, 'note')
    of: object  # the fingerprint of the English it translates, as written
    text: object  # the translation, as written
    file: str
    line: int


@dataclass
class Edition:
    """One language's translations as read, with the problems of reading them."""

    language: str
    interface: dict  # English -> translation (str or [one, few, many])
    interface_lines: dict  # English -> line
    texts: list  # [Translation]
    problems: list


def fingerprint(english):
    """Eight hex digits that change whenever the English text does."""
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:8]


def files(root, language):
    folder = Path(root) / FOLDER / language
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def read(root, language):
    """The Edition of one language, read strictly."""
    edition = Edition(language, {}, {}, [], [])
    for path in files(root, language):
        name = f"{FOLDER}/{language}/{path.name}"
        raw = strict_yaml.read(path, name)
        if not isinstance(raw, bytes):
            edition.problems.append(raw)
            continue
        value, lines, problems = strict_yaml.load(raw, name)
        edition.problems += problems
        if isinstance(value, dict):
            _add(edition, path.stem, value, lines, name)
    return edition


def _add(edition, stem, value, lines, name):
    if stem == INTERFACE:
        edition.interface.update(value)
        edition.interface_lines.update({key: lines.get((key,), 1) for key in value})
        return
    for record, texts in value.items():
        for place, entry in texts.items() if isinstance(texts, dict) else []:
            entry = entry if isinstance(entry, dict) else {}
            edition.texts.append(
                Translation(
                    stem,
                    str(record),
                    _path(place),
                    entry.get("of"),
                    entry.get(edition.language),
                    name,
                    lines.get((record, place), 1),
                )
            )


def _path(place):
    """'notes.2.note' -> ('notes', 2, 'note')."""
    return tuple(int(part) if part.isdigit() else part for part in str(place).split("."))


def known_file(stem):
    return stem == INTERFACE or stem in BY_NAME


def written_edition(file_name):
    """('method.md', 'uk') for docs/method.uk.md, the Ukrainian of a written page; ('method.md',
    'en') for the English page itself."""
    stem, dot, language = file_name.removesuffix(".md").rpartition(".")
    if dot and language in LANGUAGES:
        return f"{stem}.md", language
    return file_name, "en"


def page_fingerprint(english_bytes):
    """What a written page's translation names in `translates:`: the English file's fingerprint."""
    return hashlib.sha256(english_bytes).hexdigest()[:8]


def current_page(english_bytes, translation_bytes, name):
    """The translation's text where it translates the English page as it now is; None where it
    is missing, unreadable or stale (the edition then shows the English, saying so)."""
    if translation_bytes is None:
        return None
    page = written_page.read(name, translation_bytes)
    if isinstance(page, list) or page.meta.get("translates") != page_fingerprint(english_bytes):
        return None
    return translation_bytes.decode("utf-8-sig")
