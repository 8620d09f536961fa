"""Small HTML builders. Every text from data passes through escape(); nothing
from data is ever joined into markup, Markdown or Jinja unescaped.

The output is raw HTML blocks with no blank lines, which Python-Markdown leaves
alone: data text is never read as Markdown either.
"""
from html import escape as _escape


def escape(value):
    """Escape text for HTML and neutralise Jinja and Markdown triggers."""
    text = _escape(str(value), quote=True)
    # Braces are escaped too, so that '{{ }}' or '{% %}' in data can never
    # become a Jinja expression, whatever later renders the page.
    return text.replace("{", "&#123;").replace("}", "&#125;")


def attrs(**values):
    """Attributes from keyword arguments; class_ -> class, data_x -> data-x."""
    parts = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{escape(value)}"')
    return (" " + " ".join(parts)) if parts else ""


def tag(name, content="", **attributes):
    """An element whose content is already-safe HTML (build it with escape or tag)."""
    return f"<{name}{attrs(**attributes)}>{content}</{name}>"


def link(href, text, **attributes):
    return tag("a", escape(text), href=href, **attributes)


def table(headers, rows, caption=None, **attributes):
    """headers: plain texts; rows: lists of already-safe HTML cells, or (cells, row attributes)."""
    head = "".join(tag("th", escape(h), scope="col") for h in headers)
    body = []
    for row in rows:
        cells, row_attrs = row if isinstance(row, tuple) else (row, {})
        body.append(tag("tr", "".join(tag("td", c) for c in cells), **row_attrs))
    parts = [tag("caption", escape(caption)) if caption else "", tag("thead", tag("tr", head)), tag("tbody", "".join(body))]
    return tag("table", "".join(parts), **attributes)
