"""Pieces every page shows the same way: claim cards, source badges, record links,
figures, dates and glossary tooltips.

Each takes a View, which knows the page being written (so links are relative
and work at any depth) and which claim anchors that page already holds (an ID
appears once per page; later mentions of the same claim link to it).
Everything returns safe HTML on one line, for raw HTML blocks.
"""
import datetime
import functools
import re
from dataclasses import dataclass, field

from macros.model import statuses, urls
from macros.render.html_builder import escape, link, tag

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
    anchored: set = field(default_factory=set)  # claim IDs already given an anchor on this page
    glossed: set = field(default_factory=set)  # glossary terms already explained on this page

    def href(self, to_url):
        """A link from this page; to this page's own anchors it is just '#id'."""
        if to_url.startswith(self.url + "#"):
            return to_url[len(self.url):]
        return urls.relative(self.url, to_url)

    def anchor(self, record_id):
        """The id attribute for a record's first appearance on this page, else None."""
        if record_id in self.anchored:
            return None
        self.anchored.add(record_id)
        return record_id


# --- text -------------------------------------------------------------------

def human_date(iso, approximate=False, precision="day"):
    """'2025-07-23' -> <time> showing '23 July 2025' (prefixed 'about' when approximate);
    with precision 'month', only 'July 2025', and with 'week' (the date is its Monday),
    'the week of 14 July 2025': no finer than the source gives."""
    if precision == "month":
        return tag("time", escape(month_text(iso)), datetime=iso[:7])
    if precision == "week":
        year, week, _ = datetime.date.fromisoformat(iso).isocalendar()
        return tag("time", escape("the week of " + human_date_text(iso)), datetime=f"{year}-W{week:02d}")
    shown = ("about " if approximate else "") + human_date_text(iso)
    return tag("time", escape(shown), datetime=iso)


def event_date(data):
    return human_date(data["date"], data.get("approximate", False), data.get("precision", "day"))


def rich(view, text):
    """Data text, escaped, with each glossary abbreviation's first use on the page in <abbr title=...>."""
    safe = escape(text)
    pattern = _glossary_pattern(view.model.glossary_terms)
    if pattern is None:
        return safe
    return pattern.sub(lambda m: _abbr(view, m.group(0)), safe)


def _abbr(view, term):
    """The term in <abbr title> at its first use on the page, plain after: a tooltip per use
    would grow a page by its length at every 'US', whatever the length of the data."""
    if term in view.glossed:
        return term
    view.glossed.add(term)
    return tag("abbr", term, title=_gloss(view.model.glossary[term]))


OUTSIDE_ARTICLES = "Not from the articles"  # the label of every record's outside_articles note


def _gloss(entry):
    """A term's tooltip: its meaning, and where that meaning is not from the articles, on what basis."""
    outside = entry.get("outside_articles")
    return f"{entry['meaning']} ({OUTSIDE_ARTICLES.lower()}: {outside})" if outside else entry["meaning"]


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
    shown = tag("span", escape(QUALIFIERS[fig["qualifier"]] + amount), class_="figure-value")
    return tag("span", f"{shown} {escape(fig['unit'])}", class_="figure")


# --- links to records ------------------------------------------------------

def record_link(view, collection, id_, text=None):
    """A link to a record's page (or page#id); plain text where there is none."""
    record = view.model[collection].get(id_)
    text = text if text is not None else view.model.name(collection, id_)
    url = urls.record_url(record) if record else None
    if url is None:  # unknown, or a record with no address of its own (a glossary term)
        return escape(text)
    return link(view.href(url), text)


def actor_link(view, id_):
    return record_link(view, "actors", id_)


def round_link(view, id_):
    return record_link(view, "rounds", id_)


def issue_link(view, id_):
    return record_link(view, "issues", id_)


def links(view, collection, ids, sep=", "):
    return sep.join(record_link(view, collection, i) for i in ids)


# --- sources ---------------------------------------------------------------

def source_badge(view, citation):
    """A link to one source showing what kind of source it is; its locator where given."""
    source_id = citation["source"]
    source = view.model["sources"][source_id].data
    shown = source["label"] if source["outlet"] == "unknown" else f"{source['outlet']} — {source['label']}"
    parts = [tag("span", escape(source["kind"]), class_="source-kind"),
             link(view.href(f"{urls.ANCHORED['sources']}#{source_id}"), shown, title=source["title"])]
    if citation.get("locator"):
        parts.append(tag("span", escape(f"({citation['locator']})"), class_="source-locator"))
    return tag("span", " ".join(parts), class_=f"source-badge source-badge--{source['kind']}",
               data_trust=source["trust"]["level"])


def source_link(view, source_id):
    """The source's name (its short name, else its outlet, else its label), linked to its entry on the sources page."""
    source = view.model["sources"][source_id].data
    shown = source.get("short_name") or (source["label"] if source["outlet"] == "unknown" else source["outlet"])
    return link(view.href(f"{urls.ANCHORED['sources']}#{source_id}"), shown, title=source["title"])


def distinct_sources(citations):
    return list(dict.fromkeys(c["source"] for c in citations))


def source_badges(view, citations):
    return tag("span", " ".join(source_badge(view, c) for c in citations), class_="source-badges")


def sources_line(view, citations, lead="Reported by"):
    """'Reported by 2 sources: [badge] [badge]' (one badge per citation, locators kept)."""
    count = len(distinct_sources(citations))
    noun = "source" if count == 1 else "sources"
    words = f"{lead} {count} {noun}" if lead else f"{count} {noun}"
    return tag("span", f"{escape(words)}: {source_badges(view, citations)}", class_="sources-line")


# --- claims ----------------------------------------------------------------

def by_line(view, claim):
    """'Said by X for Y', or whose judgement it is when no one is quoted."""
    data = claim.data
    if "speaker" in data:
        who = actor_link(view, data["speaker"])
    elif "speaker_note" in data:
        who = escape(data["speaker_note"])
    else:
        return tag("p", "The source's own judgement", class_="claim-by")
    side = data.get("side")
    behalf = f" for {actor_link(view, side)}" if side and side != data.get("speaker") else ""
    return tag("p", f"Said by {who}{behalf}", class_="claim-by")


def speaker_name(view, claim):
    data = claim.data
    if "speaker" in data:
        return view.model.name("actors", data["speaker"])
    return data.get("speaker_note")


def quotes(view, claim):
    """Each cited quote as a blockquote, credited to whose words it is: the speaker's, as quoted
    by the source ('— Medinsky, as quoted by Izvestia'), or the source's own ('— Izvestia's words')."""
    who = speaker_name(view, claim)
    blocks = []
    for citation in claim.data["sources"]:
        if "quote" not in citation:
            continue
        source = source_link(view, citation["source"])
        spoken = citation["voice"] == "speaker" and who
        credit = f"{escape(who)}, as quoted by {source}" if spoken else source + escape("'s words")
        footer = tag("footer", f"— {credit}")
        blocks.append(tag("blockquote", tag("p", tag("q", escape(citation["quote"]))) + footer,
                          class_="claim-quote"))
    return "".join(blocks)


def disagreement_marks(view, claim_id):
    """A visible flag and link for each disagreement the claim is part of."""
    marks = []
    for disagreement in view.model.disagreements_by_claim.get(claim_id, []):
        status = disagreement.data["status"]
        question = link(view.href(urls.record_url(disagreement)), disagreement.data["question"])
        marks.append(tag("span", f"⚠ Sources disagree: {question} {status_badge(status)}",
                         class_=f"disagreement-mark disagreement-mark--{status}"))
    return " ".join(marks)


def claim_meta(view, claim, show_round=True):
    data = claim.data
    parts = [tag("span", escape(KIND_WORDS[data["kind"]]), class_=f"claim-kind claim-kind--{data['kind']}")]
    if "said_on" in data:
        parts.append(human_date(data["said_on"], data.get("approximate", False)))
    if show_round and "round" in data:
        parts.append(round_link(view, data["round"]))
    if data.get("issues"):
        parts.append(links(view, "issues", data["issues"]))
    parts.append(link(view.href(urls.claim_url(claim)), "#", class_="claim-permalink",
                      title="Link to this claim", aria_label=f"Link to claim {claim.id}"))
    parts.append(correct_link(view, claim))
    return tag("p", " · ".join(p for p in parts if p), class_="claim-meta")


def correct_link(view, claim):
    """One click from a wrong fact to its lines of YAML ('' where the repository is unknown)."""
    source = view.model.source_url(claim)
    return link(source, "Correct this", class_="claim-correct", title=f"Open this claim in {claim.file} to correct it") if source else ""


def figures_line(claim):
    figures = claim.data.get("figures")
    return tag("p", "Figures: " + "; ".join(figure(f) for f in figures), class_="claim-figures") if figures else ""


def claim_card(view, claim, show_round=True):
    """The claim as a card: text, who said it, figures, quotes, sources, disagreements."""
    data = claim.data
    body = [claim_meta(view, claim, show_round),
            tag("p", rich(view, data["text"]), class_="claim-text"),
            by_line(view, claim)]
    body.append(figures_line(claim))
    body.append(quotes(view, claim))
    if "note" in data:
        body.append(tag("p", "Our note: " + rich(view, data["note"]), class_="claim-note"))
    body.append(tag("p", sources_line(view, data["sources"]), class_="claim-sources"))
    marks = disagreement_marks(view, claim.id)
    if marks:
        body.append(tag("p", marks, class_="claim-disagreements"))
    classes = f"claim claim--{data['kind']}" + (" claim--disputed" if marks else "")
    elsewhere = not urls.claim_url(claim).startswith(view.url + "#")  # search indexes a claim on its own page only
    return tag("div", "".join(body), id=view.anchor(claim.id), class_=classes, data_search_exclude=elsewhere)


def claim_cards(view, claims, show_round=True):
    return tag("div", "".join(claim_card(view, c, show_round) for c in claims), class_="claim-list")


def claim_ref(view, claim):
    """A short mention of a claim shown in full elsewhere: its text, linked to its card.

    Left out of the search index, which every page downloads: the card is indexed already."""
    return link(view.href(_claim_target(view, claim)), claim.data["text"], class_="claim-ref",
                data_search_exclude=True)


def _claim_target(view, claim):
    """This page's card if it has one, else the claim's canonical home."""
    return f"{view.url}#{claim.id}" if claim.id in view.anchored else urls.claim_url(claim)


def claim_line(view, claim):
    """A claim in one line for lists and key-fact boxes: text, who reports it, any disagreement."""
    data = claim.data
    parts = [rich(view, data["text"])]
    if data.get("figures"):
        parts.append("(" + "; ".join(figure(f) for f in data["figures"]) + ")")
    parts.append(sources_line(view, data["sources"]))
    parts.append(disagreement_marks(view, claim.id))
    parts.append(link(view.href(urls.claim_url(claim)), "#", class_="claim-permalink", title="Link to this claim"))
    parts.append(correct_link(view, claim))
    return tag("li", " ".join(p for p in parts if p), id=view.anchor(claim.id), class_="claim-line")


def claim_lines(view, claims):
    return tag("ul", "".join(claim_line(view, c) for c in claims), class_="claim-lines")


# --- layout ----------------------------------------------------------------

def heading(level, text, anchor=None):
    """A Markdown heading (so it reaches the table of contents) whose data text stays inert."""
    inert = re.sub(r"([\\`*_\[\]()!]|(?<!&)#)", r"\\\1", escape(text))
    return "#" * level + " " + inert + (f" {{#{anchor}}}" if anchor else "")


def round_sides(round_):
    """The states whose delegations met at a round, in its order: the columns of its side-by-side views."""
    return list(dict.fromkeys(d["side"] for d in round_.data["delegations"])) if round_ else []


def sides_grid(view, claims, sides=None, render=None):
    """Claims side by side: a column per negotiating state (those given, else those that spoke here),
    then one for everyone else. An empty side is shown only beside one that spoke."""
    render = render or (lambda c: claim_card(view, c))
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
    return tag("div", "".join(cells), class_="sides-grid")


def _side_column(title, claims, render):
    body = "".join(render(c) for c in claims) or tag("p", "Nothing recorded.", class_="empty")
    return tag("section", tag("h4", title, class_="side-title") + body, class_="side-column")


def empty(text):
    return tag("p", escape(text), class_="empty")


def also_written(names, lead="Also written"):
    """Other spellings as visible text, so that the site search finds the page by them."""
    return tag("p", f"{escape(lead)}: " + ", ".join(tag("span", escape(n), class_="alias") for n in names),
               class_="aliases") if names else ""


# --- commitments and events -------------------------------------------------

STATUS_WORDS = {"open": "open", "explained": "explained", "agreed": "agreed", "proposed": "proposed",
                "not-reached": "not reached", "in-progress": "in progress", "fulfilled": "fulfilled",
                "partly-fulfilled": "partly fulfilled", "disputed": "disputed", "not-fulfilled": "not fulfilled",
                "unknown": "not stated"}  # disagreement statuses, and those statuses.derive() gives


def status_badge(status, claims=()):
    """A status as a badge; one derived from claims names them (data-claims), so that a test can
    hold every badge to the disagreements about its claims."""
    return tag("span", escape(STATUS_WORDS.get(status, status)), class_=f"status-badge status-badge--{status}",
               data_claims=" ".join(claims) or None)


def derived_status(view, derived):
    """A derived status and who reports it: 'agreed according to Izvestia', or where it is disputed,
    who says what: 'disputed — agreed according to the Q&A analysis; proposed according to Vladimir
    Medinsky in Izvestia ⚠ Sources disagree: ...'."""
    badge = status_badge(derived.status, derived.claims)
    if derived.settled:
        return f"{badge} {_reporters(view, derived.accounts[0])}"
    return f"{badge} — {status_accounts(view, derived)}"


def status_accounts(view, derived):
    """Who says what, and a link to each open disagreement about it."""
    accounts = "; ".join(f"{escape(STATUS_WORDS[a.status])} {_reporters(view, a)}" for a in derived.accounts)
    flags = [link(view.href(urls.record_url(d)), "⚠ Sources disagree: " + d.data["question"], class_="disagreement-mark")
             for d in derived.disagreements]
    return tag("span", " ".join([accounts] + flags), class_="status-accounts")


def _reporters(view, account):
    """'according to the Q&A analysis, and to Vladimir Medinsky in Izvestia'; 'by ...' where they give no status."""
    first, then = ("by", "by") if account.status == statuses.UNKNOWN else ("according to", "to")
    who = list(dict.fromkeys(_reporter(view, claim) for claim in account.claims))
    return f"{first} " + f", and {then} ".join(who)


def _reporter(view, claim):
    """'Vladimir Medinsky in Izvestia and the short report'; the sources alone where they speak for themselves."""
    where = [source_link(view, s) for s in distinct_sources(claim.data["sources"])]
    where = where[0] if len(where) == 1 else ", ".join(where[:-1]) + " and " + where[-1]
    return f"{actor_link(view, claim.data['speaker'])} in {where}" if "speaker" in claim.data else where


def outcome_label(view, claim, href=None):
    """An outcome claim's kind ('agreed'), linked where href is given, followed by a disputed
    badge where an open disagreement covers the claim."""
    derived = statuses.derive(view.model, [claim.id])
    word = escape(OUTCOMES[claim.data["kind"]])
    word = tag("a", word, href=href, title="Link to this row") if href else word
    label = tag("span", word, class_=f"outcome outcome--{claim.data['kind']}", data_claims=claim.id)
    return label if derived.settled else f"{label} {status_badge(derived.status, derived.claims)}"


def commitment_line(view, commitment):
    """What was committed and its latest derived status, who says what, linked to the commitments tracker."""
    data = commitment.data
    report, derived = statuses.latest(view.model, commitment)
    status = f"as of {human_date(report['date'])}: {derived_status(view, derived)}"
    text = link(view.href(urls.record_url(commitment)), data["text"])
    return tag("li", f"{text} · {round_link(view, data['round'])} · {status}", class_="commitment-line")


def commitment_lines(view, commitments):
    return tag("ul", "".join(commitment_line(view, c) for c in commitments), class_="commitment-lines")


def event_line(view, event):
    data = event.data
    when = event_date(data)
    text = " " + rich(view, data["text"]) if "text" in data else ""
    title = link(view.href(urls.record_url(event)), data["title"])
    return tag("li", f"{when}: {title}.{text} {source_badges(view, data['sources'])}", class_="event-line")


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
