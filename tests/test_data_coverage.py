"""The key facts of the five articles are in the data, attributed and sourced.

Each assertion names a fact a reader of the articles would look for; if an edit
drops or misattributes it, the test says which.
"""

import pytest

from macros.check.articles import articles_dir, normalise
from macros.check.rules.attribution import UNATTRIBUTED_KINDS
from macros.check.rules.quotes import QUOTE_WORDS, quote_words
from macros.read import loader
from macros.read.values import walk

DATA = loader.load()
CLAIMS = DATA["claims"]
SOURCES = set(DATA["sources"])
OUTCOME_KINDS = {"agreement", "proposal", "rejection", "non-outcome"}


def cited(record):
    return {c["source"] for c in record.data.get("sources", [])}


def figures(claim):
    return [(f["value"], f["qualifier"]) for f in claim.data.get("figures", [])]


def find(speaker=None, source=None, value=None, qualifier=None, round_=None, kind=None):
    """Claims matching every given condition."""
    return [
        c
        for c in CLAIMS.values()
        if (speaker is None or c.data.get("speaker") == speaker)
        and (source is None or source in cited(c))
        and (
            value is None
            or any(v == value and (qualifier is None or q == qualifier) for v, q in figures(c))
        )
        and (round_ is None or c.data.get("round") == round_)
        and (kind is None or c.data["kind"] == kind)
    ]


def test_data_loads_without_problems():
    assert DATA.problems == []


def test_the_three_round_dates():
    dates = {r.id: r.data["date"] for r in DATA["rounds"].values()}
    assert dates == {"round-1": "2025-05-16", "round-2": "2025-06-02", "round-3": "2025-07-23"}


@pytest.mark.parametrize(
    "speaker, source, value, qualifier",
    [
        ("vladimir-medinsky", "izvestia", 7000, "more-than"),  # bodies returned
        ("vladimir-medinsky", "izvestia", 3000, "exact"),  # bodies Kyiv was asked to take back
        ("vladimir-medinsky", "izvestia", 30, "about"),  # Kursk residents not returned
        ("vladimir-medinsky", "izvestia", 1200, "at-least"),  # prisoners offered from each side
        ("vladimir-medinsky", "short-report", 1200, "at-least"),
        ("vladimir-medinsky", "izvestia", 24, "range"),  # 24-48 hour truces
        ("vladimir-medinsky", "short-report", 24, "range"),
        ("volodymyr-zelensky", "izvestia", 14, "exact"),  # delegation enlarged from 12 to 14
        ("donald-trump", "izvestia", 100, "about"),  # per cent import duties
        ("donald-trump", "izvestia", 50, "exact"),  # days
        ("donald-trump", "analysis-garbled", 50, "exact"),
        ("ursula-von-der-leyen", "brussels-preview", 100, "exact"),  # billion euro fund
        ("european-union", "brussels-preview", 18, "exact"),  # 18th sanctions package
        ("jean-noel-barrot", "brussels-preview", 30, "exact"),  # 30-day ceasefire Ukraine agreed to
    ],
)
def test_key_figure_is_attributed(speaker, source, value, qualifier):
    assert find(speaker=speaker, source=source, value=value, qualifier=qualifier), (
        f"no claim by {speaker} citing {source} with figure {value} ({qualifier})"
    )


@pytest.mark.parametrize(
    "source, value, qualifier",
    [
        ("analysis-qa", 1200, "more-than"),  # agreed exchange, per the Q&A analysis
        ("short-report", 250, "exact"),  # 250-for-250 exchange
        ("analysis-garbled", 40, "exact"),  # minutes
        ("izvestia", 60, "under"),  # just under an hour
        ("analysis-garbled", 1000, "exact"),  # km of front line
    ],
)
def test_key_figure_of_a_source(source, value, qualifier):
    assert find(source=source, value=value, qualifier=qualifier), (
        f"no claim citing {source} with {value} ({qualifier})"
    )


def test_range_figures_have_an_upper_end():
    for claim in CLAIMS.values():
        for figure in claim.data.get("figures", []):
            if figure["qualifier"] == "range":
                assert figure.get("upper", 0) > figure["value"], (
                    f"{claim.id}: a range needs upper > value"
                )


@pytest.mark.parametrize(
    "disagreement",
    [
        "duration-of-round-3",
        "working-groups-agreed-or-proposed",
        "days-of-talks-announced",
        "trump-deadline-date",
        "trump-penalty",
        "ukraine-summit-proposal",
    ],
)
def test_disagreement_sets_claims_of_different_sources_side_by_side(disagreement):
    record = DATA["disagreements"][disagreement]
    claims = [CLAIMS[c] for c in record.data["claims"]]
    assert len(claims) >= 2
    source_sets = [cited(c) for c in claims]
    assert len(set().union(*source_sets)) >= 2, (
        f"{disagreement}: all its claims come from one source"
    )
    assert any(a != b for a in source_sets for b in source_sets), (
        f"{disagreement}: its claims cite the same sources"
    )


def test_tass_and_ria_schedules_are_attributed_to_the_agencies():
    claims = DATA["disagreements"]["days-of-talks-announced"].data["claims"]
    speakers = {CLAIMS[c].data.get("speaker") for c in claims}
    assert {"tass", "ria"} <= speakers


def test_working_groups_disagreement_has_agreed_and_proposed_versions():
    kinds = {
        CLAIMS[c].data["kind"]
        for c in DATA["disagreements"]["working-groups-agreed-or-proposed"].data["claims"]
    }
    assert {"agreement", "proposal"} <= kinds


def test_every_source_is_cited_by_a_claim():
    cited_somewhere = set().union(*(cited(c) for c in CLAIMS.values()))
    assert SOURCES - cited_somewhere == set()


def test_every_issue_has_a_claim():
    issues = {i for c in CLAIMS.values() for i in c.data.get("issues", [])}
    assert set(DATA["issues"]) - issues == set()


@pytest.mark.parametrize("round_", ["round-1", "round-2", "round-3"])
def test_every_round_has_an_outcome_and_a_non_outcome(round_):
    kinds = {c.data["kind"] for c in CLAIMS.values() if c.data.get("round") == round_}
    assert kinds & OUTCOME_KINDS - {"non-outcome"}, (
        f"{round_} has no agreement, proposal or rejection"
    )
    assert "non-outcome" in kinds, f"{round_} records nothing that failed to happen"


@pytest.mark.parametrize("facet", ["duration", "schedule", "delegation-size", "venue"])
def test_round_3_states_each_key_fact(facet):
    assert any(c.data.get("facet") == facet for c in find(round_="round-3"))


def test_medinsky_reports_round_2_fulfilled_in_the_commitments():
    reports = DATA["commitments"]["round-2-humanitarian-agreements"].data["reports"]
    assert [(r["date"], r["claims"]) for r in reports[1:]] == [
        ("2025-07-22", ["zelensky-umerov-reported-on-round-2"]),
        ("2025-07-23", ["medinsky-round-2-agreements-fulfilled"]),
    ]
    fulfilled = DATA["claims"]["medinsky-round-2-agreements-fulfilled"].data
    assert fulfilled["speaker"] == "vladimir-medinsky" and fulfilled["fulfilment"] == "fulfilled"


def test_every_round_has_a_commitment():
    assert {c.data["round"] for c in DATA["commitments"].values()} == {
        "round-1",
        "round-2",
        "round-3",
    }


@pytest.mark.parametrize(
    "event, date, precision",
    [
        ("trump-50-day-ultimatum", "2025-07-14", "day"),
        ("eu-18th-sanctions-package", "2025-07-14", "week"),  # "last week": the week, never a day
        ("sumy-partial-blackout", "2025-07-14", "week"),
        ("zelensky-announces-third-round", "2025-07-21", "day"),
        ("ten-days-of-ultimatum", "2025-07-21", "week"),
        ("ukraine-accepts-30-day-ceasefire", "2025-02-01", "month"),  # "five months": the month
        ("trump-deadline-end-of-august", "2025-08-01", "month"),  # "by the end of August"
    ],
)
def test_timeline_event(event, date, precision):
    data = DATA["events"][event].data
    assert (data["date"], data.get("precision", "day")) == (date, precision)


def test_no_date_is_finer_than_its_phrase():
    for event in DATA["events"].values():
        phrase = event.data.get("as_written", "").lower()
        if "week" in phrase:
            assert event.data.get("precision") == "week", (
                f"{event.id}: '{phrase}' gives only a week"
            )
        if "months" in phrase or "end of" in phrase:
            assert event.data.get("precision") == "month", (
                f"{event.id}: '{phrase}' gives only a month"
            )


def test_relative_dates_are_marked_approximate():
    for event in DATA["events"].values():
        if "resolved_from" in event.data:
            assert event.data.get("approximate") is True, (
                f"{event.id}: a resolved relative date is approximate"
            )
            assert event.data.get("as_written"), (
                f"{event.id}: keep the phrase as the source wrote it"
            )


def test_outlet_wording_is_the_outlets():
    aside = CLAIMS["izvestia-term-expired-aside"].data
    assert aside["speaker"] == "izvestia" and "note" in aside
    assert "evacuated" in CLAIMS["medinsky-30-kursk-residents"].data["note"]


def test_judgements_have_no_speaker():
    for claim in CLAIMS.values():
        if claim.data["kind"] in UNATTRIBUTED_KINDS:
            assert "speaker" not in claim.data, f"{claim.id}: an author's judgement names a speaker"


def test_every_quote_is_verbatim_and_short():
    """The validator checks this too; here it is stated on its own, with the rules' own helpers."""
    folder = articles_dir(DATA.root)
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: quotes cannot be checked against the articles")
    texts = {
        s.id: normalise((folder / s.data["file"]).read_text(encoding="utf-8"))
        for s in DATA["sources"].values()
    }
    quotes = [
        (record, value)
        for records in DATA.records.values()
        for record in records.values()
        for _, value in walk(record.data)
        if isinstance(value, dict) and "quote" in value
    ]
    assert len(quotes) >= 40
    for record, citation in quotes:
        quote = citation["quote"]
        assert quote_words(quote) <= QUOTE_WORDS, f"{record.id}: quote too long"
        assert normalise(quote) in texts[citation["source"]], (
            f"{record.id}: quote not in {citation['source']}"
        )


def test_native_names_are_printed_in_an_article():
    """A name in its own script is given only where an article prints it; anything else from
    outside the articles goes in an outside_articles note."""
    folder = articles_dir(DATA.root)
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: names cannot be checked against the articles")
    texts = " ".join(
        (folder / s.data["file"]).read_text(encoding="utf-8") for s in DATA["sources"].values()
    )
    for actor in DATA["actors"].values():
        if "native_name" in actor.data:
            assert actor.data["native_name"] in texts, f"{actor.id}: native name not in any article"
