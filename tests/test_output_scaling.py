"""Output grows in step with input: a page may not multiply what the data gives it.

Red-team F19: every use of a glossary term carried its whole tooltip, so the glossary's size
times the number of uses made a page quadratic in the data. F20: a disagreement could name
every claim, each shown again in full. Sizes are compared, never times.
"""

import pytest

from macros.check.validate import schema_problems
from macros.model.site_model import Model
from macros.pages import claim_page, record_pages
from macros.read import loader
from macros.render.page_view import View
from macros.render.rich_text import rich
from macros.views import disagreements, timeline
from macros.views.page_macros import VIEWS

from conftest import ROOT, copy_data

MEANING = "a made-up body whose long name fills the tooltip " * 2  # about 100 characters


def scaled(tmp_path, n):
    """(input bytes, timeline page bytes) for the data plus n glossary terms and n events naming them all."""
    root = copy_data(tmp_path / f"n{n}")
    terms = [f"Zq{i}" for i in range(n)]
    glossary = "".join(
        f"- id: zq{i}\n  term: {term}\n  meaning: {MEANING.strip()}\n"
        for i, term in enumerate(terms)
    )
    events = "".join(
        f"- id: scaled-{i}\n  date: 2025-12-31\n  title: Scaled {i}\n  text: Named {' '.join(terms)}.\n"
        f"  sources:\n    - source: izvestia\n"
        for i in range(n)
    )
    for name, added in (("glossary.yaml", glossary), ("events.yaml", events)):
        with open(root / "data" / name, "a", encoding="utf-8") as handle:
            handle.write("\n" + added)
    dataset = loader.load(root)
    assert not dataset.problems, dataset.problems
    page = timeline.timeline(View(Model(dataset), "timeline/"))
    return len(glossary + events), len(page.encode("utf-8"))


def growth(scale, tmp_path, small, large):
    """Output bytes added per input byte added, at a small and a large scale."""
    base = scale(tmp_path, 0)[1]
    return [
        (page - base) / added for added, page in (scale(tmp_path, small), scale(tmp_path, large))
    ]


def test_glossary_tooltips_grow_the_page_linearly(tmp_path):
    small, large = growth(scaled, tmp_path, 10, 40)
    assert large < 1.3 * small, (small, large)  # quadratic before: about 2.3 times


def test_a_term_is_explained_once_per_page():
    class Model:
        glossary_terms = ("NATO",)
        glossary = {"NATO": {"meaning": "North Atlantic Treaty Organization"}}

    view = View(Model(), "x/")
    first, second = rich(view, "NATO and NATO"), rich(view, "NATO again")
    assert first.count("<abbr") == 1 and "<abbr" not in second, (first, second)


@pytest.mark.parametrize("count, refused", [(12, False), (13, True)])
def test_a_disagreement_names_at_most_twelve_claims(tmp_path, count, refused):
    copy_data(tmp_path)
    claims = ", ".join(f"claim-{i}" for i in range(count))
    with open(tmp_path / "data/disagreements.yaml", "a", encoding="utf-8") as handle:
        handle.write(
            f"\n- id: too-many\n  question: Which?\n  about: [figure]\n  claims: [{claims}]\n  status: open\n"
        )
    found = [
        p for p in schema_problems(loader.load(tmp_path)) if p.field.startswith("too-many.claims")
    ]
    assert bool(found) == refused, found
    assert not found or "twelve" in found[0].expected


def loaded_with(root, path, added):
    """The data at root once `added` is appended to the file at path; it must read cleanly."""
    with open(root / path, "a", encoding="utf-8") as handle:
        handle.write(added)
    dataset = loader.load(root)
    problems = dataset.problems + schema_problems(dataset)
    assert not problems, problems
    return dataset


def scaled_disagreements(tmp_path, n):
    """(input bytes, disagreements page bytes) for the data plus n disagreements of twelve claims each."""
    root = copy_data(tmp_path / f"d{n}")
    claim_ids = list(Model(loader.load(ROOT)).dataset["claims"])[:12]
    added = "".join(
        f"\n- id: scaled-{i}\n  question: Scaled question {i}?\n  about: [outcome]\n"
        f"  claims: [{', '.join(claim_ids)}]\n  status: open\n"
        for i in range(n)
    )
    dataset = loaded_with(root, "data/disagreements.yaml", added)
    page = disagreements.disagreements_page(View(Model(dataset), "disagreements/"))
    return len(added), len(page.encode("utf-8"))


def test_disagreement_lists_grow_the_page_linearly(tmp_path):
    """A claim named by many disagreements is set out once and linked in one line at the others."""
    small, large = growth(scaled_disagreements, tmp_path, 5, 20)
    assert large < 1.3 * small, (small, large)
    assert large < 40, large  # a link line per claim, not a card (about 7 now)


def site_bytes(model):
    """Every page the data makes (rounds, actors, issues, claims, their indexes) and every view."""
    specs = (
        record_pages.all_pages(model)
        + record_pages.index_pages(model)
        + claim_page.all_pages(model)
    )
    views = [render(View(model, "x/")) for render in VIEWS.values()]
    return sum(len(text.encode("utf-8")) for text in [s.content for s in specs] + views)


def scaled_claims(tmp_path, n):
    """(input bytes, site bytes) for the data plus n issues and n claims, each claim on twelve
    issues (or all, if fewer), with eight citations, naming forty actors."""
    root = copy_data(tmp_path / f"c{n}")
    issues = [f"id: zz-{i}\nname: Scaled issue {i}\nsummary: A scaled issue.\n" for i in range(n)]
    for i, text in enumerate(issues):
        (root / f"data/issues/zz-{i}.yaml").write_text(text, encoding="utf-8")
    names = " ".join(a.data["name"] for a in list(loader.load(ROOT)["actors"].values())[:40])
    citations = "".join(f"    - source: izvestia\n      locator: paragraph {k}\n" for k in range(8))
    claims = "".join(
        f"\n- id: zz-claim-{i}\n  kind: position\n  text: Named {names} {i}.\n  side: russia\n"
        f"  round: round-3\n  issues: [{', '.join(f'zz-{(i + k) % n}' for k in range(min(12, n)))}]\n"
        f"  sources:\n{citations}"
        for i in range(n)
    )
    dataset = loaded_with(root, "data/claims/round-3.yaml", claims)
    return len("".join(issues) + claims), site_bytes(Model(dataset))


def test_claims_on_many_issues_grow_the_site_linearly(tmp_path):
    """Red team #20: a claim cited on every issue page made the site issues x citations (189 KB of
    data, 97 MB of site); now a claim names at most twelve issues and has at most eight citations."""
    small, large = growth(scaled_claims, tmp_path, 4, 16)
    assert large < 1.3 * small, (small, large)
    assert large < 80, large  # bytes of site per byte of data: about 55 now


TOO_MANY = {
    "issues": "  issues: [{}]\n  sources: [{{source: izvestia}}]\n".format(
        ", ".join(f"x-{i}" for i in range(13))
    ),
    "sources": "  sources:\n"
    + "".join(f"    - {{source: izvestia, locator: p{i}}}\n" for i in range(9)),
}


@pytest.mark.parametrize("field", TOO_MANY)
def test_a_claim_names_at_most_twelve_issues_and_eight_sources(tmp_path, field):
    copy_data(tmp_path)
    with open(tmp_path / "data/claims/round-3.yaml", "a", encoding="utf-8") as handle:
        handle.write(
            "\n- id: too-many\n  kind: position\n  text: Too many.\n  side: russia\n"
            f"  round: round-3\n{TOO_MANY[field]}"
        )
    found = schema_problems(loader.load(tmp_path))
    assert [p for p in found if p.field == f"too-many.{field}"], found
