from macros.check.rules import swallowed_keys

from .records import dataset, problems


def test_a_key_indented_into_the_text_above_is_named():
    """Contributor test (issue #21): the message pointed at `kind` and spoke of attribution."""
    claim = {"id": "c", "kind": "position", "text": "Words of the claim. speaker_note: a source"}
    found = problems(swallowed_keys.RULE, dataset(claims=[claim]))
    assert found == [
        "data/claims/context.yaml:1: c.text: the text holds 'speaker_note:', a key of this "
        "record, which looks indented into the text above it; expected 'speaker_note:' on a "
        "line of its own, indented as the record's other keys"
    ]


def test_a_key_the_record_has_is_words_in_its_text():
    claim = {"id": "c", "kind": "position", "text": "Its note: fine", "note": "x"}
    assert problems(swallowed_keys.RULE, dataset(claims=[claim])) == []
