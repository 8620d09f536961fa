"""A page per wording a claim has had (read/wordings.py), at claims/<id>/v/<version>/: the
address a citation names, which keeps showing what the citer saw after the claim changes.
Plain HTML, no theme: static, small, and the same for as long as the site is built."""

from macros.common import urls
from macros.render.dates import human_date_text
from macros.render.document_templates import render


def pages(model, site_url, site_name):
    """{address: HTML} for every wording of every claim, withdrawn ones too."""
    out = {}
    for claim in [*model["claims"].values(), *model.withdrawn.values()]:
        for wording in model.wordings_of(claim):
            here = urls.claim_version_url(claim.id, wording.version)
            out[here] = render(
                "version.html",
                title=f"Claim {claim.id}, version {wording.version}",
                here=site_url + here,
                site_name=site_name,
                claim_id=claim.id,
                version=wording.version,
                day=human_date_text(wording.day),
                text=wording.text,
                status=_status(claim, wording),
                current=urls.relative(here, urls.claim_page_url(claim.id)),
            )
    return out


def _status(claim, wording):
    if "withdrawn" in claim.data:
        return f"The claim was withdrawn on {human_date_text(claim.data['withdrawn']['date'])}."
    if wording.text == claim.data["text"]:
        return "This is its present wording."
    return "It has been reworded since."
