"""5b. Views: the tables that macros place in hand-written pages (timeline, figures, commitments...)."""

from macros.read.translations import PLACEHOLDER
from macros.render.html_builder import join


def phrase(template, **parts):
    """A whole phrase of the edition's words around markup: template is words.t("... {source} ...")
    with its placeholders left unfilled, so that a translator sees the whole phrase; each placeholder
    becomes its part (Html kept as it is, a str escaped), and the words around it are escaped."""
    pieces = PLACEHOLDER.split(template)
    return join(parts.get(p, f"{{{p}}}") if i % 2 else p for i, p in enumerate(pieces))
