"""Which claims name an actor in their text: an actor's page lists what others said of them.

A claim names an actor by its name or an alias, or a person by a surname that no other actor
shares ('Medinsky said…'; two Fomins are named in full or not at all), matched as whole words.
"""

import re
from collections import defaultdict


def claims_naming(actors, claims):
    """{actor ID: [claims whose text names the actor]}, in claim order. Each text is read once,
    word by word, against the names by their first word: no search of each name in each claim."""
    terms = defaultdict(set)
    for actor in actors.values():
        for term in _terms(actor):
            terms[term].add(actor.id)
    surnames = defaultdict(set)
    for actor in actors.values():
        if actor.data["kind"] == "person":
            surnames[actor.data["name"].split()[-1]].add(actor.id)
    for surname, ids in surnames.items():
        if len(ids) == 1:
            terms[surname] |= ids
    by_first = defaultdict(dict)  # first word -> {the term's words: actor IDs}
    for term, ids in terms.items():
        words = tuple(_WORD.findall(term))
        if words:
            by_first[words[0]][words] = by_first[words[0]].get(words, set()) | ids
    found = defaultdict(list)
    for claim in claims.values():
        for actor in sorted(_named(_WORD.findall(claim.data["text"]), by_first)):
            found[actor].append(claim)
    return found


def _named(tokens, by_first):
    """The actors the words name, the longest name first where names overlap ('Trump administration'
    is not Trump), each name's words read once, as a regex of the names would match them."""
    named, at = set(), 0
    while at < len(tokens):
        candidates = by_first.get(tokens[at], {})
        matches = [words for words in candidates if tuple(tokens[at : at + len(words)]) == words]
        if not matches:
            at += 1
            continue
        longest = max(matches, key=len)
        named |= candidates[longest]
        at += len(longest)
    return named


_WORD = re.compile(r"\w+")


def _terms(actor):
    return [actor.data["name"], *actor.data.get("aliases", [])]
