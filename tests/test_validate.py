"""The validator accepts the real data and refuses each class of broken input
with a FILE:LINE message, exit status 1, and no traceback."""

import re
import shutil

import pytest

from macros.cli import validate
from macros.read import loader

ROUND = "data/rounds/round-3.yaml"
# the first quote in ROUND, at delegations[0].members[0].sources[0]
MEDINSKY_QUOTE = (
    '"the delegation was headed by Vladimir Medinsky, '
    'Assistant to the President of the Russian Federation"'
)


def run(root, capsys):
    status = validate.main(["--root", str(root)])
    out = capsys.readouterr()
    return status, out.out + out.err


def replace(root, file, old, new):
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}: the test no longer matches the data"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(root, file, text):
    lines = (root / file).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if text in line)


def test_real_data_validates(capsys):
    status, output = run(loader.ROOT, capsys)
    assert status == 0, output
    assert output.startswith("data OK") or "data OK" in output


def test_every_problem_is_reported_in_one_run(scratch, capsys):
    replace(scratch, ROUND, "number: 3", "number: three")
    replace(scratch, ROUND, "city: Istanbul", "city: Istanbul\nweather: sunny")
    status, output = run(scratch, capsys)
    assert status == 1
    assert f"{ROUND}:3: number:" in output
    assert f"{ROUND}:7: weather: unknown field 'weather'" in output
    assert "Traceback" not in output


CASES = {
    # name: (old text, new text, expected message part, line holding the marker)
    "malformed YAML": ("city: Istanbul", "city: [Istanbul", "(YAML: ", None),
    "duplicate key": (
        "city: Istanbul",
        "city: Istanbul\ncity: Ankara",
        "the key 'city' appears twice",
        "city: Ankara",
    ),
    "tab indentation": (
        "    side: russia",
        "\tside: russia",
        "indented with a tab",
        "\tside: russia",
    ),
    "unknown key": (
        "city: Istanbul",
        "city: Istanbul\nwether: sunny",
        "unknown field 'wether'",
        "wether",
    ),
    "missing required field": (
        "city: Istanbul\n",
        "",
        "the required field 'city' is missing",
        None,
    ),
    "wrong type": ("number: 3", "number: '3'", "number: this is the text '3'", "number:"),
    "impossible date": (
        "date: 2025-07-23",
        "date: 2025-02-30",
        "2025-02-30 is not a real date",
        "date:",
    ),
    "unknown reference": (
        "- actor: mikhail-galuzin",
        "- actor: mikhail-galuzn",
        "'mikhail-galuzn' is not a known ID in actors",
        "mikhail-galuzn",
    ),
    "YAML 1.1 boolean kept as text": ("city: Istanbul", "city: no", None, None),
}


@pytest.mark.parametrize("name", CASES)
def test_broken_round_is_refused(scratch, capsys, name):
    old, new, message, marker = CASES[name]
    replace(scratch, ROUND, old, new)
    status, output = run(scratch, capsys)
    if message is None:  # accepted: `no` is the text "no", not False
        assert status == 0, output
        return
    assert status == 1, output
    assert "Traceback" not in output
    line = line_of(scratch, ROUND, marker) if marker else r"\d+"
    assert re.search(rf"^{re.escape(ROUND)}:{line}: .*{re.escape(message)}", output, re.M), output


def test_duplicate_id_is_refused(scratch, capsys):
    text = (scratch / ROUND).read_text(encoding="utf-8")
    (scratch / "data/rounds/round-4.yaml").write_text(
        text.replace("number: 3", "number: 4"), encoding="utf-8"
    )
    status, output = run(scratch, capsys)
    assert status == 1
    assert (
        "data/rounds/round-4.yaml:2: id: the ID 'round-3' is already used at data/rounds/round-3.yaml"
        in output
    )


def test_non_utf8_bytes_are_refused(scratch, capsys):
    path = scratch / ROUND
    lines = path.read_bytes().split(b"\n")
    lines[5] = b"city: Istanb\xfcl"
    path.write_bytes(b"\n".join(lines))
    status, output = run(scratch, capsys)
    assert status == 1
    assert f"{ROUND}:6: (file): byte 0xfc is not valid UTF-8" in output


def test_over_long_quote_is_refused(scratch, capsys, need_articles):
    quote = " ".join(["word"] * 26)
    replace(scratch, ROUND, f"quote: {MEDINSKY_QUOTE}", f"quote: '{quote}'")
    status, output = run(scratch, capsys)
    assert status == 1
    line = line_of(scratch, ROUND, quote)
    assert (
        f"{ROUND}:{line}: delegations[0].members[0].sources[0].quote: the quote has 26 words"
        in output
    )


def test_quote_must_be_in_the_article(scratch, capsys, need_articles):
    replace(scratch, ROUND, f"quote: {MEDINSKY_QUOTE}", "quote: 'Medinsky never said this'")
    status, output = run(scratch, capsys)
    assert status == 1
    assert "the quote is not found word for word in source 'izvestia'" in output


SLIPS = {
    "a tab": ("  kind: position", "\tkind: position"),
    "bad indentation": ("  kind: position", "   kind: position"),
    "an unquoted colon": (
        "  text: >-\n    According to the Brussels preview",
        "  text: According: to the Brussels preview",
    ),
}


@pytest.mark.parametrize("old, new", SLIPS.values(), ids=SLIPS.keys())
def test_one_slip_in_a_claims_file_is_one_problem(scratch, capsys, old, new):
    """Issue #21: a file that cannot be read printed 121 problems, 120 of them knock-on ones
    (its IDs unknown elsewhere, its quotes missing from quotes.lock, its claims' pages gone)."""
    (scratch / "tests").mkdir()
    shutil.copy2(loader.ROOT / "tests/published_urls.txt", scratch / "tests/published_urls.txt")
    replace(scratch, "data/claims/round-3.yaml", old, new)
    status, output = run(scratch, capsys)
    problems = [line for line in output.splitlines() if re.match(r"[^ :]+:\d+: ", line)]
    assert status == 1 and len(problems) == 1, output
    assert problems[0].startswith("data/claims/round-3.yaml:"), problems


@pytest.mark.parametrize("old, new", SLIPS.values(), ids=SLIPS.keys())
def test_a_slip_is_worded_for_a_contributor(scratch, capsys, old, new):
    """The parser's jargon ('mapping values are not allowed') comes after what the slip most
    often is and how to write it instead."""
    replace(scratch, "data/claims/round-3.yaml", old, new)
    _, output = run(scratch, capsys)
    line = next(x for x in output.splitlines() if x.startswith("data/claims/round-3.yaml:"))
    assert "tab" in line or ("indented" in line and "(YAML: " in line), line
