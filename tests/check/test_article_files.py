import hashlib

from macros.check.articles import Articles
from macros.check.rules import article_files

from .records import dataset, problems

NAME = "001_0123456789abcdef.txt"


def test_each_source_names_a_present_article_by_its_sha256(tmp_path):
    text = b"An article."
    right = hashlib.sha256(text).hexdigest()
    data = dataset(
        sources=[
            {"id": "a", "file": NAME, "sha256": right},
            {"id": "b", "file": NAME, "sha256": "0" * 64},
            {"id": "c", "file": "002_0123456789abcdef.txt", "sha256": right},
            {"id": "d", "file": "../x"},
        ]
    )
    articles = Articles(tmp_path, True, {}, {"a": right, "b": right})
    assert [p.split(": ")[:3] for p in problems(article_files.RULE, data, articles)] == [
        [
            "seeds/b.yaml:2",
            "sha256",
            "the sha256 does not match the article file; expected the output of",
        ],
        [
            "seeds/c.yaml:3",
            "file",
            f"there is no article 002_0123456789abcdef.txt in {tmp_path}; "
            "expected the file name of an article in ../shared/seeds/",
        ],
    ]


def test_nothing_is_said_where_the_articles_are_absent(tmp_path):
    data = dataset(sources=[{"id": "a", "file": NAME, "sha256": "0" * 64}])
    assert problems(article_files.RULE, data, Articles(tmp_path, False)) == []
