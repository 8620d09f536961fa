"""Pieces every page shows the same way: claim cards, source badges, record links,
figures, dates and glossary tooltips.

Each takes a View, which knows the page being written (so links are relative
and work at any depth) and its plan: which section of the page shows each claim
in full, decided before anything renders (an ID appears once per page; other
mentions of the claim link to it).
Everything returns Html (markup) on one line, for raw HTML blocks.
"""
import functools
import re
from dataclasses import dataclass, field

from macros.model import urls
from macros.render.html_builder import EMPTY, Html, escape, join, link, tag

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
QUALIFIERS = {"exact": "", "about": "about ", "more-than": "more than ", "at-least": "at least ",
              "under": "under ", "up-to": "up to ", "range": ""}
OUTCOMES = {"agreement": "agreed", "proposal": "proposed", "rejection": "rejected", "non-outcome": "not reached"}
KIND_WORDS = {"statement": "statement", "position": "position", "proposal": "proposal",
              "agreement": "agreement", "rejection": "rejection", "non-outcome": "not reached",
              "figure": "figure", "announcement": "announcement", "threat": "threat",
              "assessment": "assessment", "forecast": "forecast"}


@dataclass
class View:
    model: object
    url: str  # the page's own URL, e.g. "rounds/round-3/"
    homes: dict = field(default_factory=dict)  # claim ID -> the section of this page that shows it in full

    def href(self, to_url):
        """A link from this page; to this page's own anchors it is just '#id'."""
        if to_url.startswith(self.url + "#"):
            return to_url[len(self.url):]
        return urls.relative(self.url, to_url)

    def place(self, section, claims):
        """The plan, made before rendering: a claim's home is the first section placed that lists it."""
        for claim in claims:
            self.homes.setdefault(claim.id, section)
        return claims

    def anchor(self, claim, section):
        """The id attribute for the claim in this section: its ID in its home (or wherever it shows,
        if no plan places it), else None."""
        return claim.id if self.homes.get(claim.id, section) == section else None


# --- text -------------------------------------------------------------------

def human_date(iso, approximate=False, precision="day"):
    """'2025-07-23' -> <time> showing '23 July 2025' (prefixed 'about' when approximate);
    with precision 'month', only 'July 2025', which is all the source gives."""
    if precision == "month":
        return tag("time", month_text(iso), datetime=iso[:7])
    shown = ("about " if approximate else "") + human_date_text(iso)
    return tag("time", shown, datetime=iso)


def event_date(data):
    return human_date(data["date"], data.get("approximate", False), data.get("precision", "day"))


def rich(view, text):
    """Data text, escaped, with glossary abbreviations wrapped in <abbr title=...>."""
    safe = escape(text)
    pattern = _glossary_pattern(view.model.glossary_terms)
    if pattern is None:
        return safe
    # The match is a piece of the escaped text, so it is markup already.
    return Html(pattern.sub(lambda m: tag("abbr", Html(m.group(0)), title=view.model.glossary[m.group(0)]), safe))


@functools.lru_cache(maxsize=8)
def _glossary_pattern(terms):
    """Whole-word matches of any term (a plural 's' may follow), never inside an entity such as &amp;."""
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w&#.])(?:{alternatives})(?=s?(?!\w))")


def number(value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}"


def figure(fig):
    """{'value': 7000, 'qualifier': 'more-than', 'unit': 'bodies'} -> 'more than 7,000 bodies'."""
    amount = number(fig["value"])
    if "upper" in fig:
        amount += "–" + number(fig["upper"])
    shown = tag("span", QUALIFIERS[fig["qualifier"]] + amount, class_="figure-value")
    return tag("span", shown, " ", fig["unit"], class_="figure")


# --- links to records ------------------------------------------------------

def record_link(view, collection, id_, text=None):
    """A link to a record's page (or page#id); plain text where the record is unknown."""
    record = view.model[collection].get(id_)
    text = text if text is not None else view.model.name(collection, id_)
    if record is None:
        return escape(text)
    return link(view.href(urls.record_url(record)), text)


def actor_link(view, id_):
    return record_link(view, "actors", id_)


def round_link(view, id_):
    return record_link(view, "rounds", id_)


def issue_link(view, id_):
    return record_link(view, "issues", id_)


def links(view, collection, ids, sep=", "):
    return join((record_link(view, collection, i) for i in ids), sep)


# --- sources ---------------------------------------------------------------

def source_badge(view, citation):
    """A link to one source showing what kind of source it is; its locator where given."""
    source_id = citation["source"] if isinstance(citation, dict) else citation
    source = view.model["sources"][source_id].data
    shown = source["label"] if source["outlet"] == "unknown" else f"{source['outlet']} — {source['label']}"
    parts = [tag("span", source["kind"], class_="source-kind"),
             link(view.href(f"{urls.ANCHORED['sources']}#{source_id}"), shown, title=source["title"])]
    if isinstance(citation, dict) and citation.get("locator"):
        parts.append(tag("span", f"({citation['locator']})", class_="source-locator"))
    return tag("span", join(parts, " "), class_=f"source-badge source-badge--{source['kind']}",
               data_trust=source["trust"]["level"])


def source_link(view, source_id):
    """The source's name (its outlet, else its label), linked to its entry on the sources page."""
    source = view.model["sources"][source_id].data
    shown = source["label"] if source["outlet"] == "unknown" else source["outlet"]
    return link(view.href(f"{urls.ANCHORED['sources']}#{source_id}"), shown, title=source["title"])


def distinct_sources(citations):
    return list(dict.fromkeys(c["source"] for c in citations))


def source_badges(view, citations):
    return tag("span", join((source_badge(view, c) for c in citations), " "), class_="source-badges")


def sources_line(view, citations, lead="Reported by"):
    """'Reported by 2 sources: [badge] [badge]' (one badge per citation, locators kept)."""
    count = len(distinct_sources(citations))
    noun = "source" if count == 1 else "sources"
    words = f"{lead} {count} {noun}" if lead else f"{count} {noun}"
    return tag("span", words, ": ", source_badges(view, citations), class_="sources-line")


# --- claims ----------------------------------------------------------------

def by_line(view, claim):
    """'Said by X for Y', or whose judgement it is when no one is quoted."""
    data = claim.data
    if "speaker" in data:
        who = actor_link(view, data["speaker"])
    elif "speaker_note" in data:
        who = data["speaker_note"]
    else:
        return tag("p", "The source's own judgement", class_="claim-by")
    side = data.get("side")
    behalf = Html(" for {}").format(actor_link(view, side)) if side and side != data.get("speaker") else EMPTY
    return tag("p", "Said by ", who, behalf, class_="claim-by")


def speaker_name(view, claim):
    data = claim.data
    if "speaker" in data:
        return view.model.name("actors", data["speaker"])
    return data.get("speaker_note")


def quotes(view, claim):
    """Each cited quote as a blockquote, attributed to the speaker and the source quoting it."""
    who = speaker_name(view, claim)
    blocks = []
    for citation in claim.data["sources"]:
        if "quote" not in citation:
            continue
        credit = Html("{}, as quoted by ").format(who) if who else EMPTY
        footer = tag("footer", "— ", credit, source_link(view, citation["source"]))
        blocks.append(tag("blockquote", tag("p", tag("q", citation["quote"])), footer, class_="claim-quote"))
    return join(blocks)


def disagreement_marks(view, claim_id):
    """A visible flag and link for each disagreement the claim is part of."""
    marks = []
    for disagreement in view.model.disagreements_by_claim.get(claim_id, []):
        status = disagreement.data["status"]
        question = link(view.href(urls.record_url(disagreement)), disagreement.data["question"])
        marks.append(tag("span", "⚠ Sources disagree: ", question, " ", status_badge(status),
                         class_=f"disagreement-mark disagreement-mark--{status}"))
    return join(marks, " ")


def claim_meta(view, claim, show_round=True):
    data = claim.data
    parts = [tag("span", KIND_WORDS[data["kind"]], class_=f"claim-kind claim-kind--{data['kind']}")]
    if "said_on" in data:
        parts.append(human_date(data["said_on"], data.get("approximate", False)))
    if show_round and "round" in data:
        parts.append(round_link(view, data["round"]))
    if data.get("issues"):
        parts.append(links(view, "issues", data["issues"]))
    parts.append(link(view.href(urls.claim_url(claim)), "#", class_="claim-permalink",
                      title="Link to this claim", aria_label=f"Link to claim {claim.id}"))
    parts.append(correct_link(view, claim))
    return tag("p", join(parts, " · "), class_="claim-meta")


def correct_link(view, claim):
    """One click from a wrong fact to its lines of YAML ('' where the repository is unknown)."""
    source = view.model.source_url(claim)
    return link(source, "Correct this", class_="claim-correct", title=f"Open this claim in {claim.file} to correct it") if source else EMPTY


def figures_line(claim):
    figures = claim.data.get("figures")
    return tag("p", "Figures: ", join((figure(f) for f in figures), "; "), class_="claim-figures") if figures else EMPTY


def claim_card(view, claim, section=None, show_round=True):
    """The claim as a card: text, who said it, figures, quotes, sources, disagreements."""
    data = claim.data
    body = [claim_meta(view, claim, show_round),
            tag("p", rich(view, data["text"]), class_="claim-text"),
            by_line(view, claim)]
    body.append(figures_line(claim))
    body.append(quotes(view, claim))
    if "note" in data:
        body.append(tag("p", "Our note: ", rich(view, data["note"]), class_="claim-note"))
    body.append(tag("p", sources_line(view, data["sources"]), class_="claim-sources"))
    marks = disagreement_marks(view, claim.id)
    if marks:
        body.append(tag("p", marks, class_="claim-disagreements"))
    classes = f"claim claim--{data['kind']}" + (" claim--disputed" if marks else "")
    elsewhere = not urls.claim_url(claim).startswith(view.url + "#")  # search indexes a claim on its own page only
    return tag("div", *body, id=view.anchor(claim, section), class_=classes, data_search_exclude=elsewhere)


def claim_cards(view, claims, section=None, show_round=True):
    return tag("div", *(claim_card(view, c, section, show_round) for c in claims), class_="claim-list")


def claim_ref(view, claim):
    """A short mention of a claim shown in full elsewhere: its text, linked to its card.

    Left out of the search index, which every page downloads: the card is indexed already."""
    return link(view.href(_claim_target(view, claim)), claim.data["text"], class_="claim-ref",
                data_search_exclude=True)


def _claim_target(view, claim):
    """This page's card if its plan places the claim, else the claim's canonical home."""
    return f"{view.url}#{claim.id}" if claim.id in view.homes else urls.claim_url(claim)


def claim_line(view, claim, section=None):
    """A claim in one line for lists and key-fact boxes: text, who reports it, any disagreement."""
    data = claim.data
    parts = [rich(view, data["text"])]
    if data.get("figures"):
        parts.append(Html("({})").format(join((figure(f) for f in data["figures"]), "; ")))
    parts.append(sources_line(view, data["sources"]))
    parts.append(disagreement_marks(view, claim.id))
    parts.append(link(view.href(urls.claim_url(claim)), "#", class_="claim-permalink", title="Link to this claim"))
    parts.append(correct_link(view, claim))
    return tag("li", join(parts, " "), id=view.anchor(claim, section), class_="claim-line")


def claim_lines(view, claims, section=None):
    return tag("ul", *(claim_line(view, c, section) for c in claims), class_="claim-lines")


# --- layout ----------------------------------------------------------------

def heading(level, text, anchor=None):
    """A Markdown heading (so it reaches the table of contents) whose data text stays inert."""
    # Backslashes before escaped text keep it escaped: the result is markup.
    inert = Html(re.sub(r"([\\`*_\[\]()!]|(?<!&)#)", r"\\\1", escape(text)))
    return Html("{} {}").format(Html("#" * level), inert) + (Html(" {{#{}}}").format(anchor) if anchor else EMPTY)


def round_sides(round_):
    """The states whose delegations met at a round, in its order: the columns of its side-by-side views."""
    return list(dict.fromkeys(d["side"] for d in round_.data["delegations"])) if round_ else []


def sides_grid(view, claims, sides, render):
    """Claims side by side: a column per negotiating state (those given, else those that spoke here),
    then one for everyone else. An empty side is shown only beside one that spoke. render(claim) draws each."""
    negotiating = view.model.side_of_delegation.values()
    spoke = [view.model.side_of(claim) for claim in claims]
    columns = {side: [] for side in (sides or [s for s in dict.fromkeys(spoke) if s in negotiating])}
    others = []
    for claim, side in zip(claims, spoke):
        columns.get(side, others).append(claim)
    cells = []
    if any(columns.values()):
        cells = [_side_column(actor_link(view, side), items, render) for side, items in columns.items()]
    if others:
        cells.append(_side_column("Others and the sources' own judgements", others, render))
    return tag("div", *cells, class_="sides-grid")


def _side_column(title, claims, render):
    body = join(render(c) for c in claims) or tag("p", "Nothing recorded.", class_="empty")
    return tag("section", tag("h4", title, class_="side-title"), body, class_="side-column")


def empty(text):
    return tag("p", text, class_="empty")


def also_written(names, lead="Also written"):
    """Other spellings as visible text, so that the site search finds the page by them."""
    return tag("p", lead, ": ", join((tag("span", n, class_="alias") for n in names), ", "),
               class_="aliases") if names else EMPTY


# --- commitments and events -------------------------------------------------

STATUS_WORDS = {"open": "open", "explained": "explained", "agreed": "agreed", "in-progress": "in progress",
                "fulfilled": "fulfilled", "partly-fulfilled": "partly fulfilled", "disputed": "disputed",
                "not-fulfilled": "not fulfilled", "unknown": "unknown"}  # disagreement and commitment statuses


def status_badge(status):
    return tag("span", STATUS_WORDS.get(status, status), class_=f"status-badge status-badge--{status}")


def commitment_line(view, commitment):
    """What was agreed and its latest reported status, linked to the commitments tracker."""
    data = commitment.data
    latest = data["status"][-1]
    reporter = Html(" by {}").format(actor_link(view, latest["reported_by"])) if "reported_by" in latest else EMPTY
    status = Html("{} as of {}{} {}").format(status_badge(latest["status"]), human_date(latest["date"]), reporter,
                                            source_badges(view, latest["sources"]))
    text = link(view.href(urls.record_url(commitment)), data["text"])
    return tag("li", join([text, round_link(view, data["round"]), status], " · "), class_="commitment-line")


def commitment_lines(view, commitments):
    return tag("ul", *(commitment_line(view, c) for c in commitments), class_="commitment-lines")


def event_line(view, event):
    data = event.data
    when = event_date(data)
    text = " " + rich(view, data["text"]) if "text" in data else EMPTY
    title = link(view.href(urls.record_url(event)), data["title"])
    return tag("li", Html("{}: {}.{} {}").format(when, title, text, source_badges(view, data["sources"])),
               class_="event-line")


def by_round(view, claims):
    """Claims grouped by round in round order, then those about no single round (round None)."""
    groups = {r.id: [] for r in view.model.rounds()}
    groups[None] = []
    for claim in claims:
        groups[claim.data.get("round") if claim.data.get("round") in groups else None].append(claim)
    return [(view.model["rounds"].get(key), items) for key, items in groups.items() if items]


def round_heading(view, round_, level=3, prefix="in"):
    """A heading per round group; claims about no single round go under 'Background'."""
    if round_ is None:
        return heading(level, "Background and context", f"{prefix}-background")
    return heading(level, f"{round_.data['name']} ({human_date_text(round_.data['date'])})", f"{prefix}-{round_.id}")


def human_date_text(iso):
    year, month, day = iso.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def month_text(iso):
    """'2025-07' or '2025-07-23' -> 'July 2025'."""
    year, month = iso.split("-")[:2]
    return f"{MONTHS[int(month) - 1]} {year}"
