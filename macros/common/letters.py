"""What the letters of a text may be: the site is written in English, with names in Latin and
Cyrillic letters, so a letter of another script, or a compatibility form of one (a fullwidth
or mathematical letter, a Roman numeral), is refused; so is a word that mixes alphabets, holds
phonetic letters or a stray combining mark, or is written wholly in Cyrillic or Greek letters
drawn like Latin ones where Latin is meant. A list of look-alike letters is never complete,
so the rule is by Unicode block (the common Latin and Cyrillic ones) and by script (Unicode's
name of each letter gives it), the list only for the last case. Data, written pages and
commit subjects are all held to it."""

import functools
import re
import unicodedata

# Letters of other scripts drawn like Latin ones (after Unicode's confusables.txt), and digits drawn like letters.
_LOOK_ALIKE = str.maketrans(
    "аеорсухкмнтвѕіјԁӏһԛԝүАЕОРСУХКМНТВЅІЈӀҺҮαεικνορτυχϲΑΒΕΖΗΙΚΜΝΟΡΤΥΧıℓ01",
    "aeopcyxkmhtbsijdlhqwyAEOPCYXKMHTBSIJIhYaeikvoptuxcABEZHIKMNOPTYXilol",
)
_DRAWN_LATIN = set(
    "аеорсухкмнтвѕіјԁӏһԛԝүАЕОРСУХКМНТВЅІЈӀҺҮαεικνορτυχϲΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
)  # of _LOOK_ALIKE
# IPA and phonetic extensions (small capitals among them): 'ɔ', 'ɑ', 'ᴏ'.
# Not the modifier letters: Ukrainian names take ʼ.
PHONETIC = re.compile("[\u0250-\u02af\u1d00-\u1dbf\uab30-\uab6f]")
LETTERS = {"Lu", "Ll", "Lt", "Lo"}  # not modifier letters (Lm), which belong to no one script
ONE_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}  # Japanese mixes these in one word
EXPECTED_LETTERS = (
    "expected plain Latin or Cyrillic letters, every word in one alphabet; a name in its own "
    "alphabet goes in native_name"
)
# The letters the articles and the site's names use: Latin to Latin Extended-B (Turkish, Polish,
# French...) but for the click letters drawn like 'l' and '!', and the main Cyrillic block; the
# rarer Latin and Cyrillic blocks hold letters drawn like common ones (Ꞵ, Ꝑ, Ԝ) and nothing the
# site needs.
_ALLOWED_LETTERS = re.compile("[A-Za-z\u00aa-\u01bf\u01c4-\u024f\u0400-\u04ff]")


def skeleton(text):
    """What a text looks like: compatibility forms folded, look-alike letters made Latin, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_LOOK_ALIKE).casefold().split())


def letters_problem(text, name=False):
    """What is wrong with the letters of a text, or None; a name is held to more (disguised)."""
    if text.isascii():  # most texts: plain Latin letters, nothing to look up
        return None
    if mark := next((c for c in text if unicodedata.category(c).startswith("M")), None):
        return f"'{text}' has the combining mark U+{ord(mark):04X} on a letter that has no composed form"
    if foreign := next((c for c in text if _foreign(c)), None):
        return (
            f"'{foreign}' (U+{ord(foreign):04X}) is not a plain Latin or Cyrillic letter or digit"
        )
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


@functools.cache  # a pure function of one character; a translation repeats its few dozen
def _foreign(char):
    """A letter of a block the site does not use, a digit other than 0-9, or a compatibility
    form of either (fullwidth, mathematical, Roman numeral, ²)."""
    category = unicodedata.category(char)
    if category[0] not in "LN" or category == "Lm":  # Ukrainian names take the modifier ʼ
        return False
    if unicodedata.normalize("NFKC", char) != char or category == "Nd":
        return not ("0" <= char <= "9")
    return category[0] == "N" or not _ALLOWED_LETTERS.match(char)


def disguised(text, name=False):
    """A word written wholly in letters of another script drawn like Latin ones ('Рерѕі' in
    Cyrillic reads 'Pepsi'): refused in a name, whose own-script form goes in native_name, and
    in a text mostly in Latin letters (a Ukrainian or Russian text may name Recep Erdogan)."""
    words = [w for w in text.split() if any(unicodedata.category(c) in LETTERS for c in w)]
    in_latin = sum(all(_script(c) == "LATIN" for c in w if c.isalpha()) for w in words)
    latin = in_latin * 2 >= len(words)
    for word in words if name or latin else []:
        letters = [c for c in word if unicodedata.category(c) in LETTERS]
        if all(_script(c) != "LATIN" and c in _DRAWN_LATIN for c in letters):
            return f"the word '{word}' is written in {_script(letters[0]).title()} letters drawn like Latin ones"
    return None


@functools.cache
def _script(letter):
    script = unicodedata.name(letter, "UNKNOWN").split()[0]
    return ONE_SCRIPT.get(script, script)
