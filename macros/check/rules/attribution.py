"""Attribute, don't assert: every claim says who made it."""

from macros.check.rules.rule import Rule

UNATTRIBUTED_KINDS = {
    "assessment",
    "forecast",
}  # an author's own judgement: the source is the speaker


def check_record(record, nodes, context):
    data = record.data
    if (
        record.collection != "claims" or str(data.get("kind")) in UNATTRIBUTED_KINDS
    ):  # kind may be a list here
        return []
    if "speaker" in data or "speaker_note" in data:
        return []
    return [
        record.problem(
            ("kind",),
            "the claim does not say who made it",
            "expected 'speaker: <actor-id>' or 'speaker_note: <who>'; "
            "only assessment and forecast claims may leave both out",
        )
    ]


RULE = Rule("attribution", "a claim that does not say who made it", record=check_record)
