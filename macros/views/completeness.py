"""Counts a careful reader asks for: how well sourced, quoted and attributed the claims are."""

from dataclasses import dataclass

from macros.common import urls
from macros.render import words
from macros.render.html_builder import link, table, tag
from macros.render.record_links import issue_link, round_link
from macros.render.source_markers import distinct_sources


@dataclass(frozen=True)
class Counts:
    claims: int = 0
    two_sources: int = 0
    quoted: int = 0
    named_speaker: int = 0
    described_speaker: int = 0
    open: int = 0
    explained: int = 0

    def __add__(self, other):
        return Counts(
            *(a + b for a, b in zip(vars(self).values(), vars(other).values(), strict=True))
        )


def has_quote(claim):
    return any("quote" in c for c in claim.data["sources"])


def claim_counts(claim):
    data = claim.data
    return Counts(
        1,
        int(len(distinct_sources(claim.data["sources"])) >= 2),
        int(has_quote(claim)),
        int("speaker" in data),
        int("speaker" not in data and "speaker_note" in data),
    )


def disagreement_counts(disagreement):
    status = disagreement.data["status"]
    return Counts(open=int(status == "open"), explained=int(status == "explained"))


def disagreement_rounds(model, disagreement):
    """The rounds a disagreement concerns: its own, else those of its claims."""
    if "round" in disagreement.data:
        return [disagreement.data["round"]]
    claims = [model["claims"][c] for c in disagreement.data["claims"]]
    return list(dict.fromkeys(c.data.get("round") for c in claims))  # None stands for background


def disagreement_issues(model, disagreement):
    """The issues a disagreement concerns: its own, else those of its claims."""
    if "issues" in disagreement.data:
        return disagreement.data["issues"]
    claims = [model["claims"][c] for c in disagreement.data["claims"]]
    return list(dict.fromkeys(i for c in claims for i in c.data.get("issues", []))) or [None]


def tally(model, claim_keys, disagreement_keys):
    """Counts per key; claim_keys(claim) and disagreement_keys(d) name the keys a record counts towards."""
    totals = {}
    for claim in model["claims"].values():
        for key in claim_keys(claim):
            totals[key] = totals.get(key, Counts()) + claim_counts(claim)
    for disagreement in model["disagreements"].values():
        for key in disagreement_keys(disagreement):
            totals[key] = totals.get(key, Counts()) + disagreement_counts(disagreement)
    return totals


def overall(model):
    total = Counts()
    for claim in model["claims"].values():
        total += claim_counts(claim)
    for disagreement in model["disagreements"].values():
        total += disagreement_counts(disagreement)
    return total


def by_round(model):
    return tally(model, lambda c: [c.data.get("round")], lambda d: disagreement_rounds(model, d))


def by_issue(model):
    return tally(
        model, lambda c: c.data.get("issues") or [None], lambda d: disagreement_issues(model, d)
    )


def _headers():
    return [
        "",
        words.t("Claims"),
        words.t("Two or more sources"),
        words.t("With a quote"),
        words.t("Named speaker"),
        words.t("Speaker described only"),
        words.t("Disagreements open"),
        words.t("Disagreements explained"),
    ]


def _share(part, whole):
    """'3 (60%)': the count with its share of the claims, so rows of any size compare."""
    return f"{part} ({round(100 * part / whole)}%)" if whole else str(part)


def _row(label_html, counts, **row_attrs):
    cells = [label_html, str(counts.claims)]
    cells += [
        _share(n, counts.claims)
        for n in (counts.two_sources, counts.quoted, counts.named_speaker, counts.described_speaker)
    ]
    cells += [str(counts.open), str(counts.explained)]
    return (cells, row_attrs)


def summary_table(view):
    return table(
        _headers(),
        [_row(words.t("All claims and disagreements"), overall(view.model), id="count-all")],
        caption=words.t("The whole data set"),
        stacked=True,
        class_="counts-table",
        tabindex="0",
    )  # it may scroll on a phone, and holds no link to reach it by keyboard


def round_table(view):
    totals = by_round(view.model)
    rows = [
        _row(round_link(view, r.id), totals.get(r.id, Counts()), id=f"count-{r.id}")
        for r in view.model.rounds()
    ]
    label = link(view.href(urls.BACKGROUND), words.t("No single round (background)"))
    rows.append(_row(label, totals.get(None, Counts()), id="count-background"))
    return table(
        _headers(),
        rows,
        caption=words.t("Claims and disagreements by round"),
        stacked=True,
        class_="counts-table",
    )


def issue_table(view):
    totals = by_issue(view.model)
    issues = sorted(view.model["issues"].values(), key=lambda i: i.data["name"].casefold())
    rows = [
        _row(issue_link(view, i.id), totals.get(i.id, Counts()), id=f"count-{i.id}") for i in issues
    ]
    if None in totals:
        rows.append(_row(words.t("No issue given"), totals[None], id="count-no-issue"))
    return table(
        _headers(),
        rows,
        caption=words.t("Claims and disagreements by issue"),
        stacked=True,
        class_="counts-table",
    )


def record_counts(view):
    """How many records of each kind there are, as a definition list."""
    items = (
        tag("div", tag("dt", _collection_words().get(name, name)), tag("dd", len(records)))
        for name, records in view.model.dataset.records.items()
    )
    return tag("dl", *items, class_="record-counts")


def _collection_words():
    """What each collection holds, in the edition's words (the collection's own name in English)."""
    return {
        "sources": words.t("sources"),
        "rounds": words.t("rounds"),
        "actors": words.t("actors"),
        "issues": words.t("issues"),
        "claims": words.t("claims"),
        "commitments": words.t("commitments"),
        "events": words.t("events"),
        "disagreements": words.t("disagreements"),
        "glossary": words.t("glossary"),
        "corrections": words.t("corrections"),
        "redirects": words.t("redirects"),
    }
