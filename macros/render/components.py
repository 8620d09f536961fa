"""Pieces every page shows the same way: source markers, record links, figures, dates,
glossary tooltips, headings; claims themselves are drawn by claim_blocks.

Each takes a View, which knows the page being written (so links are relative
and work at any depth) and its plan: which section of the page shows each claim
in full, decided before anything renders (an ID appears once per page; other
mentions of the claim link to it).
Everything returns Html (markup) on one line, for raw HTML blocks.
"""
import datetime
import functools
import re
from dataclasses import dataclass, field

from macros.model import statuses
from macros.common import urls
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
    glossed: set = field(default_factory=set)  # glossary terms already explained on this page

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

    def first_placed(self, claim_ids):
        """Of these claims, the one this page shows in full first (None if it shows none)."""
        placed = set(claim_ids) & self.homes.keys()
        return next((claim_id for claim_id in self.homes if claim_id in placed), None)  # homes keeps plan order

    def anchor(self, claim, section):
        """The id attribute for the claim in this section: its ID in its home (or wherever it shows,
        if no plan places it), else None."""
        return claim.id if self.homes.get(claim.id, section) == section else None


# --- text -------------------------------------------------------------------

def human_date(iso, approximate=False, precision="day"):
    """'2025-07-23' -> <time> showing '23 July 2025' (prefixed 'about' when approximate);
    with precision 'month', only 'July 2025', and with 'week' (the date is its Monday),
    'the week of 14 July 2025': no finer than the source gives."""
    if precision == "month":
        return tag("time", month_text(iso), datetime=iso[:7])
    if precision == "week":
        year, week, _ = datetime.date.fromisoformat(iso).isocalendar()
        return tag("time", "the week of " + human_date_text(iso), datetime=f"{year}-W{week:02d}")
    shown = ("about " if approximate else "") + human_date_text(iso)
    return tag("time", shown, datetime=iso)


def event_date(data):
    return human_date(data["date"], data.get("approximate", False), data.get("precision", "day"))


def rich(view, text):
    """Data text, escaped, with each glossary abbreviation's first use on the page in <abbr title=...>."""
    safe = escape(text)
    pattern = _glossary_pattern(view.model.glossary_terms)
    if pattern is None:
        return safe
    # The match is a piece of the escaped text, so it is markup already.
    return Html(pattern.sub(lambda m: _abbr(view, Html(m.group(0))), safe))


def _abbr(view, term):
    """The term in <abbr title> at its first use on the page, plain after: a tooltip per use
    would grow a page by its length at every 'US', whatever the length of the data."""
    if term in view.glossed:
        return term
    view.glossed.add(term)
    return tag("abbr", term, title=_gloss(view.model.glossary[str(term)]))


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


def amount(fig):
    """{'value': 7000, 'qualifier': 'more-than'} -> 'more than 7,000'; a range as '1,000–1,200'."""
    shown = number(fig["value"]) + ("–" + number(fig["upper"]) if "upper" in fig else "")
    return QUALIFIERS[fig["qualifier"]] + shown


def figure(fig):
    """{'value': 7000, 'qualifier': 'more-than', 'unit': 'bodies'} -> 'more than 7,000 bodies', the number bold."""
    return tag("span", tag("span", amount(fig), class_="figure-value"), " ", fig["unit"], class_="figure")


def figure_text(fig):
    return f"{amount(fig)} {fig['unit']}"


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
    return join((record_link(view, collection, i) for i in ids), sep)


# --- sources ---------------------------------------------------------------

def source_id(citation):
    """A citation ({'source': ID, ...}) or a bare source ID, as record files give them."""
    return citation["source"] if isinstance(citation, dict) else citation


def source_link(view, source_id_):
    """The source's short name, linked to its entry on the sources page."""
    return link(view.href(f"{urls.ANCHORED['sources']}#{source_id_}"), source_name(view, source_id_))


def count(n, noun):
    """'1 claim', '3 claims'."""
    return f"{n} {noun}{'s' if n != 1 else ''}"


def distinct_sources(citations):
    return list(dict.fromkeys(source_id(c) for c in citations))


def source_name(view, source_id_):
    """The one short name the site calls a source by, in prose, markers and the Sources page."""
    return view.model["sources"][source_id_].data["short_name"]


def marker(view, source_id_, locators=()):
    """A footnote-style marker: the source's short name. Hovering, focusing or tapping it shows what
    the source is (a CSS popover from data-preview; no title attribute, no script)."""
    data = view.model["sources"][source_id_].data
    where = " (" + "; ".join(locators) + ")" if locators else ""
    preview = f"{data['short_name']}{where}: {data['label']}; trust {data['trust']['level']}. {data['title']}"
    return tag("span", data["short_name"], class_="src", tabindex="0", data_preview=preview)


def markers(view, citations):
    """One marker per source, its locators gathered in its preview."""
    locators = {}
    for citation in citations:
        found = locators.setdefault(source_id(citation), [])
        if isinstance(citation, dict) and citation.get("locator"):
            found.append(citation["locator"])
    return join((Html(" ") + marker(view, source, where) for source, where in locators.items()))


# --- claims: who, and the way to correct them ---------------------------------

def speaker_name(view, claim):
    data = claim.data
    if "speaker" in data:
        return view.model.name("actors", data["speaker"])
    return data.get("speaker_note")


def correct_link(view, claim):
    """One click from a wrong fact to its lines of YAML (nothing where the repository is unknown)."""
    source = view.model.source_url(claim)
    return link(source, "Correct this", class_="claim-correct") if source else EMPTY


# --- layout ----------------------------------------------------------------

def heading(level, text, anchor=None):
    """A Markdown heading (so it reaches the table of contents) whose data text stays inert."""
    # Backslashes before escaped text keep it escaped: the result is markup.
    inert = Html(re.sub(r"([\\`*_\[\]()!]|(?<!&)#)", r"\\\1", escape(text)))
    return Html("{} {}").format(Html("#" * level), inert) + (Html(" {{#{}}}").format(anchor) if anchor else EMPTY)


def round_sides(round_):
    """The states whose delegations met at a round, in its order: the groups of its by-side views."""
    return list(dict.fromkeys(d["side"] for d in round_.data["delegations"])) if round_ else []


def by_side(view, claims, sides, render):
    """Claims by side: a group per negotiating state (those given, else those that spoke here), then
    one for everyone else. An empty side is shown only beside one that spoke. render(claim) draws
    each as a list item."""
    negotiating = view.model.side_of_delegation.values()
    spoke = [view.model.side_of(claim) for claim in claims]
    columns = {side: [] for side in (sides or [s for s in dict.fromkeys(spoke) if s in negotiating])}
    others = []
    for claim, side in zip(claims, spoke):
        columns.get(side, others).append(claim)
    cells = []
    if any(columns.values()):
        cells = [_side(actor_link(view, side), items, render) for side, items in columns.items()]
    if others:
        cells.append(_side("Others and the sources' own judgements", others, render))
    return join(cells)


def _side(title, claims, render):
    body = tag("ul", *(render(c) for c in claims), class_="claims") if claims else empty("Nothing recorded.")
    return tag("h4", title, class_="side-title") + body


def disclosure(summary, *body):
    """Closed until asked for: one line of plain text (the control itself, so no links in it),
    then what it holds. Closed, its content takes no room and is not read as visible text."""
    return tag("details", tag("summary", summary), *body, class_="disclosure")


def empty(text):
    return tag("p", text, class_="empty")


def also_written(names, lead="Also written"):
    """Other spellings as visible text, so that the site search finds the page by them."""
    return tag("p", lead, ": ", join((tag("span", n, class_="alias") for n in names), ", "),
               class_="aliases") if names else EMPTY


# --- commitments and events -------------------------------------------------

STATUS_WORDS = {"open": "open", "explained": "explained", "agreed": "agreed", "proposed": "proposed",
                "not-reached": "not reached", "in-progress": "in progress", "fulfilled": "fulfilled",
                "partly-fulfilled": "partly fulfilled", "disputed": "disputed", "not-fulfilled": "not fulfilled",
                "unknown": "not stated"}  # disagreement statuses, and those statuses.derive() gives


def status_badge(status, claims=()):
    """A status as a badge; one derived from claims names them (data-claims), so that a test can
    hold every badge to the disagreements about its claims."""
    return tag("span", STATUS_WORDS.get(status, status), class_=f"status-badge status-badge--{status}",
               data_claims=" ".join(claims) or None)


def derived_status(view, derived):
    """A derived status and who reports it: 'agreed according to Izvestia', or where it is disputed,
    who says what: 'disputed — agreed according to the Q&A analysis; proposed according to Vladimir
    Medinsky in Izvestia ⚠ Sources disagree: ...'."""
    badge = status_badge(derived.status, derived.claims)
    if derived.settled:
        return join([badge, _reporters(view, derived.accounts[0])], " ")
    return join([badge, status_accounts(view, derived)], " — ")


def status_accounts(view, derived):
    """Who says what, and a link to each open disagreement about it."""
    accounts = join((STATUS_WORDS[a.status] + " " + _reporters(view, a) for a in derived.accounts), "; ")
    flags = [link(view.href(urls.record_url(d)), "⚠ Sources disagree: " + d.data["question"], class_="disagreement-mark")
             for d in derived.disagreements]
    return tag("span", join([accounts, *flags], " "), class_="status-accounts")


def _reporters(view, account):
    """'according to the Q&A analysis, and to Vladimir Medinsky in Izvestia'; 'by ...' where they give no status."""
    first, then = ("by", "by") if account.status == statuses.UNKNOWN else ("according to", "to")
    who = list(dict.fromkeys(_reporter(view, claim) for claim in account.claims))
    return first + " " + join(who, f", and {then} ")


def _reporter(view, claim):
    """'Vladimir Medinsky in Izvestia and the short report'; the sources alone where they speak for themselves."""
    where = [source_link(view, s) for s in distinct_sources(claim.data["sources"])]
    where = where[0] if len(where) == 1 else join(where[:-1], ", ") + " and " + where[-1]
    return Html("{} in {}").format(actor_link(view, claim.data["speaker"]), where) if "speaker" in claim.data else where


def outcome_label(view, claim):
    """An outcome claim's kind ('agreed'), followed by a disputed badge where an open disagreement covers the claim."""
    derived = statuses.derive(view.model, [claim.id])
    label = tag("span", OUTCOMES[claim.data["kind"]], class_=f"outcome outcome--{claim.data['kind']}", data_claims=claim.id)
    return label if derived.settled else join([label, status_badge(derived.status, derived.claims)], " ")


def commitment_line(view, commitment):
    """What was committed and its latest derived status, who says what, linked to the commitments tracker."""
    data = commitment.data
    report, derived = statuses.latest(view.model, commitment)
    status = Html("as of {}: {}").format(human_date(report["date"]), derived_status(view, derived))
    text = link(view.href(urls.record_url(commitment)), data["text"])
    round_ = view.model["rounds"][data["round"]]
    here = view.url == urls.record_url(round_)  # on its round's own page, the round goes without saying
    return tag("li", join([text, None if here else round_link(view, data["round"]), status], " · "),
               class_="commitment-line")


def commitment_lines(view, commitments):
    return tag("ul", *(commitment_line(view, c) for c in commitments), class_="commitment-lines")


def event_line(view, event):
    """The event's date and title, linked to its entry on the timeline, which tells the rest."""
    data = event.data
    title = link(view.href(urls.record_url(event)), data["title"])
    return tag("li", Html("{}: {}.{}").format(event_date(data), title, markers(view, data["sources"])),
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
