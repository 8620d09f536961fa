"""Which claims name an actor in their text: an actor's page lists what others said of them.

A claim names an actor by its name or an alias, or a person by a surname that no other actor
shares ('Medinsky said…'; two Fomins are named in full or not at all), matched as whole words.
"""

import re
from collections import defaultdict


def claims_naming(actors, claims):
    """{actor ID: [claims whose text names the actor]}, in claim order."""
    by_term = defaultdict(set)
    for actor in actors.values():
        for term in _terms(actor):
            by_term[term].add(actor.id)
    surnames = defaultdict(set)
    for actor in actors.values():
        if actor.data["kind"] == "person":
            surnames[actor.data["name"].split()[-1]].add(actor.id)
    for surname, ids in surnames.items():
        if len(ids) == 1:
            by_term[surname] |= ids
    if not by_term:
        return {}
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(map(re.escape, sorted(by_term, key=len, reverse=True))) + r")(?!\w)"
    )
    found = defaultdict(list)
    for claim in claims.values():
        named = {actor for term in pattern.findall(claim.data["text"]) for actor in by_term[term]}
        for actor in sorted(named):
            found[actor].append(claim)
    return found


def _terms(actor):
    return [actor.data["name"], *actor.data.get("aliases", [])]
