"""Whose words a quote is: a rule the schema cannot express.

A quote marked `voice: speaker` is given on the page as someone's own words
("Medinsky, as quoted by Izvestia"). That is refused where the source's words are
not its author's (a reworded source), and in a claim that names no one who spoke.
To become a module of macros/check/rules/ once that package exists.
"""


def problems(record, nodes, sources):
    """(path, what is wrong, what is expected) for each quote given to the wrong voice."""
    found = []
    for path, value in nodes:
        if not isinstance(value, dict) or value.get("voice") != "speaker":
            continue
        source = sources.get(value.get("source")) if isinstance(value.get("source"), str) else None
        if source is not None and source.data.get("reworded") is True:
            found.append((path + ("voice",), f"the quote is from '{source.id}', whose words were reworded, "
                          "but is given as the speaker's own words",
                          "expected 'voice: source': a reworded text's sentences are its own wording"))
        elif record.collection == "claims" and not ({"speaker", "speaker_note"} & set(record.data)):
            found.append((path + ("voice",), "the quote is given as a speaker's words, but the claim names no speaker",
                          "expected 'speaker: <actor-id>' on the claim, or 'voice: source'"))
    return found
