"""The translations' problems (refused, as any data problem), their stale texts and their
orphans (listed, not refused: a correction to the English data never waits on a translator;
the page shows the English until the translation is updated, and an orphan is never shown)."""

import re

from macros.common.letters import letters_problem
from macros.common.problems import Problem
from macros.common.text import value_problem
from macros.read.translations import (
    PLACEHOLDER,
    TRANSLATED_KEYS,
    current_page,
    fingerprint,
    known_file,
    page_fingerprint,
    written_edition,
)

FORMS = 3  # Ukrainian and Russian: one, few, many (1 заява, 2 заяви, 5 заяв)
_FINGERPRINT = re.compile(r"[0-9a-f]{8}")


def problems(dataset, edition):
    """Every problem of one language's translations."""
    found = list(edition.problems)
    found += [p for english in edition.interface for p in _interface_problems(edition, english)]
    found += [p for t in edition.texts if (p := _text_problem(dataset, edition.language, t))]
    return found


def current(dataset, edition):
    """{(collection, record ID, path): text} of the translations of the English as it is now."""
    found = {}
    for t in edition.texts:
        english = english_of(dataset, t)
        if isinstance(english, str) and t.of == fingerprint(english):
            found[(t.collection, t.record, t.path)] = t.text
    return found


def stale(dataset, edition):
    """The translations whose English has changed since (their `of` no longer matches)."""
    return [
        t
        for t in edition.texts
        if isinstance(english_of(dataset, t), str) and t.of != fingerprint(english_of(dataset, t))
    ]


def orphans(dataset, edition):
    """The translations whose record, or whose place in it, the English data no longer has
    (a record removed or renamed, a note taken out)."""
    return [t for t in edition.texts if known_file(t.collection) and _orphan(dataset, t)]


def _orphan(dataset, t):
    return _translatable(t.path) and not isinstance(english_of(dataset, t), str)


def english_of(dataset, translation):
    """The English text a translation stands for, or None where its place holds none."""
    records = dataset.records.get(translation.collection, {})
    value = records[translation.record].data if translation.record in records else None
    for step in translation.path:
        if isinstance(step, int) and isinstance(value, list) and step < len(value):
            value = value[step]
        elif isinstance(step, str) and isinstance(value, dict):
            value = value.get(step)
        else:
            return None
    return value


def _translatable(path):
    last = [step for step in path if isinstance(step, str)]
    return bool(last) and last[-1] in TRANSLATED_KEYS


def _text_problem(dataset, language, t):
    where = (t.file, t.line, f"{t.record}.{'.'.join(map(str, t.path))}")
    if not known_file(t.collection):
        return Problem(
            t.file,
            1,
            "(file)",
            "no collection has this name",
            "expected a file named as a data collection, e.g. claims.yaml",
        )
    if _orphan(dataset, t):
        return None  # listed by orphans()
    english = english_of(dataset, t)
    if not isinstance(english, str) or not _translatable(t.path):
        return Problem(
            *where,
            "the record has no text of ours to translate there",
            "expected a place such as summary, text or notes.0.note",
        )
    if not (isinstance(t.of, str) and _FINGERPRINT.fullmatch(t.of)):
        return Problem(
            *where,
            "'of' is not the English text's fingerprint, in quotes",
            f'expected of: "{fingerprint(english)}" (the quotes keep 12345678 from reading as a number)',
        )
    if not (isinstance(t.text, str) and t.text.strip()):
        return Problem(
            *where,
            f"no translation under '{language}'",
            f"expected {language}: the text in {language}",
        )
    wrong = value_problem(t.text) or _letters(t.text)
    return Problem(*where, *wrong) if wrong else None


def _letters(text):
    found = letters_problem(text)
    return (found, "expected Cyrillic or Latin letters, one script a word") if found else None


def _interface_problems(edition, english):
    line, translated = edition.interface_lines.get(english, 1), edition.interface[english]
    name = f"data/translations/{edition.language}/interface.yaml"
    forms = translated if isinstance(translated, list) else [translated]
    if not isinstance(english, str) or not all(isinstance(f, str) and f.strip() for f in forms):
        return [
            Problem(
                name,
                line,
                str(english),
                "the translation is not text",
                "expected English: its translation",
            )
        ]
    if isinstance(translated, list) and len(forms) != FORMS:
        return [
            Problem(name, line, english, f"{len(forms)} forms", "expected three: one, few, many")
        ]
    allowed = set(PLACEHOLDER.findall(english))
    found = []
    for form in forms:
        extra = set(PLACEHOLDER.findall(form)) - allowed
        wrong = value_problem(form) or _letters(PLACEHOLDER.sub("", form))
        if extra:
            wrong = (
                f"{{{sorted(extra)[0]}}} is not in the English",
                f"expected only {sorted(allowed) or 'no placeholders'}",
            )
        if "{" in PLACEHOLDER.sub("", form) or "}" in PLACEHOLDER.sub("", form):
            wrong = (
                "a brace outside a placeholder",
                "expected braces only around a placeholder of the English",
            )
        if wrong:
            found.append(Problem(name, line, english, *wrong))
    return found


def stale_pages(docs_dir):
    """(translation's name, the English page's fingerprint now) for each written page's
    translation that no longer translates its page as it is."""
    found = []
    for path in sorted(docs_dir.glob("*.md")):
        english, language = written_edition(path.name)
        source = docs_dir / english
        if language != "en" and source.is_file():
            now = page_fingerprint(source.read_bytes())
            if current_page(source.read_bytes(), path.read_bytes(), path.name) is None:
                found.append((f"docs/{path.name}", now))
    return found
