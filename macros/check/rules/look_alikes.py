"""Two records of a collection whose names, aliases or IDs read the same are reported:
a Cyrillic 'а' in a Latin name makes a second actor that no reader can tell apart."""
import unicodedata

from macros.check.rules.rule import Rule
from macros.read.values import as_list

NAMED_BY = ("name", "native_name", "term")  # keys holding what a record is called; also its ID and aliases
# Letters of other scripts drawn like Latin ones (after Unicode's confusables.txt), and digits drawn like letters.
_LOOK_ALIKE = str.maketrans(
    "аеорсухкмнтвѕіјԁӏһԛԝүАЕОРСУХКМНТВЅІЈ" "αεικνορτυχϲΑΒΕΖΗΙΚΜΝΟΡΤΥΧ" "ıℓ01",
    "aeopcyxkmhtbsijdlhqwyAEOPCYXKMHTBSIJ" "aeikvoptuxcABEZHIKMNOPTYX" "ilol")


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


def check_dataset(context):
    problems = []
    for records in context.dataset.records.values():
        seen = {}  # skeleton -> (record, path, text) that first had it
        for record in records.values():
            for path, text in names(record):
                first, first_path, first_text = seen.setdefault(skeleton(text), (record, path, text))
                if first is not record:
                    problems.append(record.problem(path, f"'{text}' reads the same as '{first_text}' of "
                                                   f"{first.id} ({first.file}:{first.line_of(*first_path)})",
                                                   "expected a name that readers can tell apart; if it is the same "
                                                   "one, use that record, and type every letter in one alphabet"))
    return problems


RULE = Rule("look-alikes", "two records of a collection whose names, aliases or IDs read the same", dataset=check_dataset)
