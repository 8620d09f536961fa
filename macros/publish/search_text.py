"""What the site search reads of a page.

Material's search index keeps the text of a page's elements joined as they
stand in the HTML, so '<dt>Date</dt><dd>23 July 2025</dd>' is indexed, and shown
in results, as 'Date23 July 2025': a label run into its value, and words no query
finds. A space at each boundary between cells, items and blocks keeps words
apart whatever the layout. Browsers render no space there (between table cells,
list items or blocks), so the page looks the same.
"""

import re

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
