"""One claim, citable on its own: 'Cite this claim' (text and BibTeX), a static
embed snippet for other publications, and 'Report a mistake' by e-mail beside
the pull-request route.

Each names the claim's own page (urls.claim_page_url), so that a citation, an
embed or a report leads to the claim itself. They need the site's address and
version (Model.site); a model built outside a site build has no address, and then
they return '' (as 'Correct this' does without a repository).
"""

import json
from urllib.parse import quote

from macros.common import headings, urls
from macros.render import cite, wording_history, words
from macros.render.dates import human_date_text
from macros.render.html_builder import escape, link, tag
from macros.render.record_links import correct_link, speaker_name
from macros.render.source_markers import source_names

REPORT_FIELDS = (  # in English: each is written through words.t, which the catalogue translates
    "What is wrong:",
    "What is right:",
    "Source (a link, or the article and paragraph):",
)


def _citing(view):
    """The site's settings (common.site.Site), or None outside a site build."""
    site = view.model.site
    return site if site.url else None


def claim_address(citing, claim):
    """The absolute address of the claim's own page."""
    return citing.url + urls.claim_page_url(claim.id)


def attribution(view, claim):
    """Whose claim it is, in plain text: 'Vladimir Medinsky, as reported by Izvestia'."""
    reporters = ", ".join(source_names(view, claim.data["sources"]))
    who = speaker_name(view, claim)
    if who:
        return words.t("{who}, as reported by {sources}", who=who, sources=reporters)
    return words.t("{sources}, in its own words", sources=reporters)


# --- cite -------------------------------------------------------------------


def cite_text(citing, claim, who, address=None):
    """No 'Accessed' date: the day the citer read it is theirs to add, not the build's. The
    address is that of the wording cited (its version page) where the history holds one."""
    return words.t(
        "{site_name}. “{text}” {who}. Claim {claim_id}, data version {version} ({date}). {address}.",
        site_name=citing.name,
        text=claim.data["text"],
        who=who,
        claim_id=claim.id,
        version=citing.version,
        date=human_date_text(citing.built),
        address=address or claim_address(citing, claim),
    )


def _note(claim, who):
    """The note of a claim's reference: which claim, whose, and the licence."""
    return (
        words.t("Claim {claim_id}: {who}.", claim_id=claim.id, who=who)
        + " "
        + words.t("Content licensed CC BY 4.0")
    )


def cite_csl(citing, claim, who, address=None):
    """The reference as CSL-JSON, which Zotero, Mendeley and pandoc read."""
    year, month, day = (int(part) for part in citing.built.split("-"))
    return json.dumps(
        [
            {
                "id": f"istanbul-talks-claim-{claim.id}",
                "type": "webpage",
                "title": claim.data["text"],
                "author": [{"literal": citing.name}],
                "container-title": citing.name,
                "URL": address or claim_address(citing, claim),
                "version": citing.version,
                "issued": {"date-parts": [[year, month, day]]},
                "note": _note(claim, who),
            }
        ],
        ensure_ascii=False,
        indent=1,
    )


def cite_bibtex(citing, claim, who, address=None):
    return cite.misc(
        f"istanbul-talks-claim-{claim.id}",
        claim.data["text"],
        address or claim_address(citing, claim),
        citing.name,
        citing.version,
        year=citing.built[:4],
        date=citing.built,
        note=cite.bibtex_escape(_note(claim, who)),
    )


def version_address(view, citing, claim):
    """The absolute address of the page that keeps the claim's present wording, or None."""
    wording = wording_history.present(view, claim)
    return citing.url + urls.version_url(claim, wording.version) if wording else None


def cite_block(view, claim):
    """'Cite this claim', collapsed: the reference as text and as BibTeX (safe HTML; '' outside a site build)."""
    citing = _citing(view)
    if citing is None:
        return ""
    cited = (citing, claim, attribution(view, claim), version_address(view, citing, claim))
    body = (
        tag("p", escape(cite_text(*cited)), class_="cite-text")
        + tag("pre", tag("code", escape(cite_bibtex(*cited))), class_="cite-bibtex")
        + tag("p", words.t("CSL-JSON, for reference managers:"), class_="cite-format")
        + tag("pre", tag("code", escape(cite_csl(*cited))), class_="cite-csl")
    )
    return tag(
        "details",
        tag("summary", words.t("Cite this claim")) + body,
        class_="cite cite--claim",
        id=headings.CITE,  # where every page's 'Cite this page' is: one reference a page
        data_search_exclude=True,
    )


# --- embed ------------------------------------------------------------------


def embed_html(view, citing, claim):
    """A static blockquote for other publications: the claim, whose it is, a link. No script, no frame."""
    address = escape(claim_address(citing, claim))
    recorded = words.t(
        ", claim {claim_id}, version {version}.", claim_id=claim.id, version=citing.version
    )
    credit = (
        f"— {escape(attribution(view, claim))}. {escape(words.t('Recorded by'))} "
        f'<a href="{address}">{escape(citing.name)}</a>{escape(recorded)}'
    )
    return (
        f'<blockquote class="istanbul-talks-claim" cite="{address}">\n'
        f"  <p>{escape(claim.data['text'])}</p>\n  <footer>{credit}</footer>\n</blockquote>"
    )


def embed_block(view, claim):
    """The embed snippet, shown as code to copy (safe HTML; '' outside a site build)."""
    citing = _citing(view)
    if citing is None:
        return ""
    intro = tag(
        "p",
        words.t(
            "Quote this claim in your own page: copy this HTML. It shows the claim, "
            "whose it is and a link back here, and runs no script."
        ),
    )
    code = tag(
        "pre", tag("code", escape(embed_html(view, citing, claim))), class_="claim-embed-code"
    )
    return tag(
        "details",
        tag("summary", words.t("Embed this claim")) + intro + code,
        class_="claim-embed",
        data_search_exclude=True,
    )


# --- report -----------------------------------------------------------------


def report_mailto(citing, claim):
    """A mailto: address with the subject and a body to fill in, naming the claim and its page."""
    lines = [
        words.t("Claim: {claim_id}", claim_id=claim.id),
        words.t("Page: {address}", address=claim_address(citing, claim)),
        words.t("Text: {text}", text=claim.data["text"]),
        "",
    ]
    for field in REPORT_FIELDS:
        lines += [words.t(field), "", ""]
    body = "\r\n".join(lines)  # mailto: bodies break lines with CRLF (RFC 6068)
    subject = words.t("Mistake in claim {claim_id}", claim_id=claim.id)
    return f"mailto:{citing.report_email}?subject={quote(subject)}&body={quote(body)}"


def report_links(view, claim):
    """'Report a mistake' by e-mail (no account needed), beside 'Correct this' (a pull request on GitHub)."""
    citing = _citing(view)
    routes = []
    if citing and citing.report_email:
        routes.append(
            link(
                report_mailto(citing, claim),
                words.t("by e-mail"),
                class_="claim-report-mail",
                title=words.t(
                    "Write to {address} about claim {claim_id}; no account needed",
                    address=citing.report_email,
                    claim_id=claim.id,
                ),
            )
        )
    pull_request = correct_link(view, claim)
    if pull_request:
        routes.append(pull_request + escape(words.t(" (a pull request on GitHub)")))
    if not routes:
        return ""
    return tag(
        "p",
        escape(words.t("Report a mistake: ")) + escape(" · ").join(routes),
        class_="claim-report",
        data_search_exclude=True,
    )
