"""Errors of meaning that YAML and the schemas cannot see: each is refused with
exit status 1 and one `FILE:LINE: field:` line, and all are reported in one run."""

import re

import pytest

from hostile import CLAIM_TEXT, CONTEXT, ISSUE, append, line_of, problem_lines, refused, run, write

ROUND_3 = "data/claims/round-3.yaml"
COMMITMENTS = "data/commitments.yaml"
IZVESTIA = "seeds/izvestia.yaml"


def claim(**changes):
    """The test claim with fields replaced (None deletes a field)."""
    text = CLAIM_TEXT
    for key, value in changes.items():
        pattern = rf"^  {key}:.*\n(    .*\n)*" if f"  {key}:" in text else None
        new = "" if value is None else f"  {key}: {value}\n"
        text = re.sub(pattern, new, text, flags=re.M) if pattern else text + new
    return text


# A claim in context.yaml with one thing wrong: (fields changed, its line from the claim's first,
# the field named, the start of what is said). None deletes a field.
QUOTE_26 = "\n    - source: izvestia\n      quote: " + " ".join(["word"] * 26)
# fmt: off
CLAIM_REFUSALS = {
    "unknown speaker": ({"speaker": "nobody-at-all"}, 3, "speaker",
                        "'nobody-at-all' is not a known ID in actors; expected the ID of an existing record in actors"),
    "unknown source": ({"sources": "[{source: nowhere}]"}, 4, "sources[0].source",
                       "'nowhere' is not a known ID in sources"),
    "unknown issue": ({"issues": "[prisoners-of-war, no-such-issue]"}, 6, "issues[1]",
                      "'no-such-issue' is not a known ID in issues"),
    "no sources": ({"sources": None}, 0, "sources",
                   "the required field 'sources' is missing; expected at least one source, "
                   "each as '- source: ID', and eight at most"),
    "empty sources": ({"sources": "[]"}, 4, "sources", "this is empty; expected at least one source"),
    "no attribution": ({"speaker": None}, 1, "kind",
                       "the claim does not say who made it; expected 'speaker: <actor-id>' or 'speaker_note: <who>'"),
    "quote over 25 words": ({"sources": QUOTE_26}, 6, "sources[0].quote",
                            "the quote has 26 words; expected 25 words at most; shorten it"),
    "wrong round file": ({"round": "round-2"}, 6, "round",
                         "this claim is about 'round-2' but sits in context.yaml; "
                         "expected it in data/claims/round-2.yaml"),
    "citation as a bare ID": ({"sources": "[izvestia]"}, 4, "sources[0]",
                              "this is the text 'izvestia'; expected a set of 'key: value' lines (one source that "
                              "reports this, with an optional short quote as evidence); "
                              "write it as 'source: izvestia', or as {source: izvestia} inside [ ]"),
    "a list for the kind": ({"kind": "[]"}, 1, "kind", "this is a list; expected text"),  # found by hypothesis
}
# fmt: on


@pytest.mark.parametrize(
    "changes, offset, field, message", CLAIM_REFUSALS.values(), ids=CLAIM_REFUSALS
)
def test_a_claim_with_one_thing_wrong_is_refused(scratch, capsys, changes, offset, field, message):
    start = append(scratch, CONTEXT, claim(**changes))
    refused(scratch, capsys, CONTEXT, start + offset, f"hostile-claim.{field}", message)


def test_duplicate_id_in_one_file_is_refused(scratch, capsys):
    first = append(scratch, CONTEXT, claim())
    second = append(scratch, CONTEXT, claim())
    refused(
        scratch,
        capsys,
        CONTEXT,
        second,
        "hostile-claim.id",
        f"the ID 'hostile-claim' is already used at {CONTEXT}:{first}; expected a new ID",
    )


def test_duplicate_id_across_claim_files_is_refused(scratch, capsys):
    first = append(scratch, CONTEXT, claim())
    second = append(scratch, ROUND_3, claim(round="round-3"))
    refused(
        scratch,
        capsys,
        ROUND_3,
        second,
        "hostile-claim.id",
        f"the ID 'hostile-claim' is already used at {CONTEXT}:{first}",
    )


def test_quote_not_in_its_source_is_refused(scratch, capsys, need_articles):
    start = append(
        scratch,
        CONTEXT,
        claim(sources="\n    - source: izvestia\n      quote: Medinsky never said this"),
    )
    refused(
        scratch,
        capsys,
        CONTEXT,
        start + 6,
        "hostile-claim.sources[0].quote",
        "the quote is not found word for word in source 'izvestia'; expected an exact copy of the article's words",
    )


COMMITMENT = """- id: hostile-commitment
  round: round-3
  text: Something the tests say was agreed.
  claims: [hostile-claim]
  reports:
    - date: 2025-07-23
      claims: [hostile-claim]
    - date: {date}
      claims: [hostile-claim]
"""


def report_dated(first, second):
    return COMMITMENT.replace("2025-07-23", first).replace("{date}", second)


UNKNOWN_CLAIM = "[no-such-claim]".join(
    report_dated("2025-07-23", "2025-07-30").rsplit("[hostile-claim]", 1)
)
# The commitment above with a report wrong: (its text, the problem's line from its first, field, what is said).
# fmt: off
COMMITMENT_REFUSALS = {
    "report before its round": (report_dated("2025-07-01", "2025-07-30"), 5, "reports[0].date",
                                "this report is dated 2025-07-01, before round-3 on 2025-07-23; "
                                "expected status reports oldest first"),
    "report before the one above": (report_dated("2025-07-23", "2025-07-20"), 7, "reports[1].date",
                                    "this report is dated 2025-07-20, before the report above it (2025-07-23)"),
    "report naming an unknown claim": (UNKNOWN_CLAIM, 8, "reports[1].claims[0]",
                                       "'no-such-claim' is not a known ID in claims"),
}
# fmt: on


@pytest.mark.parametrize(
    "text, offset, field, message", COMMITMENT_REFUSALS.values(), ids=COMMITMENT_REFUSALS
)
def test_a_commitment_with_one_thing_wrong_is_refused(
    scratch, capsys, text, offset, field, message
):
    append(scratch, CONTEXT, claim())
    start = append(scratch, COMMITMENTS, text)
    refused(scratch, capsys, COMMITMENTS, start + offset, f"hostile-commitment.{field}", message)


def test_source_whose_file_is_missing_is_refused(scratch, capsys, need_articles):
    text = (scratch / IZVESTIA).read_text(encoding="utf-8")
    write(scratch, IZVESTIA, re.sub(r"(?m)^file: .*$", "file: 999_0000000000000000.txt", text))
    refused(
        scratch, capsys, IZVESTIA, "file:", "file", "there is no article 999_0000000000000000.txt"
    )


def test_source_whose_sha256_does_not_match_is_refused(scratch, capsys, need_articles):
    text = (scratch / IZVESTIA).read_text(encoding="utf-8")
    write(scratch, IZVESTIA, re.sub(r"(?m)^sha256: .*$", "sha256: " + "0" * 64, text))
    refused(
        scratch,
        capsys,
        IZVESTIA,
        "sha256:",
        "sha256",
        "the sha256 does not match the article file; expected the output of: sha256sum ../shared/seeds/",
    )


def test_source_file_outside_the_articles_is_never_opened(scratch, capsys):
    text = (scratch / IZVESTIA).read_text(encoding="utf-8")
    write(scratch, IZVESTIA, re.sub(r"(?m)^file: .*$", "file: ../../../../etc/passwd", text))
    output = refused(
        scratch, capsys, IZVESTIA, "file:", "file", "is not written in the expected form"
    )
    assert "there is no article" not in output and "sha256 does not match" not in output


def test_file_name_must_match_the_id(scratch, capsys):
    write(scratch, ISSUE, "id: other-name\nname: Test\nsummary: A summary.\n")
    refused(
        scratch,
        capsys,
        ISSUE,
        1,
        "id",
        "the ID 'other-name' differs from the file name 'hostile-test.yaml'",
    )


def test_if_then_message_is_readable(scratch, capsys):
    append(scratch, CONTEXT, claim() + claim().replace("hostile-claim", "hostile-claim-2"))
    start = append(
        scratch,
        "data/disagreements.yaml",
        "- id: hostile-dispute\n  question: Who is right?\n  about: [outcome]\n"
        "  claims: [hostile-claim, hostile-claim-2]\n  status: explained\n",
    )
    refused(
        scratch,
        capsys,
        "data/disagreements.yaml",
        start,
        "hostile-dispute.explanation",
        "the required field 'explanation' is missing (it is required when status is 'explained'); expected our note",
    )


def test_one_of_message_lists_the_choices(scratch, capsys):
    text = (scratch / IZVESTIA).read_text(encoding="utf-8")
    write(scratch, IZVESTIA, re.sub(r"(?m)^date: .*$", "date: 23 July 2025", text))
    refused(
        scratch,
        capsys,
        IZVESTIA,
        "date: 23 July",
        "date",
        "the text '23 July 2025' is not valid here; expected the date the text was written, where the text shows it, "
        "or 'unknown': one of an ISO date, YYYY-MM-DD, e.g. 2025-07-23 | 'unknown'",
    )


def test_all_problems_are_reported_in_one_run(scratch, capsys):
    """Every problem but those a file that cannot be read would cause elsewhere: an ID that
    names no record waits until every file reads (issue #21, one slip, one problem)."""
    write(scratch, ISSUE, "id: hostile-test\nname: 1200\nsummary: A summary.\nweather: sunny\n")
    start = append(scratch, CONTEXT, claim(speaker="nobody-at-all", said_on="2999-01-01"))
    write(scratch, "data/issues/second-test.yaml", "id: second-test\nname: x\n\tsummary: tab\n")
    unknown = f"{CONTEXT}:{start + 3}: hostile-claim.speaker: 'nobody-at-all'"
    expected = [
        f"{ISSUE}:2: name: this is the number 1200",
        f"{ISSUE}:4: weather: unknown field",
        f"{CONTEXT}:{line_of(scratch, CONTEXT, '2999-01-01')}: hostile-claim.said_on: 2999-01-01 is after today",
        "data/issues/second-test.yaml:3: (file): the line is indented with a tab",
    ]
    status, output = run(scratch, capsys)
    assert status == 1 and "Traceback" not in output
    found = problem_lines(output)
    for prefix in expected:
        assert any(line.startswith(prefix) for line in found), f"{prefix!r} missing from:\n{output}"
    assert not any(line.startswith(unknown) for line in found), output
    assert f"{len(found)} problem(s) in the data" in output
    write(scratch, "data/issues/second-test.yaml", "id: second-test\nname: x\nsummary: y\n")
    found = problem_lines(run(scratch, capsys)[1])
    assert any(line.startswith(unknown) for line in found), found


def test_a_flood_of_problems_is_cut_short_with_a_note(scratch, capsys):
    write(scratch, CONTEXT, "- x\n" * 5000)
    status, output = run(scratch, capsys)
    assert status == 1
    lines = [line for line in problem_lines(output) if line.startswith(CONTEXT)]
    assert len(lines) == 51
    assert lines[-1].endswith(
        "this file has more problems than are listed here; "
        "expected the ones above fixed first; then run the check again to see the rest"
    )
