"""'Cite this page': a plain-text reference and a BibTeX entry naming the
version (the commit the site was built from), the page's last-updated date and,
where the repository is known, its files at that version, so that a citation
points at what the reader actually saw."""

import re

from macros.render import words
from macros.render.document_templates import render

_BIBTEX_SPECIAL = re.compile(r"[\\{}&%$#_~^]")
_BIBTEX_REPLACE = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def text(title, url, site_name, version, date, kept=""):
    named = {"site_name": site_name, "title": title, "version": version, "url": url}
    if date:
        said = words.t(
            "{site_name}. “{title}”. Version {version}, last updated {date}. {url}",
            date=date,
            **named,
        )
    else:
        said = words.t("{site_name}. “{title}”. Version {version}. {url}", **named)
    at = " " + words.t("Its sources at this version: {address}", address=kept) if kept else ""
    return said + at


def bibtex(title, url, site_name, version, date, kept=""):
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
        note=(
            words.t("Sources at this version: {address}.", address=f"\\url{{{kept}}}") + " "
            if kept
            else ""
        )
        + words.t("Content licensed CC BY 4.0"),
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


def block(title, url, site_name, version, date, kept=""):
    """The collapsible block shown under every page (safe HTML)."""
    args = (title, url, site_name, version, date, kept)
    return render("cite.html", text=text(*args), bibtex=bibtex(*args))
