"""schema.org descriptions for search engines and data catalogues: the downloads
as a Dataset (on the Data page), and each claim as a Claim (on its own page).
Plain dicts; head_meta puts them in the page, escaped for a <script> element."""

from macros.common import urls
from macros.publish import api
from macros.render import words
from macros.render.source_markers import distinct_sources

CONTEXT = "https://schema.org"
CREATOR = {"@type": "Organization", "name": "Istanbul Talks Tracker contributors"}  # name: words.t
KEYWORDS = ("Russia–Ukraine war", "peace talks", "Istanbul", "open data")  # each through words.t
UNKNOWN = "unknown"  # what source records say where the text names no date, outlet or author


def dataset(site, modified):
    """The api/v1 files as a schema.org Dataset; `site` has name, url and description."""
    folder = f"{site.home}{urls.API}/"  # published once, beside the English edition
    files = [
        (f"{folder}{c}.{kind}", media, f"{c} ({kind.upper()})")
        for c in urls.API_COLLECTIONS
        for kind, media in (("json", "application/json"), ("csv", "text/csv"))
    ]
    files.append(
        (
            folder + api.DATAPACKAGE,
            "application/json",
            words.t("Frictionless data package (CSV descriptions)"),
        )
    )
    value = {
        "@context": CONTEXT,
        "@type": "Dataset",
        "name": words.t("{site_name}: data", site_name=site.name),
        "description": site.description,
        "url": site.url + urls.DATA_PAGE,
        "license": api.LICENSE["path"],
        "creator": {**CREATOR, "name": words.t(CREATOR["name"])},
        "isAccessibleForFree": True,
        "inLanguage": "en",
        "keywords": [words.t(keyword) for keyword in KEYWORDS],
        "distribution": [
            {"@type": "DataDownload", "name": name, "contentUrl": url, "encodingFormat": media}
            for url, media, name in files
        ],
    }
    if modified:
        value["dateModified"] = modified
    return value


def claim_json_ld(claim, model, site_url):
    """One claim as a schema.org Claim: its text, who said it, the sources it appears in."""
    data = claim.data
    value = {
        "@context": CONTEXT,
        "@type": "Claim",
        "url": site_url + urls.claim_page_url(claim.id),
        "text": data["text"],
    }
    speaker = model["actors"].get(data.get("speaker"))
    if speaker is not None:
        value["author"] = {
            "@type": "Person" if speaker.data["kind"] == "person" else "Organization",
            "name": speaker.data["name"],
            "url": site_url + urls.record_url(speaker),
        }
    if data.get("said_on"):
        value["dateCreated"] = data["said_on"]
    appearances = [
        appearance(model["sources"][source_id], site_url)
        for source_id in distinct_sources(data["sources"])
        if source_id in model["sources"]
    ]
    if appearances:
        value["appearance"] = appearances
        dated = [a for a in appearances if "datePublished" in a]
        if dated:
            value["firstAppearance"] = min(dated, key=lambda a: a["datePublished"])
    return value


def appearance(source, site_url):
    """A source as the CreativeWork a claim appears in: title, outlet, author, date where known."""
    data = source.data
    work = {
        "@type": "CreativeWork",
        "name": data["title"],
        "url": site_url + urls.record_url(source),
        "inLanguage": data["language"],
    }
    if data["outlet"] != UNKNOWN:
        work["publisher"] = {"@type": "Organization", "name": data["outlet"]}
    if data["author"] != UNKNOWN:
        work["author"] = {"@type": "Person", "name": data["author"]}
    if data["date"] != UNKNOWN:
        work["datePublished"] = data["date"]
    return work
