"""YAML traps in a contribution: each is refused with exit status 1 and one
`FILE:LINE: field: what is wrong; what is expected` line, never a traceback."""

import os

import pytest

from macros.read import loader, strict_yaml

from conftest import validate_apart
from hostile import (
    ACTOR,
    ACTOR_TEXT,
    CLAIM_TEXT,
    CONTEXT,
    ISSUE,
    ISSUE_TEXT,
    append,
    refused,
    run,
    write,
)

# name: (bytes or text of data/issues/hostile-test.yaml, line or marker, field, message part)
ISSUE_CASES = {
    "duplicate key": (
        ISSUE_TEXT + "name: Other name\n",
        "Other name",
        "name",
        "the key 'name' appears twice (first at line 2); expected each key once",
    ),
    "tab indentation": (
        "id: hostile-test\nname: Test\nsummary: >-\n\tIndented with a tab.\n",
        4,
        "(file)",
        "indented with a tab; expected spaces only",
    ),
    "non-UTF-8 byte": (
        b"id: hostile-test\nname: Istanb\xfcl\nsummary: A summary.\n",
        2,
        "(file)",
        "byte 0xfc is not valid UTF-8; expected UTF-8 text",
    ),
    "byte-order mark": (
        b"\xef\xbb\xbf" + ISSUE_TEXT.encode(),
        1,
        "(file)",
        "starts with a byte-order mark",
    ),
    "anchor": (
        "id: hostile-test\nname: &n Test\nsummary: *n\n",
        2,
        "name",
        "anchors and aliases (& and *) are not allowed",
    ),
    "alias as a key": (
        "id: hostile-test\n&k name: Test\n*k : x\n",
        2,
        "(file)",
        "anchors and aliases",
    ),
    "empty file": ("", 1, "(file)", "the file is empty"),
    "whitespace only": ("  \n\n", 1, "(file)", "the file is empty"),
    "comments only": ("# nothing here yet\n", 1, "(file)", "the file holds no data"),
    "null document": ("---\n~\n", 1, "(file)", "the file holds no data"),
    "number where text is expected": (
        "id: hostile-test\nname: 1200\nsummary: A summary.\n",
        2,
        "name",
        "this is the number 1200; expected text (a name on one line",
    ),
    "true where text is expected": (
        "id: hostile-test\nname: true\nsummary: A summary.\n",
        2,
        "name",
        "this is true/false; expected text",
    ),
    "empty where text is expected": (
        "id: hostile-test\nname:\nsummary: A summary.\n",
        2,
        "name",
        "this is empty; expected text",
    ),
    "extremely long line": (
        "id: hostile-test\nname: Test\nsummary: " + "word " * 2000 + "\n",
        3,
        "(file)",
        "the line is 10,009 characters long; expected at most 5,000",
    ),
    "extremely long string": (
        "id: hostile-test\nname: Test\nsummary: >-\n" + "  word word word word\n" * 200,
        3,
        "summary",
        "the text is 3,999 characters long; expected at most 2,000 characters",
    ),
    "control character": (
        "id: hostile-test\nname: Te\x07st\nsummary: A summary.\n",
        2,
        "(file)",
        "the control character U+0007 at column 9",
    ),
    "escaped control character": (
        'id: hostile-test\nname: "Te\\e[2Jst"\nsummary: A summary.\n',
        2,
        "name",
        "the text contains the control character U+001B",
    ),
    "bidi override": (
        "id: hostile-test\nname: Test \u202eevil\nsummary: A summary.\n",
        2,
        "(file)",
        "U+202E",
    ),
    "carriage return line ends": (
        ISSUE_TEXT.replace("\n", "\r"),
        1,
        "(file)",
        "a carriage return (U+000D) without a line feed",
    ),
    "deep nesting": (
        "id: hostile-test\nname: Test\nsummary: " + "[" * 60 + "]" * 60 + "\n",
        3,
        "summary[0][0]",
        "values are nested too deeply; expected at most 40 levels",
    ),
    "list at top level": (
        "- id: hostile-test\n- name: Test\n",
        1,
        "(file)",
        "this is a list; expected a set of 'key: value' lines (Issue (data/issues/<id>.yaml)); "
        "write 'key: value' lines without a leading '- '",
    ),
    "text at top level": (
        "hostile-test\n",
        1,
        "(file)",
        "this is the text 'hostile-test'; expected a set of 'key: value' lines",
    ),
    "list where a text is expected": (
        "id: hostile-test\nname: [Test]\nsummary: A summary.\n",
        2,
        "name",
        "this is a list; expected text",
    ),
    "python tag": (
        "id: hostile-test\nname: !!python/object/apply:os.system [id]\nsummary: x\n",
        2,
        "name",
        "the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
    ),
    "tag on a mapping": (
        "!!map\nid: hostile-test\nname: Test\nsummary: A summary.\n",
        1,
        "(file)",
        "the YAML tag",
    ),
    "second document": (
        ISSUE_TEXT + "---\n" + ISSUE_TEXT,
        4,
        "(file)",
        "a second YAML document starts here",
    ),
    "number too large": (
        "id: hostile-test\nname: 1e999\nsummary: A summary.\n",
        2,
        "name",
        "the number 1e999 is too large; expected a number of ordinary size; if it is text, put it in quotes",
    ),
    "number with 5000 digits": (
        "id: hostile-test\nname: Test\nsummary:\n  " + "9" * 4500 + "\n",
        4,
        "summary",
        "is too large",
    ),
    "complex key": ("id: hostile-test\n? [name]\n: Test\n", 2, "(file)", "is not a plain name"),
    "unknown field": (
        ISSUE_TEXT + "weather: sunny\n",
        4,
        "weather",
        "unknown field 'weather'; expected one of: id, name",
    ),
    "syntax error": ("id: hostile-test\nname: [Test\nsummary: x\n", r"\d+", "(file)", "(YAML: "),
}


@pytest.mark.parametrize("name", ISSUE_CASES)
def test_yaml_trap_is_refused(scratch, capsys, name):
    content, line, field, message = ISSUE_CASES[name]
    write(scratch, ISSUE, content)
    if line == r"\d+":
        output = run(scratch, capsys)[1]
        line = int(output.split(f"{ISSUE}:")[1].split(":")[0])
    refused(scratch, capsys, ISSUE, line, field, message)


def test_huge_file_is_refused_before_parsing(scratch, capsys):
    write(scratch, ISSUE, ISSUE_TEXT + "# padding\n" * 110_000)
    refused(
        scratch, capsys, ISSUE, 1, "(file)", "larger than 1,048,576 bytes; expected a smaller file"
    )


def test_link_to_a_device_is_not_read(scratch, capsys):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    os.symlink("/dev/zero", scratch / ISSUE)  # reading it would never end
    refused(scratch, capsys, ISSUE, 1, "(file)", "this is not a plain file")


def test_folder_named_like_a_record_is_refused(scratch, capsys):
    (scratch / ISSUE).mkdir()
    refused(scratch, capsys, ISSUE, 1, "(file)", "this is not a plain file")


BILLION_LAUGHS = """id: hostile-test
name: Test
summary: A summary.
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_billion_laughs_is_refused_at_the_first_anchor(scratch, capsys):
    write(scratch, ISSUE, BILLION_LAUGHS)
    refused(scratch, capsys, ISSUE, 4, "a", "YAML anchors and aliases (& and *) are not allowed")


@pytest.mark.build
def test_billion_laughs_does_not_hang_the_validator(scratch):
    """The same bomb with its aliases first, in a separate process: a reader that
    expanded aliases would run out of memory here instead of answering."""
    write(scratch, ISSUE, BILLION_LAUGHS.replace('&a ["lol"', '["lol"').replace("[*a,", "[*z,"))
    result = validate_apart(scratch)
    assert result.returncode == 1
    assert f"{ISSUE}:5: b: YAML anchors and aliases" in result.stderr


def test_yaml_11_booleans_stay_text_where_text_is_expected(scratch, capsys):
    """`no`, `on`, `yes`, `off` are YAML 1.1 booleans; here they are the words they look like."""
    write(scratch, ISSUE, "id: hostile-test\nname: no\nsummary: on\naliases: [yes, off, y, n]\n")
    status, output = run(scratch, capsys)
    assert status == 0, output
    record = loader.load(scratch)["issues"]["hostile-test"]
    assert (record.data["name"], record.data["summary"], record.data["aliases"]) == (
        "no",
        "on",
        ["yes", "off", "y", "n"],
    )


def test_dates_stay_text(scratch, capsys):
    value, _, problems = strict_yaml.load(
        b"a: 2025-07-23\nb: 2025-07-23T10:00:00Z\nc: 0x1F\nd: 1_000\n", "f.yaml"
    )
    assert (
        value == {"a": "2025-07-23", "b": "2025-07-23T10:00:00Z", "c": "0x1F", "d": "1_000"}
        and not problems
    )


def test_yaml_11_boolean_where_a_boolean_is_expected(scratch, capsys):
    write(scratch, ISSUE, ISSUE_TEXT)
    write(
        scratch,
        ACTOR,
        ACTOR_TEXT
        + "posts:\n  - title: Minister\n    approximate: yes\n    sources: [{source: izvestia}]\n",
    )
    refused(
        scratch,
        capsys,
        ACTOR,
        "approximate",
        "posts[0].approximate",
        "this is the text 'yes'; expected true or false (true where from/until are only approximately known); "
        "write true or false ('yes' is read as text, not as true/false)",
    )


FIGURE = "  figures:\n    - value: {value}\n      unit: prisoners of war\n      qualifier: about\n"


# The test claim with a line added: (what is added, the line of the problem from the claim's
# first, the field named, the start of what is said).
# fmt: off
NON_ISO = "is not written in the expected form; expected when it was said, where known, as an ISO date"
CLAIM_LINES = {
    "number with a separator": (FIGURE.format(value="1,200"), 7, "figures[0].value",
                                "this is the text '1,200'; expected a number (the number, written without "
                                "separators: 1200, not 1,200); write 1200"),
    "separator in braces": ("  figures: [{value: 1,200, unit: people, qualifier: about}]\n", 6, "figures[0]",
                            "the number 200 stands where a field name should be; expected 'field: value'; "
                            "inside { } a comma starts a new field, so write 1200, not 1,200"),
    "key twice in a list item": ("  kind: position\n", 6, "kind", "the key 'kind' appears twice (first at line"),
    "date after the build": ("  said_on: 2999-01-01\n", 6, "said_on", "2999-01-01 is after today"),
    "impossible date": ("  said_on: 2025-02-30\n", 6, "said_on", "2025-02-30 is not a real date"),
    **{f"date {date}": (f"  said_on: {date}\n", 6, "said_on", f"the text '{date}' {NON_ISO}")
       for date in ["23 July 2025", "2025-7-23", "2025-07-23T10:00:00", "2025-07-23 10:00:00", "23.07.2025"]},
}
# fmt: on


@pytest.mark.parametrize("added, offset, field, message", CLAIM_LINES.values(), ids=CLAIM_LINES)
def test_a_claim_line_that_means_something_else_is_refused(
    scratch, capsys, added, offset, field, message
):
    start = append(scratch, CONTEXT, CLAIM_TEXT + added)
    refused(scratch, capsys, CONTEXT, start + offset, f"hostile-claim.{field}", message)


def test_record_where_a_list_is_expected(scratch, capsys):
    write(scratch, CONTEXT, CLAIM_TEXT.replace("- id", "  id")[2:].replace("\n  ", "\n"))
    refused(
        scratch,
        capsys,
        CONTEXT,
        1,
        "(file)",
        "this is a set of 'key: value' lines; expected a list",
    )


def test_message_cannot_break_the_line_or_fake_a_ci_command(scratch, capsys):
    write(scratch, ISSUE, ISSUE_TEXT + '"x\\n::error::owned": 1\n')
    output = refused(
        scratch, capsys, ISSUE, 4, "(file)", "the key 'x\\n::error::owned' is not a plain name"
    )
    assert not any(line.startswith("::") for line in output.splitlines())


def test_link_loop_in_data_is_refused(scratch, capsys):
    os.symlink("..", scratch / "data/loop")
    refused(scratch, capsys, "data/loop", 1, "(file)", "this is a link, not a plain file or folder")


def test_folders_of_any_depth_are_walked_and_an_unreadable_one_is_named(
    scratch, capsys, monkeypatch
):
    deep = scratch / "data"
    for _ in range(
        1200
    ):  # past Python's recursion limit (made one by one: os.makedirs recurses too)
        deep = deep / "d"
        os.mkdir(deep)
    (deep / "stray.txt").write_text("x", encoding="utf-8")
    (scratch / "data/locked").mkdir()
    scandir = os.scandir
    monkeypatch.setattr(
        os,
        "scandir",
        lambda path: (
            (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
            if str(path).endswith("locked")
            else scandir(path)
        ),
    )
    try:
        output = refused(scratch, capsys, "data/locked", 1, "(file)", "this folder cannot be read")
        assert "/d/stray.txt:1: (file): this file is not read by the site" in output
    finally:  # pytest's clean-up (shutil.rmtree) recurses, and would fail on the deep folders
        os.remove(deep / "stray.txt")
        while deep != scratch / "data":
            os.rmdir(deep)
            deep = deep.parent


def test_a_pipe_in_place_of_a_data_file_is_refused_without_waiting(scratch, capsys):
    os.mkfifo(scratch / ISSUE)
    refused(scratch, capsys, ISSUE, 1, "(file)", "this is not a plain file")


def test_linked_folder_is_refused_and_not_read(scratch, capsys, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.yaml").write_text("id: secret\nname: [SECRET-CONTENT\n", encoding="utf-8")
    os.symlink(outside, scratch / "data/issues/linked")
    os.rename(scratch / "data/glossary.yaml", outside / "glossary.yaml")
    os.symlink(outside / "glossary.yaml", scratch / "data/glossary.yaml")
    output = refused(scratch, capsys, "data/issues/linked", 1, "(file)", "this is a link")
    assert "SECRET-CONTENT" not in output
    assert "data/glossary.yaml:1: (file): this is not a plain file" in output


@pytest.mark.build
def test_long_list_of_mixed_items_does_not_hang(scratch):
    """A uniqueItems check that is quadratic on lists it cannot sort (jsonschema's was): 60,000 aliases
    and one mapping took minutes. Run apart, so that a regression fails, not hangs."""
    aliases = "".join(f"  - a{i}\n" for i in range(60_000)) + "  - {a: 1}\n"
    write(scratch, ISSUE, ISSUE_TEXT + "aliases:\n" + aliases)
    result = validate_apart(scratch)
    assert result.returncode == 1
    assert (
        f"{ISSUE}:60005: aliases[60000]: this is a set of 'key: value' lines; expected text"
        in result.stderr
    )


def test_a_folder_without_data_is_not_reported_as_fine(tmp_path, capsys):
    refused(tmp_path, capsys, "data", 1, "(file)", "there is no data folder")
