"""A published address stays: people and other sites link to it. A page in the list of
published addresses (tests/published_urls.txt, which `make urls` grows) that the data no
longer makes is refused, unless data/redirects.yaml sends its readers on; a claim taken
back is marked `withdrawn`, which keeps its page, not deleted. A withdrawn claim is named
by no disagreement or commitment: those set out claims that stand."""

from macros.check.rules.redirects import site_addresses
from macros.check.rules.rule import Rule
from macros.common.problems import Problem
from macros.read.values import as_list

LIST = "tests/published_urls.txt"
EXPECTED = (
    "expected the record back; a claim taken back marked 'withdrawn:' with its date and why "
    "(its page stays), or the old address in data/redirects.yaml"
)


def check_dataset(context):
    dataset = context.dataset
    return _gone(dataset) + _named_while_withdrawn(dataset)


def _gone(dataset):
    path = dataset.root / LIST
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    kept = site_addresses(dataset) | {r.data.get("old") for r in dataset["redirects"].values()}
    return [
        Problem(
            LIST,
            number,
            "(file)",
            f"'{line}' was published and the data no longer makes it",
            EXPECTED,
        )
        for number, line in enumerate(lines, 1)
        if _page(line) and line.lstrip("/") not in kept
    ]


def _page(line):
    """A page's address ('' is home): not a comment, not a data file (feed.xml, api/...)."""
    return not line.startswith("#") and (line == "/" or line.endswith("/")) and "api/" not in line


def _named_while_withdrawn(dataset):
    withdrawn = {c.id for c in dataset["claims"].values() if "withdrawn" in c.data}
    found = []
    for collection in ("disagreements", "commitments"):
        for record in dataset[collection].values():
            reports = [r for r in as_list(record.data.get("reports")) if isinstance(r, dict)]
            lists = [record.data.get("claims")] + [r.get("claims") for r in reports]
            named = sorted({c for ids in lists for c in as_list(ids) if str(c) in withdrawn})
            found += [
                record.problem(
                    ("claims",),
                    f"'{claim}' is withdrawn",
                    "expected claims that stand; take the withdrawn one out of the list",
                )
                for claim in named
            ]
    return found


RULE = Rule(
    "kept-addresses",
    "a published page the data no longer makes, without a redirect; a withdrawn claim still named",
    dataset=check_dataset,
    looks_up=True,  # a page whose claim is in a file that cannot be read is not gone
)
