"""The HTML builder: escaping by type.

Every value is escaped unless it is already markup (`markupsafe.Markup`, which
every builder here returns), so a forgotten escape() cannot leak data text into
the page. Join and combine with Markup's own operations (`Html("").join(...)`,
`a + b`, `Html("{} {}").format(a, b)`), which escape plain str too; never with
f-strings or str.join, which drop the type.

The output is raw HTML blocks with no blank lines, which Python-Markdown leaves
alone: data text is never read as Markdown either.
"""

from html import escape as _html_escape

from markupsafe import Markup

VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "wbr"})


class Html(Markup):
    """Markup whose escaping also neutralises Jinja's braces, for every operation that escapes."""

    @classmethod
    def escape(cls, s):
        if hasattr(s, "__html__"):
            return cls(s.__html__())
        # Braces are escaped too, so that '{{ }}' or '{% %}' in data can never
        # become a Jinja expression, whatever later renders the page.
        text = _html_escape(str(s), quote=True)
        return cls(text.replace("{", "&#123;").replace("}", "&#125;"))


escape = Html.escape
EMPTY = Html("")


def join(parts, sep=""):
    """Non-empty parts joined by sep, each escaped unless it is markup."""
    return Html(sep).join(p for p in parts if p is not None and p != "")


def attrs(**values):
    """Attributes from keyword arguments; class_ -> class, data_x -> data-x; None and False left out."""
    parts = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        # Always escaped, markup too: an attribute holds text, never tags.
        parts.append(
            Html(name) if value is True else Html('{}="{}"').format(Html(name), str(value))
        )
    return Html(" ") + join(parts, " ") if parts else EMPTY


def tag(name, *children, **attributes):
    """An element; plain str children are escaped, markup children kept as they are."""
    opening = Html("<{}{}>").format(Html(name), attrs(**attributes))
    if name in VOID:
        return opening
    return opening + join(children) + Html("</{}>").format(Html(name))


def link(href, text, **attributes):
    return tag("a", text, href=href, **attributes)


def table(headers, rows, caption=None, stacked=False, class_=None, **attributes):
    """headers: plain texts; rows: lists of cells (str is escaped), or (cells, row attributes).

    A stacked table becomes one card per row on a phone: each cell carries its column's header
    as data-label, which the stylesheet shows before it, so the labels are always the headers."""
    head = join(tag("th", h, scope="col") for h in headers)
    body = []
    for row in rows:
        cells, row_attrs = row if isinstance(row, tuple) else (row, {})
        body.append(
            tag(
                "tr",
                *(
                    tag("td", c, data_label=h if stacked else None)
                    for h, c in zip(headers, cells, strict=True)
                ),
                **row_attrs,
            )
        )
    classes = join([class_, "stacked" if stacked else None], " ") or None
    return tag(
        "table",
        tag("caption", caption) if caption else EMPTY,
        tag("thead", tag("tr", head)),
        tag("tbody", *body),
        class_=classes,
        **attributes,
    )
