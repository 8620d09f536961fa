"""Adapter for mkdocs-macros: registers the macros that hand-written pages call.

The core modules beside this file never import MkDocs; only this adapter and
mkdocs_hooks.py know about it, so a move to another generator touches them alone.
Imports stay inside define_env so that `python -m macros.cli.validate` loads only the core.
"""


def define_env(env):
    from macros.model import build_cache
    from macros.publish import api, publication
    from macros.render.components import View
    from macros.views import (
        background,
        commitments,
        completeness,
        corrections,
        disagreements,
        figures,
        freshness,
        rounds_table,
        sources,
        timeline,
    )

    def view():
        return View(build_cache.model(), env.page.url)

    # The views across the data: each renders from the whole model for the page calling it.
    for name, render in {
        "rounds_table": rounds_table.rounds_table, "key_numbers": figures.key_numbers,
        "timeline": timeline.timeline, "figures": figures.figures_page,
        "disagreements": disagreements.disagreements_page, "commitments": commitments.commitments_page,
        "sources": sources.sources_page, "background_claims": background.background_claims,
        "counts_summary": completeness.summary_table, "counts_by_round": completeness.round_table,
        "counts_by_issue": completeness.issue_table, "record_counts": completeness.record_counts,
        "corrections_log": corrections.log, "api_files": api.files_table,
    }.items():
        env.macro(lambda render=render: render(view()), name)

    @env.macro
    def repo_link(path, text):
        """A link into the repository the site is built from (REPO_URL, see mkdocs.yml)."""
        return publication.repo_link(env.conf["repo_url"], path, text)

    @env.macro
    def last_update():
        return freshness.last_update_line(build_cache.history())
