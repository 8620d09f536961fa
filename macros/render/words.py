"""The site's own words in the edition's language. The code writes English (t("Latest status"),
n(3, "{n} claim", "{n} claims")); the Ukrainian and Russian editions look each up in their
interface catalogue (data/translations/<language>/interface.yaml). One edition a build: the
adapter sets it once (use) before any page renders."""

import re

_edition = {"language": "en", "catalogue": {}}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def use(language, catalogue):
    """The edition this build renders: its language and its catalogue (English -> words)."""
    _edition.update(language=language, catalogue=dict(catalogue))


def language():
    return _edition["language"]


def t(english, **values):
    """The edition's words for an English text; placeholders ({date}) filled with the values."""
    said = _edition["catalogue"].get(english, english)
    return fill(said[0] if isinstance(said, list) else said, values)


def n(count, one, many, **values):
    """'{n} claim' or '{n} claims' by the count, {n} filled; Ukrainian and Russian take the
    form of one, few or many (1 заява, 2 заяви, 5 заяв) from the catalogue's list."""
    said = _edition["catalogue"].get(one)
    if said is None:
        form = one if count == 1 else many
    else:
        forms = said if isinstance(said, list) else [said]
        form = forms[min(_slavic_form(count), len(forms) - 1)]
    return fill(form, {"n": f"{count:,}".replace(",", grouping()), **values})


def _slavic_form(count):
    """0 one, 1 few, 2 many: the Ukrainian and Russian rule for whole numbers."""
    if count % 10 == 1 and count % 100 != 11:
        return 0
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return 1
    return 2


def grouping():
    """What separates thousands: a comma in English, a narrow no-break space in Ukrainian and Russian."""
    return "," if _edition["language"] == "en" else "\u202f"


def fill(template, values):
    """Placeholders replaced by their values; nothing else in the template is read (no format
    mini-language: a catalogue is data)."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template
    )
