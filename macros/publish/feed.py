"""An Atom feed of changes to the facts: every logged correction, and every
commit that changed data/ or seeds/. Built with ElementTree, which escapes all
text; nothing from data or commit messages is joined into XML by hand."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from macros.common import urls
from macros.read.collection_specs import DATA_FOLDERS
from macros.read.history import files_under
from macros.render import words
from macros.views import corrections

ATOM = "http://www.w3.org/2005/Atom"
FEED = "feed.xml"
MAX_COMMITS = 50


def entries(model, history, site_url, repo_url):
    """(updated, id, title, link, summary) for each change, newest first."""
    tag = f"tag:{urlsplit(site_url).hostname},2025:"  # Atom IDs must never change (RFC 4151)
    found = [_correction(model, record, site_url, tag) for record in model["corrections"].values()]
    for commit in history.touching(DATA_FOLDERS)[:MAX_COMMITS]:
        files = files_under(commit.files, DATA_FOLDERS)
        found.append(
            (
                commit.time,
                f"{tag}commit/{commit.sha}",
                commit.subject,
                f"{repo_url.rstrip('/')}/commit/{commit.sha}",
                _changed(files),
            )
        )
    return sorted(found, key=lambda entry: entry[0], reverse=True)


def _changed(files):
    """'Changed data/rounds/round-3.yaml and 2 more files.': the first five files a commit changed."""
    shown = ", ".join(files[:5])
    if len(files) <= 5:
        return words.t("Changed {files}.", files=shown)
    # the English says 'files' after any number (one form, as the feed has always said it)
    return words.n(
        len(files) - 5,
        "Changed {files} and {n} more files.",
        "Changed {files} and {n} more files.",
        files=shown,
    )


def _correction(model, record, site_url, tag):
    data = record.data
    target = corrections.corrected(model, data["record"])
    url = urls.record_url(target) if target else None
    title = words.t(
        "Correction: {record}",
        record=corrections.title(model, target) if target else data["record"],
    )
    return (
        f"{data['date']}T00:00:00+00:00",
        f"{tag}correction/{record.id}",
        title,
        site_url + (url or f"{urls.ANCHORED['corrections']}#{record.id}"),
        words.t("{what} Why: {why}", what=data["what"], why=data["why"]),
    )


def atom(model, history, site_url, site_name, repo_url):
    """The feed as bytes (UTF-8 XML)."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    items = entries(model, history, site_url, repo_url)
    _text(root, "title", words.t("{site_name}: changes and corrections", site_name=site_name))
    _text(root, "id", site_url + FEED)
    _text(root, "updated", items[0][0] if items else "1970-01-01T00:00:00+00:00")
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=site_url + FEED)
    ET.SubElement(root, f"{{{ATOM}}}link", rel="alternate", href=site_url)
    _text(ET.SubElement(root, f"{{{ATOM}}}author"), "name", site_name)
    for updated, id_, title, link, summary in items:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "title", title)
        _text(entry, "id", id_)
        _text(entry, "updated", updated)
        ET.SubElement(entry, f"{{{ATOM}}}link", href=link)
        _text(entry, "summary", summary)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _text(parent, name, value):
    ET.SubElement(parent, f"{{{ATOM}}}{name}").text = value
