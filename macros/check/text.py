"""Characters that have no place in data or written pages, found line by line.

Invisible and direction-changing characters make text display differently from
what it says (a name with a zero-width space is another name; a bidi override
reverses what follows), and text that is not in Unicode NFC compares unequal to
text that looks the same. The YAML reader checks data files with this; the
validator checks the written pages in docs/ (problems_in_text).
"""
import re
import unicodedata

from macros.check.problems import Problem

# C0 and C1 controls (line feed aside; a tab is refused too), soft hyphen, combining grapheme
# joiner, Arabic letter mark, Hangul fillers, Mongolian vowel separator, zero-width and
# direction marks, line and paragraph separators, bidi embeddings, overrides and isolates,
# word joiner and invisible operators, BOM, interlinear annotation, tag characters.
INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\xad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f"
                       "\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e007f]")
_NAMES = {"\t": "a tab (U+0009)", "\r": "a carriage return (U+000D) without a line feed, as in old Mac files"}


def describe(char):
    return _NAMES.get(char) or f"the invisible character U+{ord(char):04X}"


def value_problem(text, what="the text", at="character"):
    """(what is wrong, what is expected) for a piece of text, or None."""
    if bad := INVISIBLE.search(text):
        return (f"{what} contains {describe(bad.group())} at {at} {bad.start() + 1}",
                "expected visible text only; delete the character")
    if not unicodedata.is_normalized("NFC", text):
        return (f"{what} is not in Unicode NFC form (a letter and its accent are stored as two characters)",
                "expected composed characters; retype the accented letter")
    return None


def line_problem(line):
    """value_problem, worded for a whole line of a file (which may end in CR LF)."""
    return value_problem(line.removesuffix("\r"), "the line", "column")


def problems_in_text(text, file):
    """A Problem for each line of a text file (Markdown, YAML) with an invisible character or not in NFC."""
    return [Problem(file, number, "", *found) for number, line in enumerate(text.split("\n"), 1)
            if (found := line_problem(line))]
