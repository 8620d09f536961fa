"""The macros a written page may call, by the name it calls them: the views across the data,
each rendered from the whole model for the page calling it, with no arguments; and two the
adapter defines (last_update, and repo_link with two text arguments). macros/check/written_pages.py
checks every written page against PAGE_MACROS before any renders."""

from macros.views import (
    background,
    commitments,
    completeness,
    corrections,
    data_files,
    disagreements,
    figures,
    rounds,
    sources,
    timeline,
)

VIEWS = {
    "rounds_table": rounds.rounds_table,
    "key_numbers": figures.key_numbers,
    "timeline": timeline.timeline,
    "figures": figures.figures_page,
    "disagreements": disagreements.disagreements_page,
    "commitments": commitments.commitments_page,
    "sources": sources.sources_page,
    "background_claims": background.background_claims,
    "counts_summary": completeness.summary_table,
    "counts_by_round": completeness.round_table,
    "counts_by_issue": completeness.issue_table,
    "record_counts": completeness.record_counts,
    "corrections_log": corrections.log,
    "api_files": data_files.files_table,
}
# name -> how many text arguments it takes: none makes a block of its own, some an inline link.
PAGE_MACROS = {**dict.fromkeys(VIEWS, 0), "last_update": 0, "repo_link": 2}
