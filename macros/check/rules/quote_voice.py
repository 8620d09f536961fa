"""Whose words a quote is: `voice: speaker` only where someone's own words can be.

A quote marked `voice: speaker` is shown as someone's own words ("Medinsky, as
quoted by Izvestia"). That is refused where the source's words are not its
author's (a source marked `reworded`), and in a claim that names no one who spoke.
"""

from macros.check.rules.rule import Rule


def check_record(record, nodes, context):
    sources = context.dataset["sources"]
    problems = []
    for path, value in nodes:
        if not isinstance(value, dict) or value.get("voice") != "speaker":
            continue
        source = sources.get(value.get("source")) if isinstance(value.get("source"), str) else None
        if source is not None and source.data.get("reworded") is True:
            problems.append(
                record.problem(
                    path + ("voice",),
                    f"the quote is from '{source.id}', whose words were "
                    "reworded, but is given as the speaker's own words",
                    "expected 'voice: source': a reworded text's sentences are its own wording",
                )
            )
        elif record.collection == "claims" and not ({"speaker", "speaker_note"} & set(record.data)):
            problems.append(
                record.problem(
                    path + ("voice",),
                    "the quote is given as a speaker's words, but the claim names no speaker",
                    "expected 'speaker: <actor-id>' on the claim, or 'voice: source'",
                )
            )
    return problems


RULE = Rule(
    "quote-voice",
    "a reworded source's quote, or a claim without a speaker, given as a speaker's own words",
    record=check_record,
    looks_up=True,
)
