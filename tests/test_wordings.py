"""Citations that open what the citer saw (issue #21): each wording a claim or a page record's
summary has had, from the git history, keeps a page of its own, and a citation names the
present wording's page."""

import os
import subprocess
from types import SimpleNamespace

from macros.model.site_model import Model
from macros.publish import versions
from macros.read import wordings

from conftest import git

CLAIMS = "data/claims/round-1.yaml"
ROUND = "data/rounds/round-1.yaml"


def commit(root, text, day):
    (root / CLAIMS).write_text(f"- id: c\n  text: {text}\n- id: d\n  text: Same.\n", "utf-8")
    (root / ROUND).write_text(
        f"id: round-1\nsummary: Round {text}\ntext: Not a wording.\n", "utf-8"
    )
    git(root, "add", "-A")
    subprocess.run(  # the day a wording appeared is its commit's (the committer's date)
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.invalid", "commit", "-qm", text],
        cwd=root,
        check=True,
        capture_output=True,
        env={**os.environ, "GIT_COMMITTER_DATE": f"{day}T10:00:00+00:00"},
    )


def test_each_distinct_wording_with_the_day_it_appeared(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "data/claims").mkdir(parents=True)
    (tmp_path / "data/rounds").mkdir(parents=True)
    commit(tmp_path, "First wording.", "2025-07-24")
    commit(tmp_path, "Second wording.", "2025-08-01")
    commit(tmp_path, "First wording.", "2025-08-02")  # back again: no new wording
    found = wordings.read(tmp_path)
    assert [(w.text, w.day) for w in found["claims", "c"]] == [
        ("First wording.", "2025-07-24"),
        ("Second wording.", "2025-08-01"),
    ]
    assert [w.text for w in found["claims", "d"]] == ["Same."]
    assert [w.text for w in found["rounds", "round-1"]] == [
        "Round First wording.",
        "Round Second wording.",
    ]  # a round's wording is its summary, not another field


def test_without_git_there_are_no_wordings(tmp_path):
    assert wordings.read(tmp_path) == {}


class Records:
    """What versions.pages reads of a model: its records, the withdrawn claims, the wordings."""

    wordings_of = Model.wordings_of

    def __init__(self, records, found, english=None):
        self.records, self.withdrawn, self.wordings = records, {}, found
        self.dataset, self.english = self, english

    def __getitem__(self, collection):
        return {r.id: r for r in self.records if r.collection == collection}


def test_a_page_per_wording_and_the_present_one_last():
    first = wordings.Wording("Old.", "a" * 40, "2025-07-24")
    now = wordings.Wording("New.", "b" * 40, "2025-08-01")
    claim = SimpleNamespace(id="c", collection="claims", data={"text": "New."})
    issue = SimpleNamespace(id="i", collection="issues", data={"name": "Issue", "summary": "Old."})
    found = {("claims", "c"): [now, first], ("issues", "i"): [first]}
    model = Records([claim, issue], found)
    assert model.wordings_of(claim) == [first, now]
    pages = versions.pages(model, "https://x.test/", "Site")
    assert set(pages) == {
        "claims/c/v/aaaaaaaaaaaa/",
        "claims/c/v/bbbbbbbbbbbb/",
        "issues/i/v/aaaaaaaaaaaa/",
    }
    assert "It has been reworded since." in pages["claims/c/v/aaaaaaaaaaaa/"]
    assert "This is its present wording." in pages["claims/c/v/bbbbbbbbbbbb/"]
    assert "summary of “Issue”" in pages["issues/i/v/aaaaaaaaaaaa/"]
    assert 'href="../../../../issues/i/">Its page' in pages["issues/i/v/aaaaaaaaaaaa/"]


def test_another_edition_finds_the_english_wordings_of_a_translated_record():
    """The history holds the English: a translated claim's present wording is its English."""
    now = wordings.Wording("New.", "b" * 40, "2025-08-01")
    english = SimpleNamespace(id="c", collection="claims", data={"text": "New."})
    translated = SimpleNamespace(id="c", collection="claims", data={"text": "Нове."})
    found = {("claims", "c"): [now]}
    model = Records([translated], found, Records([english], found))
    assert model.wordings_of(translated) == [now]
    assert Records([translated], found).wordings_of(translated) == []
    page = versions.pages(model, "https://x.test/uk/", "Site")["claims/c/v/bbbbbbbbbbbb/"]
    assert "This is its present wording." in page  # said "reworded since" before


def test_a_record_without_a_summary_has_no_wordings():
    actor = SimpleNamespace(id="a", collection="actors", data={"name": "A"})
    found = {("actors", "a"): [wordings.Wording("Old.", "a" * 40, "2025-07-24")]}
    assert Records([actor], found).wordings_of(actor) == []


def test_the_built_claim_page_cites_its_present_wording_s_page(built_site):
    """The real site's history holds reworded claims: each keeps its earlier wordings' pages."""
    pages = sorted(built_site.glob("claims/*/v/*/index.html"))
    assert pages, "no version page was written"
    claim = pages[0].parents[2].name
    html = (built_site / f"claims/{claim}/index.html").read_text(encoding="utf-8")
    assert f"/claims/{claim}/v/" in html.split('class="cite-text"', 1)[1].split("</p>", 1)[0]


def test_a_reworded_round_summary_is_listed_on_its_page(built_site):
    """The third round's summary has been reworded in the history: its page lists the earlier
    summary, linked to the page that keeps it."""
    html = (built_site / "rounds/round-3/index.html").read_text(encoding="utf-8")
    section = html.split('class="record-wordings"', 1)[1].split("</section>", 1)[0]
    assert "This summary since" in section and "Until " in section and "“" not in section
    kept = sorted(built_site.glob("rounds/round-3/v/*/index.html"))
    assert len(kept) >= 2, "no page keeps the round's earlier summaries"
