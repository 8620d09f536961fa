"""The site's own words in the edition's language. The code writes English (t("Latest status"),
n(3, "{n} claim", "{n} claims")); the Ukrainian and Russian editions look each up in their
interface catalogue (data/translations/<language>/interface.yaml). One edition a build: the
adapter sets it once (use) before any page renders."""

from macros.read.translations import PLACEHOLDER

_edition = {"language": "en", "catalogue": {}, "missing": set()}


def use(language, catalogue):
    """The edition this build renders: its language and its catalogue (English -> words)."""
    _edition.update(language=language, catalogue=dict(catalogue), missing=set())


def language():
    return _edition["language"]


def missing():
    """The English texts asked for since use() that the catalogue has no words for (shown in
    English): none in the English edition, and none once a translation is complete."""
    return set(_edition["missing"])


def _said(english):
    said = _edition["catalogue"].get(english)
    if said is None and _edition["language"] != "en":
        _edition["missing"].add(english)
    return said


def t(english, **values):
    """The edition's words for an English text; placeholders ({date}) filled with the values."""
    said = _said(english) or english
    return fill(said[0] if isinstance(said, list) else said, values)


def n(count, one, many, **values):
    """'{n} claim' or '{n} claims' by the count, {n} filled; Ukrainian and Russian take the
    form of one, few or many (1 заява, 2 заяви, 5 заяв) from the catalogue's list."""
    said = _said(one)
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
    mini-language: a catalogue is data). A value inside «…» has its own «…» made „…“, as
    Ukrainian and Russian nest quotation marks."""
    return PLACEHOLDER.sub(lambda m: _value(template, m, values), template)


def _value(template, match, values):
    if match.group(1) not in values:
        return match.group(0)
    value = str(values[match.group(1)])
    if template[match.start() - 1 : match.start()] == "«" and template[match.end() :].startswith(
        "»"
    ):
        value = value.replace("«", "„").replace("»", "“")
    return value


def sentence_start(text):
    """The text with a capital first letter, as a sentence begins ('анализ «вопрос–ответ»'
    lower-case within a sentence); of the same type, so that a mark such as English stays."""
    return type(text)(text[:1].upper() + text[1:])
