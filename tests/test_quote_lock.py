"""Quotes are checked wherever the build runs: on a machine without the articles the
real data passes against quotes.lock, and a quote added without `make quotes`
fails; where the articles are present, `make quotes` writes the lock and validate
holds it up to date."""

from macros.check.rules.quote_lock import fingerprint
from macros.cli import quotes, validate
from macros.read import loader

from hostile import CLAIM_TEXT, CONTEXT, append, refused, run

QUOTE_CLAIM = CLAIM_TEXT + "      quote: Medinsky said something for the tests\n"


def test_the_real_data_passes_without_the_articles(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(tmp_path))  # an empty folder
    status, output = run(loader.ROOT, capsys)
    assert status == 0, output
    assert "the articles are absent" in output and "quotes.lock" in output


def test_a_quote_added_without_checking_fails_without_the_articles(
    scratch, monkeypatch, capsys, tmp_path
):
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(tmp_path / "absent"))
    line = append(scratch, CONTEXT, QUOTE_CLAIM)
    refused(
        scratch,
        capsys,
        CONTEXT,
        line + 6,
        "hostile-claim.sources[0].quote",
        "this quote was not checked against its article; run make quotes where ../shared/seeds is present",
    )


def test_a_changed_quote_fails_without_the_articles(scratch, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(tmp_path / "absent"))
    path = scratch / "data/rounds/round-3.yaml"
    text = path.read_text(encoding="utf-8")
    quote_line = next(line for line in text.splitlines() if "quote:" in line)
    path.write_text(
        text.replace(
            quote_line,
            quote_line.rstrip('"') + " indeed" + ('"' if quote_line.endswith('"') else ""),
            1,
        ),
        encoding="utf-8",
    )
    refused(
        scratch,
        capsys,
        "data/rounds/round-3.yaml",
        quote_line.strip()[:20],
        "notes[0].sources[0].quote",
        "this quote was not checked against its article",
    )


def test_make_quotes_refuses_without_the_articles(scratch, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(tmp_path / "absent"))
    before = (scratch / "quotes.lock").read_bytes()
    assert quotes.main(["--root", str(scratch)]) == 1
    assert "is absent: quotes can be checked only where the articles are" in capsys.readouterr().err
    assert (scratch / "quotes.lock").read_bytes() == before


def test_make_quotes_refuses_a_quote_not_in_its_article(scratch, capsys, need_articles):
    append(scratch, CONTEXT, QUOTE_CLAIM)
    assert quotes.main(["--root", str(scratch)]) == 1
    assert "the quote is not found word for word in source 'izvestia'" in capsys.readouterr().err


def test_where_the_articles_are_present_the_lock_must_be_up_to_date(scratch, capsys, need_articles):
    path = scratch / "quotes.lock"
    path.write_text(
        path.read_text(encoding="utf-8") + "0" * 64 + " " + "1" * 64 + " izvestia: gone\n",
        encoding="utf-8",
    )
    refused(
        scratch,
        capsys,
        "quotes.lock",
        "gone",
        "(file)",
        "no quote in the data has this fingerprint any more",
    )
    assert quotes.main(["--root", str(scratch)]) == 0
    status, output = run(scratch, capsys)
    assert status == 0, output


def test_a_lock_line_forged_in_a_content_path_is_refused(scratch, monkeypatch, capsys, tmp_path):
    """Red-team F24: a line is public arithmetic (sha256 of the source ID and quote, then the article's
    sha256 from seeds/), so a content-only pull request could add its own. The lock lives beside
    requirements.lock, reviewed as code; a lock in seeds/ is a stray file and vouches for nothing."""
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(tmp_path / "absent"))
    forged = "Ukraine has agreed to surrender all of its territory"
    line = append(scratch, CONTEXT, CLAIM_TEXT + f"      quote: {forged}\n")
    article = loader.load(scratch)["sources"]["izvestia"].data["sha256"]
    (scratch / "seeds/quotes.lock").write_text(
        f"{fingerprint('izvestia', forged)} {article} izvestia: x\n", encoding="utf-8"
    )
    output = refused(
        scratch,
        capsys,
        CONTEXT,
        line + 6,
        "hostile-claim.sources[0].quote",
        "this quote was not checked against its article",
    )
    assert "seeds/quotes.lock:1: (file): this file is not read by the site" in output


def test_on_a_pull_request_a_new_quote_waits_for_a_maintainer(
    scratch, monkeypatch, capsys, tmp_path
):
    """Issue #21: a contributor's new quote cannot be checked on GitHub (no articles); CI on a
    pull request (QUOTES_MAY_WAIT=1) passes and says, in the job summary, what waits."""
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(tmp_path / "absent"))
    monkeypatch.setenv("QUOTES_MAY_WAIT", "1")
    append(scratch, CONTEXT, QUOTE_CLAIM + "      voice: source\n")
    summary = tmp_path / "summary.md"
    status = validate.main(["--root", str(scratch), "--github", "--summary", str(summary)])
    output = capsys.readouterr().out
    assert status == 0, output
    assert "waiting: data/claims/context.yaml:" in output
    text = summary.read_text(encoding="utf-8")
    assert "Waiting for a maintainer" in text and "hostile-claim.sources[0].quote" in text
