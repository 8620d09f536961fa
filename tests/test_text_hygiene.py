"""Text in data and written pages means what it shows: no value ends in a stray line
break or space, no invisible or direction-changing character, Unicode NFC throughout,
and the written pages in docs/ are plain files."""

import copy
import os

import pytest

from macros.check import schema_messages
from macros.common import text
from macros.common.text import problems_in_text
from macros.read import loader
from macros.read.collection_specs import BY_NAME
from macros.read.values import walk

from hostile import ACTOR, ACTOR_TEXT, ISSUE, ISSUE_TEXT, refused, write

ROUND = "data/rounds/round-3.yaml"
INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u061c",
    "\u2066",
    "\u2069",
    "\u202a",
    "\u202e",
    "\U000e0041",
    "\U000e007f",
    "\x00",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9f",
    "\ufeff",
    "\xad",
    "\u2060",
    "\t",
]


def test_a_block_scalar_date_ending_in_a_newline_is_refused(scratch, capsys):
    path = scratch / ROUND
    path.write_text(
        path.read_text(encoding="utf-8").replace("date: 2025-07-23", "date: |\n  2025-13-45\n", 1),
        encoding="utf-8",
    )
    refused(
        scratch,
        capsys,
        ROUND,
        "date: |",
        "date",
        "the text begins or ends with a space or line break",
    )


def test_an_id_ending_in_a_newline_is_refused(scratch, capsys):
    write(scratch, ISSUE, ISSUE_TEXT.replace("id: hostile-test", 'id: "hostile-test\\n"'))
    refused(scratch, capsys, ISSUE, 1, "id", "begins or ends with a space or line break")


@pytest.fixture(scope="module")
def one_record_each():
    dataset = loader.load(loader.ROOT)
    return [next(iter(records.values())) for records in dataset.records.values() if records]


@pytest.mark.parametrize("stray", ["\n", " ", "\t"])
def test_no_text_field_of_any_schema_takes_surrounding_whitespace(one_record_each, stray):
    """Decided by the schemas, so a field added later is held to it too: none allows multi-line prose."""
    for record in one_record_each:
        for path, value in walk(record.data):
            if not isinstance(value, str):
                continue
            for changed in (value + stray, stray + value):
                data = copy.deepcopy(record.data)
                parent = data
                for key in path[:-1]:
                    parent = parent[key]
                parent[path[-1]] = changed
                whole = data if BY_NAME[record.collection].per_record else [data]
                assert schema_messages.check(
                    whole, BY_NAME[record.collection].schema, record.file, {}
                ), (record.id, path)


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_in_a_name_is_refused_written_or_escaped(scratch, capsys, char):
    write(scratch, ACTOR, ACTOR_TEXT.replace("Test person", f"Test{char}person"))
    refused(scratch, capsys, ACTOR, 2, "(file)", f"U+{ord(char):04X}")
    write(scratch, ACTOR, ACTOR_TEXT.replace("Test person", f'"Test\\U{ord(char):08x}person"'))
    refused(scratch, capsys, ACTOR, 2, "name", f"U+{ord(char):04X}")


def test_text_not_in_nfc_is_refused(scratch, capsys):
    write(scratch, ACTOR, ACTOR_TEXT.replace("Test person", "Zelenske\u0301"))
    refused(scratch, capsys, ACTOR, 2, "(file)", "not in Unicode NFC form")


def test_problems_in_text_names_each_line():
    text = "# Title\r\nplain line\nhidden\u200bspace\n\u202eevil\nCafe\u0301\n"
    assert [str(p) for p in problems_in_text(text, "docs/x.md")] == [
        "docs/x.md:3: (file): the line contains the invisible character U+200B at column 7; "
        "expected visible text only; delete the character",
        "docs/x.md:4: (file): the line contains the invisible character U+202E at column 1; "
        "expected visible text only; delete the character",
        "docs/x.md:5: (file): the line is not in Unicode NFC form (a letter and its accent are stored as two "
        "characters); expected composed characters; retype the accented letter",
    ]


def test_a_written_page_with_a_bidi_override_is_refused(scratch, capsys):
    write(scratch, "docs/method.md", "# Method\n\nAll \u202egood.\n")
    refused(scratch, capsys, "docs/method.md", 3, "(file)", "U+202E")


@pytest.mark.parametrize("target", ["file", "folder"])
def test_a_link_under_docs_is_refused_naming_it(scratch, capsys, tmp_path_factory, target):
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.md").write_text("# Secret\n", encoding="utf-8")
    (scratch / "docs").mkdir(exist_ok=True)
    os.symlink(outside / "secret.md" if target == "file" else outside, scratch / "docs/linked")
    refused(
        scratch,
        capsys,
        "docs/linked",
        1,
        "(link)",
        "a symbolic link in docs/ would publish the file",
    )


# Red-team F21: each passed a list of invisible characters; refused now by their Unicode category.
BY_CATEGORY = [
    "\ufe0f",
    "\U000e0100",
    "\u180b",
    "\u17b4",
    "\U0001d173",
    "\u0600",
    "\U000110bd",
    "\U0001bca0",
    "\U00013430",
    "\u2800",
    "\ue000",
    "\uffff",
    "\ufffe",
    "\u2028",
    "\u2029",
    "\u3164",
    "\u115f",
    "\uffa0",
]


@pytest.mark.parametrize("char", BY_CATEGORY, ids=lambda c: f"U+{ord(c):04X}")
def test_characters_are_refused_by_category_in_data_and_pages(char):
    assert text.value_problem(f"Rustem{char}Umerov") is not None
    assert [p.line for p in problems_in_text(f"# Title\n\nRustem{char}Umerov\n", "docs/x.md")] == [
        3
    ]
    assert text.blanked(f"a{char}b") == "a b"


def test_visible_text_in_any_script_passes():
    assert all(
        text.value_problem(t) is None
        for t in ("Умєров", "Şahin\u00a0Fidan", "東京", "Zelenskyʼs", "a\u3000b")
    )


def test_plain_lines_are_not_looked_at_one_by_one(monkeypatch):
    """The check runs on every byte of the data: printable ASCII, line feeds, Latin and Cyrillic
    letters are passed over by one regex (a per-character lookup of every file made 100x
    validation take 6 s, not 2.5; of the translations, 0.76 s of a 0.8 s validation)."""
    looked_at = []
    monkeypatch.setattr(text, "refused", lambda char: looked_at.append(char) or False)
    line = "id: rustem-umerov\nname: Rustem Umerov\nuk: Рустем Умєров «Київ» — Kyïv\n"
    assert text.first_refused(line * 200 + "sign: \u2116\n") is None
    assert looked_at == ["\u2116"]


def test_right_to_left_punctuation_and_digits_are_refused():
    """Red team, third pass: '؛ 1000 84' shows as '84 1000 ؛', with no control character."""
    from macros.common.text import value_problem

    for sample in ("Ukraine ؛ 1000 84", "a ׀ b", "NKo ߁"):
        wrong = value_problem(sample)
        assert wrong and "right-to-left character" in wrong[0], sample


def test_no_character_the_quick_path_skips_would_be_refused():
    """first_refused looks up only what text.NOT_PLAIN matches: whatever it skips must be a
    character that refused() lets through."""
    skipped = (chr(i) for i in range(0x10000) if not text.NOT_PLAIN.match(chr(i)))
    assert [f"U+{ord(c):04X}" for c in skipped if text.refused(c)] == []
