"""Helpers for the hostile-input tests: write broken data into a scratch
project, run the validator, and find the exact FILE:LINE: field: line."""

import json
import re
from html.parser import HTMLParser

from macros.cli import validate

ISSUE = "data/issues/hostile-test.yaml"
ACTOR = "data/actors/hostile-test.yaml"
CONTEXT = "data/claims/context.yaml"
ISSUE_TEXT = "id: hostile-test\nname: Test issue\nsummary: An issue written by the tests.\n"
ACTOR_TEXT = (
    "id: hostile-test\nname: Test person\nkind: person\nsummary: A person written by the tests.\n"
    "sources: [{source: izvestia}]\n"
)
CLAIM_TEXT = (
    "- id: hostile-claim\n  kind: statement\n  text: Medinsky said something for the tests.\n"
    "  speaker: vladimir-medinsky\n  sources:\n    - source: izvestia\n"
)


BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data"}


def run(root, capsys):
    """(exit status, everything printed) of `python -m macros.cli.validate --root ROOT`."""
    status = validate.main(["--root", str(root)])
    out = capsys.readouterr()
    return status, out.out + out.err


def write(root, file, content):
    path = root / file
    path.parent.mkdir(parents=True, exist_ok=True)
    (
        path.write_bytes
        if isinstance(content, bytes)
        else lambda t: path.write_text(t, encoding="utf-8")
    )(content)


def append(root, file, text):
    """Add list items at the end of a list file; returns the line the text starts on."""
    path = root / file
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    old = old if not old or old.endswith("\n") else old + "\n"
    path.write_text(old + text, encoding="utf-8")
    return old.count("\n") + 1


def line_of(root, file, marker):
    lines = (root / file).read_text(encoding="utf-8", errors="replace").split("\n")
    return next(n for n, line in enumerate(lines, 1) if marker in line)


def refused(root, capsys, file, line, field, message=""):
    """Assert the run fails with exactly `FILE:LINE: FIELD: ...MESSAGE...` on one line, no traceback."""
    status, output = run(root, capsys)
    assert status == 1, output
    assert "Traceback" not in output
    line = line if isinstance(line, int) else line_of(root, file, line)
    prefix = f"{file}:{line}: {field}: "
    hits = [text for text in output.splitlines() if text.startswith(prefix)]
    assert hits, f"no line starts with {prefix!r}:\n{output}"
    assert any(message in text for text in hits), f"{message!r} not in {hits}"
    return output


def problem_lines(output):
    """The FILE:LINE: lines of a validator run."""
    return [line for line in output.splitlines() if re.match(r"^[\w./-]+\.yaml:\d+: ", line)]


class _Markup(HTMLParser):
    """Collects what a browser would run: scripts, event handlers, dangerous URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found, self.in_script, self.scripts = [], None, []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if (
                name in URL_ATTRIBUTES
                and value
                and re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith(BAD_SCHEMES)
            ):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self.in_script = dict(attrs).get("type", "")
            self.scripts.append([self.in_script, ""])

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = None

    def handle_data(self, data):
        if self.in_script is not None:
            self.scripts[-1][1] += data


def html_problems(text):
    parser = _Markup()
    parser.feed(text)
    parser.close()
    found = list(parser.found)
    for kind, body in parser.scripts:
        if (
            kind == "application/ld+json"
        ):  # data, never run; it must stay whole JSON with no '<' in it
            json.loads(body)
            found += ["a '<' inside JSON-LD"] if "<" in body else []
        elif "alert(1)" in body:
            found.append(f"a <script type={kind!r}> runs data: {body[:80]!r}")
    return found
