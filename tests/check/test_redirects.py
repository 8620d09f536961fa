from macros.check.rules import redirects

from .records import dataset, problems


def redirect(old):
    return {
        "id": f"moved-{old.strip('/').replace('/', '-') or 'home'}",
        "old": old,
        "new": "rounds/round-3/",
    }


def test_a_redirect_may_not_hide_a_page_the_site_still_makes(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/method.md").write_text("# Method\n", encoding="utf-8")
    data = dataset(
        rounds=[{"id": "round-3"}],
        claims=[{"id": "a-claim"}],
        redirects=[
            redirect(old)
            for old in (
                "method/",
                "rounds/round-3/",
                "claims/a-claim/",
                "issues/",
                "rounds/third-round/",
            )
        ],
    )
    data.root = tmp_path
    found = problems(redirects.RULE, data)
    assert [p.split(": ")[1] for p in found] == [
        "moved-method.old",
        "moved-rounds-round-3.old",
        "moved-claims-a-claim.old",
        "moved-issues.old",
    ], found
    assert all(p.startswith("data/redirects.yaml:") for p in found)
