"""'Cite this page': a plain-text reference and a BibTeX entry naming the
version (the commit the site was built from) and the page's last-updated date,
so that a citation points at what the reader actually saw."""

import re

from macros.render.document_templates import render

_BIBTEX_SPECIAL = re.compile(r"[\\{}&%$#_~^]")
_BIBTEX_REPLACE = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def text(title, url, site_name, version, date):
    updated = f", last updated {date}" if date else ""
    return f"{site_name}. “{title}”. Version {version}{updated}. {url}"


def bibtex(title, url, site_name, version, date):
    key = "istanbul-talks-" + (
        re.sub(r"[^a-z0-9]+", "-", url.lower().split("://", 1)[-1].split("/", 1)[-1]).strip("-")
        or "home"
    )
    return misc(
        key,
        title,
        url,
        site_name,
        version,
        year=date[:4] if date else "",
        date=date or "",
        note="Content licensed CC BY 4.0",
    )


def misc(key, title, url, site_name, version, **more):
    """A BibTeX @misc entry for something on the site; `more` fields with no value are left out."""
    fields = {
        "title": bibtex_escape(title),
        "author": "{" + bibtex_escape(site_name) + "}",
        "howpublished": "\\url{" + url + "}",
        "version": bibtex_escape(version),
        **more,
    }
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items() if value)
    return f"@misc{{{key},\n{body}\n}}"


def bibtex_escape(value):
    """Characters that mean something to TeX, made literal."""
    return _BIBTEX_SPECIAL.sub(
        lambda m: _BIBTEX_REPLACE.get(m.group(), "\\" + m.group()), str(value)
    )


def block(title, url, site_name, version, date):
    """The collapsible block shown under every page (safe HTML)."""
    args = (title, url, site_name, version, date)
    return render("cite.html", text=text(*args), bibtex=bibtex(*args))
