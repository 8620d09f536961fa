"""Problems reach a pull request as annotations and a job summary, with data text escaped."""

from macros.cli import github
from macros.common.problems import Problem


def test_an_annotation_names_the_file_and_line():
    problem = Problem("data/x.yaml", 7, "a.b", "this is wrong", "expected that")
    assert github.annotation(problem) == (
        "::error file=data/x.yaml,line=7,title=a.b::this is wrong; expected that"
    )


def test_data_text_cannot_end_an_annotation_or_start_another():
    problem = Problem("data/x.yaml", 1, "f,g:h", "'a\n::warning::b' 100%", "x\r\ny")
    line = github.annotation(problem)
    assert "\n" not in line and "\r" not in line
    assert line.startswith("::error file=data/x.yaml,line=1,title=f%2Cg%3Ah::")
    assert line.endswith("::'a\\n::warning::b' 100%25; x\\r\\ny")  # one line: one command


def test_the_summary_shows_data_text_as_code_only():
    problem = Problem("data/x.yaml", 2, "f", "has `<script>` and *stars*", "expected text")
    text = github.summary([problem])
    assert "- `data/x.yaml:2` `f: has '<script>' and *stars*; expected text`" in text
