"""The one place that decides where every record is published.

URLs are relative to the site root and end in '/' (directory URLs). Published
URLs are promises to people who link to them: change one only with a redirect.
"""

PAGE = {"rounds": "rounds/{id}/", "actors": "actors/{id}/", "issues": "issues/{id}/"}
ANCHORED = {  # records shown as a row or section of a shared page, reached by #id
    "sources": "sources/",
    "events": "timeline/",
    "commitments": "commitments/",
    "disagreements": "disagreements/",
    "corrections": "corrections/",
}
# Actors are listed by kind, each kind with an index page of its own (its navigation
# subsection opens it): kind -> (title, address). No actor may take a group's name as its ID.
ACTOR_GROUPS = {
    "state": ("States", "actors/states/"),
    "delegation": ("Delegations", "actors/delegations/"),
    "person": ("People", "actors/people/"),
    "organisation": ("Bodies", "actors/bodies/"),
    "body": ("Bodies", "actors/bodies/"),
    "media": ("Media", "actors/media/"),
}
BACKGROUND = "background/"  # claims about no single round
DATA_PAGE = "data/"  # the page that describes the downloads: it carries the Dataset
CLAIM_PAGE = "claims/{id}/"
API = "api/v1"  # the published data: <collection>.json and .csv, schemas/ (publish/api.py)
# The collections published in API, in the order the Data page and datapackage.json list them.
API_COLLECTIONS = (
    "rounds",
    "actors",
    "issues",
    "claims",
    "sources",
    "events",
    "commitments",
    "disagreements",
    "corrections",
)
NOT_IN_API = {  # every other collection, and why (tests/test_publication.py fails on one in neither)
    "glossary": "tooltips for the pages; not facts about the talks",
    "redirects": "old addresses of the site itself",
}  # a claim's own small page, to cite and link to; outside the navigation


def page_url(collection, id_):
    return PAGE[collection].format(id=id_)


def index_url(collection):
    """The page listing every record of a collection that has pages: rounds/, actors/, issues/."""
    return PAGE[collection].split("{")[0]


def record_url(record):
    """The canonical URL of any record: its own page, or page#id."""
    if record.collection in PAGE:
        return page_url(record.collection, record.id)
    if record.collection == "claims":
        return claim_url(record)
    if record.collection in ANCHORED:
        return f"{ANCHORED[record.collection]}#{record.id}"
    return None  # glossary terms have no URL of their own


def claim_url(claim):
    """A claim's canonical home: its round's page, or the background page; a withdrawn claim's
    own page, the one it keeps."""
    if "withdrawn" in claim.data:
        return claim_page_url(claim.id)
    round_id = claim.data.get("round")
    base = page_url("rounds", round_id) if round_id else BACKGROUND
    return f"{base}#{claim.id}"


def version_url(record, version):
    """The page of one wording of a claim or of a page record's summary (publish/versions.py):
    what a citation names, under the record's own page."""
    return f"{own_page_url(record)}v/{version}/"


def own_page_url(record):
    """The page a claim or a round, actor or issue has to itself."""
    if record.collection == "claims":
        return claim_page_url(record.id)
    return page_url(record.collection, record.id)


def claim_page_url(claim_id):
    """A claim's own page, whose title and description are the claim: what citations and embeds link to."""
    return CLAIM_PAGE.format(id=claim_id)


def relative(from_url, to_url):
    """A link from one page URL to another, as MkDocs serves them (directory URLs)."""
    depth = from_url.count("/") if from_url else 0
    return "../" * depth + to_url
