"""A page per wording a record has had (read/wordings.py): a claim's at claims/<id>/v/<version>/,
a round's, actor's or issue's summary at rounds/<id>/v/<version>/ and so on. The address a
citation names, which keeps showing what the citer saw after the record changes. Plain HTML,
no theme: static, small, and the same for as long as the site is built."""

from macros.common import urls
from macros.read.wordings import WORDED
from macros.render.dates import human_date_text
from macros.render.document_templates import render


def pages(model, site_url, site_name):
    """{address: HTML} for every wording of every claim (withdrawn ones too) and page record."""
    records = [*model["claims"].values(), *model.withdrawn.values()]
    records += [r for collection in urls.PAGE for r in model[collection].values()]
    out = {}
    for record in records:
        for wording in model.wordings_of(record):
            here = urls.version_url(record, wording.version)
            out[here] = _page(record, wording, here, site_url, site_name)
    return out


def _page(record, wording, here, site_url, site_name):
    claim = record.collection == "claims"
    what = f"claim {record.id}" if claim else f"summary of “{record.data['name']}”"
    return render(
        "version.html",
        title=f"{what[0].upper()}{what[1:]}, version {wording.version}",
        here=site_url + here,
        site_name=site_name,
        what=what,
        version=wording.version,
        day=human_date_text(wording.day),
        text=wording.text,
        status=_status(record, wording),
        current=urls.relative(here, urls.own_page_url(record)),
        current_name="The claim's page" if claim else "Its page",
    )


def _status(record, wording):
    if "withdrawn" in record.data:
        return f"The claim was withdrawn on {human_date_text(record.data['withdrawn']['date'])}."
    if wording.text == record.data[WORDED[record.collection]]:
        return "This is its present wording."
    return "It has been reworded since."
