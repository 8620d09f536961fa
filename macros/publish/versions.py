"""A page per wording a record has had (read/wordings.py): a claim's at claims/<id>/v/<version>/,
a round's, actor's or issue's summary at rounds/<id>/v/<version>/ and so on. The address a
citation names, which keeps showing what the citer saw after the record changes. Plain HTML,
no theme: static, small, and the same for as long as the site is built."""

from macros.common import urls
from macros.render import words
from macros.render.dates import human_date_text
from macros.render.document_templates import render


def pages(model, site_url, site_name):
    """{address: HTML} for every wording of every claim (withdrawn ones too) and page record."""
    records = [*model["claims"].values(), *model.withdrawn.values()]
    records += [r for collection in urls.PAGE for r in model[collection].values()]
    out = {}
    for record in records:
        found = model.wordings_of(record)
        for wording in found:
            here = urls.version_url(record, wording.version)
            out[here] = _page(record, wording, wording is found[-1], here, site_url, site_name)
    return out


def _page(record, wording, present, here, site_url, site_name):
    claim = record.collection == "claims"
    if claim:
        what = words.t("claim {id}", id=record.id)
        title = words.t("Claim {id}, version {version}", id=record.id, version=wording.version)
    else:
        name = record.data["name"]
        what = words.t("summary of “{name}”", name=name)
        title = words.t(
            "Summary of “{name}”, version {version}", name=name, version=wording.version
        )
    return render(
        "version.html",
        title=title,
        here=site_url + here,
        site_name=site_name,
        what=what,
        version=wording.version,
        day=human_date_text(wording.day),
        text=wording.text,
        status=_status(record, present),
        current=urls.relative(here, urls.own_page_url(record)),
        current_name=words.t("The claim's page") if claim else words.t("Its page"),
    )


def _status(record, present):
    """Whether the wording still stands. wordings_of() puts the present one last: compared
    with the English, so that an edition whose record is translated finds it too."""
    if "withdrawn" in record.data:
        return words.t(
            "The claim was withdrawn on {date}.",
            date=human_date_text(record.data["withdrawn"]["date"]),
        )
    if present:
        return words.t("This is its present wording.")
    return words.t("It has been reworded since.")
