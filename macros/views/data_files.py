"""The Data page's list of the files published in api/v1."""

from macros.common.urls import API, API_COLLECTIONS
from macros.render import edition_links, words
from macros.render.html_builder import join, link, table, tag


def files_table(view):
    """The Data page's list of published files, with a link and the number of records in each."""
    rows = []
    for collection in API_COLLECTIONS:
        files = join(
            (
                link(_api_href(view, f"{collection}.{kind}"), kind.upper())
                for kind in ("json", "csv")
            ),
            " · ",
        )
        schema = link(_api_href(view, f"schemas/{collection}.json"), f"{collection}.json")
        rows.append([tag("code", collection), str(len(view.model[collection])), files, schema])
    return table(
        # 'JSON Schema' is the standard's name, as the translated Data pages keep it.
        [words.t("Collection"), words.t("Records"), words.t("Files"), "JSON Schema"],
        rows,
        caption=words.t("Files in {folder}", folder=f"{API}/"),
        class_="api-table",
    )


def _api_href(view, path):
    return edition_links.shared(words.language(), view.href(f"{API}/{path}"))
