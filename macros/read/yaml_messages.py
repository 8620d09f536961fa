"""The YAML parser's messages in a contributor's words: what the slip most often is, and how
to write it instead. The parser's own words follow in brackets, for whoever knows them."""

import re

QUOTE_IT = 'the text in double quotes if it holds a colon (text: "He said: yes")'
LINE_UP = (
    "each key lined up under the one above it, and a text's further lines indented under its key"
)
# (the parser's message, what the slip most often is, what is expected), first match wins
PLAIN = (
    (
        "mapping values are not allowed",
        "a colon and a space inside a value, or a line indented further than the ones above",
        f"expected {QUOTE_IT}, and {LINE_UP}",
    ),
    (
        "unexpected end of stream",
        "a quotation mark or a bracket opened and never closed",
        'expected the closing " or ] at the end of the value',
    ),
    (
        "expected ',' or ']'",
        "a list in [ ] that is not closed on its line, or holds a colon",
        "expected [first, second] on one line; an item holding ': ' in quotes",
    ),
    (
        "could not find expected ':'",
        "a line that is neither 'key: value' nor a continuation indented under a key",
        f"expected {LINE_UP}",
    ),
    (
        "expected <block end>",
        "a line indented less or more than the lines it belongs with, or words after a closing quotation mark",
        f"expected {LINE_UP}; a quoted text closed at its very end",
    ),
    (
        "cannot start any token",
        "a value that starts with a character YAML keeps for itself",
        f"expected {QUOTE_IT}",
    ),
    (
        "expected the node content",
        "a value missing, or a list or quotation not closed",
        'expected a value after the colon, and every [ and " closed',
    ),
)
FALLBACK = "expected valid YAML; check indentation, colons and quotes on this line or the one above"


def plain(message):
    """(what is wrong, what is expected) for a parser message."""
    message = re.sub(r"\s+", " ", message).strip()
    for found, wrong, expected in PLAIN:
        if found in message:
            return f"{wrong} (YAML: {message})", expected
    return f"YAML syntax: {message}", FALLBACK
