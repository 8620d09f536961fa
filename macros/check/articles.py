"""The source articles, read where they are present: they sit beside the project
(../shared/seeds/, or $ISTANBUL_ARTICLES), never inside it."""

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_NAME = re.compile(r"[0-9]{3}_[0-9a-f]{16}\.txt")  # as in source.schema.json: no path, no ..


def articles_dir(root):
    return Path(
        os.environ.get("ISTANBUL_ARTICLES", Path(root).resolve().parent / "shared" / "seeds")
    )


@dataclass(frozen=True)
class Articles:
    folder: Path
    present: bool  # False where none is there (on GitHub): quotes are then checked against the lock
    texts: dict = field(default_factory=dict)  # source ID -> normalised article text
    digests: dict = field(default_factory=dict)  # source ID -> sha256 of the article file


def read(dataset):
    """The article of every source record whose file is there."""
    folder = articles_dir(dataset.root)
    if not folder.is_dir():
        return Articles(folder, False)
    texts, digests = {}, {}
    for source in dataset["sources"].values():
        path = article_path(folder, source.data.get("file"))
        if path and path.is_file():
            raw = path.read_bytes()
            digests[source.id] = hashlib.sha256(raw).hexdigest()
            texts[source.id] = normalise(raw.decode("utf-8", errors="replace"))
    return Articles(folder, bool(digests), texts, digests)  # an empty folder is no articles


def article_path(folder, name):
    """The article's path, or None for a malformed name (the schema reports it; it is never used as a path)."""
    return folder / name if isinstance(name, str) and ARTICLE_NAME.fullmatch(name) else None


def normalise(text):
    """Quotes are compared ignoring typographic quote marks and line breaks."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())
