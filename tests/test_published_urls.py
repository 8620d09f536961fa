"""Links that last: no published address may vanish without a redirect.

A new page needs nothing from its contributor: the list of addresses we keep grows when a
maintainer runs `make urls` (issue #21), and until then the pull request's job summary
flags any address a change removes or renames (cli/data_diff.py)."""

from macros.cli import published_urls
from macros.model import build_cache

REDIRECT_HELP = """\
These published addresses are gone from the site: {gone}
People and other sites link to them. Either bring the page back, or declare where it
went in data/redirects.yaml (the build then leaves a page there that sends readers on):

- id: {slug}
  old: {example}
  new: <where it is now, e.g. rounds/round-3/ or rounds/round-3/#claim-id>
  date: <today, YYYY-MM-DD>
  why: <why it moved>
"""


def test_no_published_address_disappears_without_a_redirect(built_site):
    redirected = {r.data["old"] for r in build_cache.model()["redirects"].values()}
    gone = sorted(published_urls.read() - published_urls.site_urls(built_site) - redirected)
    slug = (gone[0].strip("/").replace("/", "-").replace(".", "-") or "home") if gone else ""
    assert not gone, REDIRECT_HELP.format(
        gone=", ".join(gone), slug=slug, example=gone[0] if gone else ""
    )


def test_the_list_round_trips(tmp_path):
    path = tmp_path / "urls.txt"
    published_urls.write({"", "rounds/round-3/", "api/v1/claims.json"}, path)
    assert published_urls.read(path) == {"", "rounds/round-3/", "api/v1/claims.json"}


def test_every_redirect_leads_to_a_page_that_exists(built_site):
    for redirect in build_cache.model()["redirects"].values():
        page, _, anchor = redirect.data["new"].partition("#")
        html = built_site / page / "index.html"
        assert html.is_file(), (
            f"{redirect.file}:{redirect.line}: new: '{redirect.data['new']}' is not a page of the site"
        )
        assert not anchor or f'id="{anchor}"' in html.read_text(encoding="utf-8"), (
            f"{redirect.file}:{redirect.line}: new: the page has no anchor #{anchor}"
        )
