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


def other_spellings(text, groups):
    """Words a reader may type for what this text says: each word with its marks dropped, and
    every other name of a thing the text names by one of its names. Sorted, for a stable index."""
    words = set(_WORD.findall(text))
    found = {fold(word) for word in words} - words
    plain = fold(text).casefold()
    for names in groups:
        if any(re.search(rf"(?<!\w){re.escape(fold(n).casefold())}(?!\w)", plain) for n in names):
            found |= {spelling for n in names for spelling in (n, fold(n))}
    return sorted(spelling for spelling in found if spelling not in text)


def with_other_spellings(index_json, groups):
    """Material's search index (search/search_index.json) with each entry's other spellings added to
    its text, so that 'Ciragan', 'Çırağan' and 'Chiragan', or 'Kiev' and 'Ukraine', find the same pages."""
    index = json.loads(index_json)
    for doc in index["docs"]:
        extra = other_spellings(html.unescape(doc["title"] + " " + doc["text"]), groups)
        if (
            extra
        ):  # the index's text is HTML, as the theme shows it in results: data text is escaped
            doc["text"] += " " + html.escape(" ".join(extra))
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))
