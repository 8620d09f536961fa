"""Characters that have no place in data or written pages, found line by line.

Invisible and direction-changing characters make text display differently from
what it says (a name with a zero-width space is another name; a bidi override
reverses what follows), and text that is not in Unicode NFC compares unequal to
text that looks the same. They are refused by Unicode category rather than by a
list, so that one missed in a list cannot pass: every control (a tab too; a line
feed only ends a line), format, private-use, surrogate and unassigned code point,
and line and paragraph separators; then the few of other categories that show as
nothing, or as a space where there is none. The YAML reader checks data files
with this; the validator checks the written pages in docs/ (problems_in_text).
"""

import re
import unicodedata

from macros.common.problems import Problem

REFUSED = {
    "Cc": "control character",
    "Cf": "invisible character",
    "Co": "private-use character",
    "Cs": "surrogate",
    "Cn": "unassigned code point",
    "Zl": "line separator",
    "Zp": "paragraph separator",
}
RIGHT_TO_LEFT = {"R", "AL", "AN"}
# Combining grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian free variation selectors,
# braille blank (a space that is none), variation selectors.
BLANK_LOOKING = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\uffa0\ufe00-\ufe0f"
    "\U000e0100-\U000e01ef]"
)
# Characters never refused: printable ASCII and the line feed, the Latin and Cyrillic letters but
# the soft hyphen, dashes, quotation marks and the like. The regex skips them in C, so that only
# the rest is looked up one by one (a translation is mostly Cyrillic; a test holds the list true).
NOT_PLAIN = re.compile(
    "[^\n -~\u00a0-\u00ac\u00ae-\u034e\u0350-\u036f\u0400-\u052f\u2010-\u2027\u2030-\u205e]"
)
_NAMES = {
    "\t": "a tab (U+0009)",
    "\r": "a carriage return (U+000D) without a line feed, as in old Mac files",
}


def refused(char):
    """True for a character that has no place in text (a line feed aside): by category, and any
    right-to-left one (bidi class R, AL or AN), which reorders what follows it even where it is
    a visible punctuation mark or digit ('؛ 1000 84' shows as '84 1000 ؛')."""
    return char != "\n" and (
        unicodedata.category(char) in REFUSED
        or bool(BLANK_LOOKING.match(char))
        or unicodedata.bidirectional(char) in RIGHT_TO_LEFT
    )


def first_refused(text):
    """The index of the first refused character in text, or None."""
    return next(
        (found.start() for found in NOT_PLAIN.finditer(text) if refused(found.group())), None
    )


def blanked(text):
    """The text with each refused character, and each line feed, made a space."""
    return (
        text
        if text.isprintable() and not BLANK_LOOKING.search(text)
        else "".join(" " if char == "\n" or refused(char) else char for char in text)
    )


def describe(char):
    if unicodedata.bidirectional(char) in RIGHT_TO_LEFT:
        return f"the right-to-left character U+{ord(char):04X}"
    return (
        _NAMES.get(char)
        or f"the {REFUSED.get(unicodedata.category(char), 'invisible character')} U+{ord(char):04X}"
    )


def value_problem(text, what="the text", at="character"):
    """(what is wrong, what is expected) for a piece of text, or None."""
    if (bad := first_refused(text)) is not None:
        return (
            f"{what} contains {describe(text[bad])} at {at} {bad + 1}",
            "expected visible text only; delete the character",
        )
    if not unicodedata.is_normalized("NFC", text):
        return (
            f"{what} is not in Unicode NFC form (a letter and its accent are stored as two characters)",
            "expected composed characters; retype the accented letter",
        )
    return None


def line_problem(line):
    """value_problem, worded for a whole line of a file (which may end in CR LF)."""
    return value_problem(line.removesuffix("\r"), "the line", "column")


def problems_in_text(text, file):
    """A Problem for each line of a text file (Markdown, YAML) with a refused character or not in NFC."""
    return [
        Problem(file, number, "", *found)
        for number, line in enumerate(text.split("\n"), 1)
        if (found := line_problem(line))
    ]
