"""The pull-request data diff (macros.cli.data_diff) on two states of a tiny git repository."""

import pytest

from macros.cli import data_diff

from conftest import git

BASE = {
    "data/rounds/round-1.yaml": "id: round-1\nname: First\n",
    "data/claims/round-1.yaml": "- id: kept\n  round: round-1\n  text: same\n",
    "data/events.yaml": "- id: old-event\n  title: Gone soon\n",
    "seeds/izvestia.yaml": "id: izvestia\ntitle: A headline\n",
}
HOSTILE = (
    "<script>alert(1)</script> `</code><img src=x onerror=alert(1)> | [link](https://example.invalid) "
    + "x" * 200
)


def write(root, files):
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    write(tmp_path, BASE)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "base")
    return tmp_path


def diff(root, capsys):
    assert data_diff.main(["--base", "HEAD", "--root", str(root)]) == 0
    return capsys.readouterr().out


def test_added_removed_and_changed_records_with_their_pages(repo, capsys):
    write(
        repo,
        {
            "data/rounds/round-1.yaml": "id: round-1\nname: First round\n",
            "data/claims/round-1.yaml": BASE["data/claims/round-1.yaml"]
            + "- id: new\n  text: no round\n",
            "data/events.yaml": "[]\n",
        },
    )
    out = diff(repo, capsys)
    assert "4 records before, 4 now: 1 added, 1 removed, 1 changed." in out
    assert (
        "### Added\n- `claims` `new` on `claims/new/`\n  - `id`: `new`\n  - `text`: `no round`\n"
        in out
    )
    assert "### Removed\n- `events` `old-event` on `timeline/#old-event`\n" in out
    assert (
        "### ⚠ Addresses that would break" in out
        and "- `events` `old-event`: `timeline/#old-event`" in out
    )
    assert "- `rounds` `round-1` on `rounds/round-1/`\n  - `name`: `First` **`round`**\n" in out
    assert "⚠ no new entry in `data/corrections.yaml` names it" in out
    assert "kept" not in out and "izvestia" not in out


def test_a_long_text_shows_the_words_that_changed(repo, capsys):
    """Issue #21: before and after were cut at 120 characters, hiding the change itself."""
    words = " ".join(f"w{i}" for i in range(100))
    claim = "- id: kept\n  round: round-1\n  text: {}\n"
    write(repo, {"data/claims/round-1.yaml": claim.format(words)})
    git(repo, "commit", "-qam", "a long text")
    write(repo, {"data/claims/round-1.yaml": claim.format(words.replace("w90", "CHANGED"))})
    out = diff(repo, capsys)
    assert (
        "`w0 w1 w2 w3 … w86 w87 w88 w89` ~~`w90`~~ **`CHANGED`** `w91 w92 w93 w94 … w96 w97 w98 w99`"
        in out
    )


def test_a_renamed_id_is_flagged_as_a_broken_address(repo, capsys):
    write(repo, {"data/claims/round-1.yaml": "- id: renamed\n  round: round-1\n  text: same\n"})
    out = diff(repo, capsys)
    assert "- `claims` `kept`, renamed to `renamed`: `claims/kept/`" in out


def test_nothing_changed(repo, capsys):
    assert "0 added, 0 removed, 0 changed." in diff(repo, capsys)


def test_data_text_cannot_inject_markdown_or_html(repo, capsys):
    write(
        repo,
        {
            "seeds/izvestia.yaml": f"id: izvestia\ntitle: {HOSTILE!r}\n",
            "seeds/evil.yaml": "id: '<img src=x onerror=alert(1)>'\n",
        },
    )
    out = diff(repo, capsys)
    assert "`title`: ~~`A headline`~~ **`<script>alert(1)</script> '</code><img" in out
    for line in out.splitlines():
        outside_code = line.split("`")[::2]  # no backticks inside values: the even parts are ours
        assert not any(c in part for part in outside_code for c in "<>[]|"), line
    assert (
        "`sources` `<img src=x onerror=alert(1)>` on `sources/#<img src=x onerror=alert(1)>`" in out
    )


@pytest.mark.parametrize(
    "text", ["- id: [unclosed\n", "- &a [x]\n- *a\n", "id: not-a-list\n", "\xff"]
)
def test_unreadable_files_are_named_not_fatal(repo, capsys, text):
    (repo / "data/events.yaml").write_bytes(text.encode("latin-1"))
    out = diff(repo, capsys)
    assert "- could not read `data/events.yaml`" in out
    assert "### Removed\n- `events` `old-event`" in out


def test_an_unknown_base_is_an_error_not_a_crash(repo, capsys):
    assert data_diff.main(["--base", "no-such-commit", "--root", str(repo)]) == 2
    assert "no commit" in capsys.readouterr().err


def test_a_logged_correction_is_shown_beside_the_record_it_corrects(repo, capsys):
    write(
        repo,
        {
            "data/rounds/round-1.yaml": "id: round-1\nname: First round\n",
            "data/corrections.yaml": "- id: named-first\n  record: round-1\n  date: 2026-12-06\n"
            "  what: The name.\n  why: Source.\n",
        },
    )
    out = diff(repo, capsys)
    assert "  - logged as the correction `named-first`" in out and "⚠ no new entry" not in out


def test_a_file_or_folder_name_cannot_inject_markdown_or_html(repo, capsys):
    """Red team, third pass: a collection's name comes from a path, and was shown as Markdown."""
    write(repo, {"data/[Click to approve](https:evil.example).yaml": "- id: y\n"})
    out = diff(repo, capsys)
    assert "- `[Click to approve](https:evil.example)` `y`" in out
