"""The written pages in docs/, as text: no symbolic links (a link would publish whatever
file it points to on the build machine) and no invisible characters or text not in NFC."""
import os
from pathlib import Path

from macros.check.problems import Problem
from macros.check.text import problems_in_text


def check(root):
    problems = []
    docs = Path(root) / "docs"
    for folder, dirs, files in os.walk(docs):  # links are not followed
        for name in sorted(dirs + files):
            path = Path(folder) / name
            where = path.relative_to(root).as_posix()
            if path.is_symlink():
                problems.append(Problem(where, 1, "", "this is a link, not a plain file or folder",
                                        "expected the file or folder itself; replace the link with a copy"))
            elif name.endswith(".md") and path.is_file():
                problems += problems_in_text(path.read_text(encoding="utf-8", errors="replace"), where)
    return problems
