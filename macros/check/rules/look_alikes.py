"""Two records of a collection whose names, aliases or IDs read the same are reported:
a Cyrillic 'а' in a Latin name makes a second actor that no reader can tell apart.

A list of look-alike letters is never complete, so every text of a record (a name can
stand in any of them) is also held to what real words are: every word in one script
(Unicode's name of each letter gives its script), no
small capitals or phonetic letters drawn like plain ones, and no combining mark that
Unicode NFC could not join to its letter.
"""

import re
import unicodedata

from macros.check.rules.rule import Rule
from macros.read.values import as_list

NAMED_BY = (
    "name",
    "native_name",
    "term",
)  # keys holding what a record is called; also its ID and aliases
# Letters of other scripts drawn like Latin ones (after Unicode's confusables.txt), and digits drawn like letters.
_LOOK_ALIKE = str.maketrans(
    "аеорсухкмнтвѕіјԁӏһԛԝүАЕОРСУХКМНТВЅІЈαεικνορτυχϲΑΒΕΖΗΙΚΜΝΟΡΤΥΧıℓ01",
    "aeopcyxkmhtbsijdlhqwyAEOPCYXKMHTBSIJaeikvoptuxcABEZHIKMNOPTYXilol",
)
_DRAWN_LATIN = set(
    "аеорсухкмнтвѕіјԁӏһԛԝүАЕОРСУХКМНТВЅІЈαεικνορτυχϲΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
)  # of _LOOK_ALIKE
# IPA and phonetic extensions (small capitals among them): 'ɔ', 'ɑ', 'ᴏ'.
# Not the modifier letters: Ukrainian names take ʼ.
PHONETIC = re.compile("[\u0250-\u02af\u1d00-\u1dbf\uab30-\uab6f]")
LETTERS = {"Lu", "Ll", "Lt", "Lo"}  # not modifier letters (Lm), which belong to no one script
ONE_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}  # Japanese mixes these in one word
EXPECTED_LETTERS = (
    "expected every letter of a word in one alphabet, typed as a plain letter; a name in its own "
    "alphabet goes in native_name"
)


def skeleton(text):
    """What a text looks like: compatibility forms folded, look-alike letters made Latin, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_LOOK_ALIKE).casefold().split())


def names(record):
    """(path, text) for everything a record is called."""
    yield ("id",), record.id
    for key in NAMED_BY:
        if isinstance(record.data.get(key), str):
            yield (key,), record.data[key]
    for index, alias in enumerate(as_list(record.data.get("aliases"))):
        if isinstance(alias, str):
            yield ("aliases", index), alias


def letters_problem(text, name=False):
    """What is wrong with the letters of a text, or None; a name is held to more (disguised)."""
    if text.isascii():  # most texts: plain Latin letters, nothing to look up
        return None
    if mark := next((c for c in text if unicodedata.category(c).startswith("M")), None):
        return f"'{text}' has the combining mark U+{ord(mark):04X} on a letter that has no composed form"
    if phonetic := PHONETIC.search(text):
        letter = phonetic.group()
        return f"'{text}' has the phonetic letter {letter} (U+{ord(letter):04X}), drawn like a plain one"
    for word in text.split():
        if word.isascii():
            continue
        scripts = {_script(c) for c in word if unicodedata.category(c) in LETTERS}
        if len(scripts) > 1:
            return f"the word '{word}' mixes letters of {' and '.join(sorted(s.title() for s in scripts))}"
    return disguised(text, name)


def disguised(text, name=False):
    """A word written wholly in letters of another script drawn like Latin ones ('Рерѕі' in
    Cyrillic reads 'Pepsi'): refused in a name, whose own-script form goes in native_name, and
    in a text that is otherwise in Latin letters."""
    words = [w for w in text.split() if any(unicodedata.category(c) in LETTERS for c in w)]
    latin = any(all(_script(c) == "LATIN" for c in w if c.isalpha()) for w in words)
    for word in words if name or latin else []:
        letters = [c for c in word if unicodedata.category(c) in LETTERS]
        if all(_script(c) != "LATIN" and c in _DRAWN_LATIN for c in letters):
            return f"the word '{word}' is written in {_script(letters[0]).title()} letters drawn like Latin ones"
    return None


def _script(letter):
    script = unicodedata.name(letter, "UNKNOWN").split()[0]
    return ONE_SCRIPT.get(script, script)


def check_record(record, nodes, context):
    """Every text of a record, not only its names: a speaker's note, a venue or a source's
    short name shows a name as much as an actor's record does."""
    return [
        record.problem(path, wrong, EXPECTED_LETTERS)
        for path, text in nodes
        if isinstance(text, str) and (wrong := letters_problem(text, _is_name(path)))
    ]


def _is_name(path):
    """A record's name, term, ID or alias (its native_name may be in any script)."""
    return bool(path) and (
        path[0] in ("id", "name", "term") and len(path) == 1 or path[0] == "aliases"
    )


def check_dataset(context):
    problems = []
    for records in context.dataset.records.values():
        seen = {}  # skeleton -> (record, path, text) that first had it
        for record in records.values():
            for path, text in names(record):
                first, first_path, first_text = seen.setdefault(
                    skeleton(text), (record, path, text)
                )
                if first is not record:
                    problems.append(
                        record.problem(
                            path,
                            f"'{text}' reads the same as '{first_text}' of "
                            f"{first.id} ({first.file}:{first.line_of(*first_path)})",
                            "expected a name that readers can tell apart; if it is the same "
                            "one, use that record, and type every letter in one alphabet",
                        )
                    )
    return problems


RULE = Rule(
    "look-alikes",
    "two records of a collection whose names, aliases or IDs read the same; a name whose "
    "letters could pass for others",
    record=check_record,
    dataset=check_dataset,
)
