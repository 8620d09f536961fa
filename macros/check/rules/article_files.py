"""Each source record names an article that is there, by its exact sha256 (where the articles are present)."""

from macros.check.articles import article_path
from macros.check.rules.rule import Rule


def check_dataset(context):
    articles = context.articles
    if not articles.present:
        return []  # said once by the validate command; quotes are then checked against the lock
    problems = []
    for source in context.dataset["sources"].values():
        path = article_path(articles.folder, source.data.get("file"))
        if path is None:
            continue
        if source.id not in articles.digests:
            problems.append(
                source.problem(
                    ("file",),
                    f"there is no article {path.name} in {articles.folder}",
                    "expected the file name of an article in ../shared/seeds/",
                )
            )
        elif articles.digests[source.id] != source.data.get("sha256"):
            problems.append(
                source.problem(
                    ("sha256",),
                    "the sha256 does not match the article file",
                    f"expected the output of: sha256sum ../shared/seeds/{path.name}",
                )
            )
    return problems


RULE = Rule(
    "article-files",
    "a source whose article is missing or differs from its sha256",
    dataset=check_dataset,
)
