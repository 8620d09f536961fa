"""When the data last changed: the day of the newest commit that touched data/ or seeds/.

A commit date says when the facts changed, which is what a reader wants to know; a
build date would move on every rebuild of unchanged facts. Without the git history
(a tarball), the build date is given instead and labelled as such.
"""

import datetime

from macros.read.collection_specs import DATA_FOLDERS
from macros.render import words
from macros.render.dates import human_date
from macros.render.html_builder import tag


def last_update(history, today=None):
    """(ISO date, what that date is, in the edition's words) for the home page."""
    commits = history.touching(DATA_FOLDERS)
    if commits:
        return commits[0].day, words.t("date of the newest change to the data (its last commit)")
    return (today or datetime.date.today()).isoformat(), words.t(
        "date of this build (the data's history was not available)"
    )


def last_update_line(history):
    date, what = last_update(history)
    return tag(
        "p",
        words.t("Last update: "),
        human_date(date),
        words.t(" — the {what}.", what=what),
        class_="last-update",
    )
