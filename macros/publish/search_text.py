"""What the site search reads of a page, and the other spellings its index knows.

Material's search index keeps the text of a page's elements joined as they
stand in the HTML, so '<dt>Date</dt><dd>23 July 2025</dd>' is indexed, and shown
in results, as 'Date23 July 2025': a label run into its value, and words no query
finds. A space at each boundary between cells, items and blocks keeps words
apart whatever the layout. Browsers render no space there (between table cells,
list items or blocks), so the page looks the same.
"""

import html
import json
import re
import unicodedata

BLOCKS = (
    "address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|"
    "header|li|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul"
)
_CLOSE = re.compile(
    rf"(</(?:{BLOCKS})>)(?=[^\s])", re.IGNORECASE
)  # a closing tag with no space after it
_OPEN = re.compile(
    rf"(?<=[^\s])(<(?:{BLOCKS})\b[^>]*>)", re.IGNORECASE
)  # an opening tag with no space before it
_BREAK = re.compile(r"(<br\s*/?>)(?=[^\s])", re.IGNORECASE)


def spaced(html):
    """The page's HTML with a space at every block boundary that had none, for the search index."""
    html = _CLOSE.sub(r"\1 ", html)
    html = _BREAK.sub(r"\1 ", html)
    return _OPEN.sub(r" \1", html)


# Letters that do not decompose into a plain one (NFKD keeps them whole).
_FOLDED = str.maketrans(
    {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D"}
)
_WORD = re.compile(r"\w+")
ALIAS_FIELDS = (
    ("actors", "name", "aliases"),
    ("issues", "name", "aliases"),
    ("rounds", "venue", "venue_aliases"),
)


def fold(text):
    """Latin letters without their marks: 'Çırağan' -> 'Ciragan', 'Noël' -> 'Noel'; other scripts
    stay as written (Ukrainian ї is a letter of its own, not an і with marks)."""
    return "".join(_fold_letter(char) for char in text.translate(_FOLDED))


def _fold_letter(char):
    if char.isascii() or not unicodedata.name(char, "").startswith("LATIN"):
        return char
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def name_groups(model):
    """Each record's name with the other names the data gives it: 'Ukraine', 'Kiev', ..."""
    return [
        [record.data[name], *record.data[aliases]]
        for collection, name, aliases in ALIAS_FIELDS
        for record in model[collection].values()
        if record.data.get(aliases) and name in record.data
    ]


def spelling_index(groups):
    """{a name's first word: {the name's words: every spelling of its thing}}, the words folded and
    casefolded: a text is then read once, word by word, whatever the number of names (at 100 times
    the data, a search of each name in each entry took longer than the build)."""
    index = {}
    for names in groups:
        spellings = {spelling for name in names for spelling in (name, fold(name))}
        for name in names:
            words = tuple(_WORD.findall(fold(name).casefold()))
            if words:
                index.setdefault(words[0], {}).setdefault(words, set()).update(spellings)
    return index


def other_spellings(text, index):
    """Words a reader may type for what this text says: each word with its marks dropped, and
    every other name of a thing the text names by one of its names. Sorted, for a stable index."""
    words = set(_WORD.findall(text))
    found = {fold(word) for word in words} - words
    tokens = _WORD.findall(fold(text).casefold())
    for at, token in enumerate(tokens):
        for name, spellings in index.get(token, {}).items():
            if tuple(tokens[at : at + len(name)]) == name:
                found |= spellings
    return sorted(spelling for spelling in found if spelling not in text)


MIN_ROOM = 300  # characters of other spellings any entry may take, however short


def within(spellings, room):
    """The spellings, in order, as long as they fit in `room` characters: an entry's added
    spellings never outgrow the entry (an alias 'the' once added every alias to every entry,
    and 200 KB of aliases made a 390 MB index that every reader's search downloads)."""
    kept, used = [], 0
    for spelling in spellings:
        used += len(spelling) + 1
        if used > room:
            break
        kept.append(spelling)
    return " ".join(kept)


def with_other_spellings(index_json, groups):
    """Material's search index (search/search_index.json) with each entry's other spellings added to
    its text, so that 'Ciragan', 'Çırağan' and 'Chiragan', or 'Kiev' and 'Ukraine', find the same pages."""
    index, names = json.loads(index_json), spelling_index(groups)
    for doc in index["docs"]:
        extra = other_spellings(html.unescape(doc["title"] + " " + doc["text"]), names)
        if (
            extra
        ):  # the index's text is HTML, as the theme shows it in results: data text is escaped
            doc["text"] += " " + html.escape(within(extra, max(len(doc["text"]), MIN_ROOM)))
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))
