"""5b. Views: the tables that macros place in hand-written pages (timeline, figures, commitments...)."""

import re

from macros.render.html_builder import join

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def phrase(template, **parts):
    """A whole phrase of the edition's words around markup: template is words.t("... {source} ...")
    with its placeholders left unfilled, so that a translator sees the whole phrase; each placeholder
    becomes its part (Html kept as it is, a str escaped), and the words around it are escaped."""
    pieces = _PLACEHOLDER.split(template)
    return join(parts.get(p, f"{{{p}}}") if i % 2 else p for i, p in enumerate(pieces))
