"""The autoescaping Jinja environment for the document-shaped HTML the build writes
itself: the head meta, the 'Cite this page' block and the redirect pages.

Every value is escaped as html_builder.escape does (braces too), unless it is
Markup already; JSON-LD goes through the `json_ld` filter, which keeps it JSON
inside its <script> element. An undefined name fails the build."""

import json
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from macros.render import words
from macros.render.html_builder import escape


def json_ld(value):
    """JSON for a <script> element: with every '<' escaped, data can neither close
    the element ('</script') nor open a comment ('<!--'), nor read as a tag."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


@cache
def _environment():
    env = Environment(
        loader=FileSystemLoader(Path(__file__).with_name("templates")),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=escape,
        keep_trailing_newline=True,
    )
    env.filters["json_ld"] = lambda value: Markup(json_ld(value))
    env.globals["t"] = words.t  # the edition's words: {{ t("Cite this page") }}
    env.globals["lang"] = words.language  # <html lang="{{ lang() }}">
    return env


def render(name, **values):
    """The template filled in: safe HTML, marked as such so the HTML builder keeps it as markup."""
    return Markup(_environment().get_template(name).render(**values))
