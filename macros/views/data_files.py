"""The Data page's list of the files published in api/v1."""

from macros.common.urls import API, API_COLLECTIONS
from macros.render.html_builder import join, link, table, tag


def files_table(view):
    """The Data page's list of published files, with a link and the number of records in each."""
    rows = []
    for collection in API_COLLECTIONS:
        files = join(
            (
                link(view.href(f"{API}/{collection}.{kind}"), kind.upper())
                for kind in ("json", "csv")
            ),
            " · ",
        )
        schema = link(view.href(f"{API}/schemas/{collection}.json"), f"{collection}.json")
        rows.append([tag("code", collection), str(len(view.model[collection])), files, schema])
    return table(
        ["Collection", "Records", "Files", "JSON Schema"],
        rows,
        caption=f"Files in {API}/",
        class_="api-table",
    )
