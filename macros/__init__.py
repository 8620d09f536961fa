"""Adapter for mkdocs-macros: registers the macros that hand-written pages call.

The core modules beside this file never import MkDocs; only this adapter and
mkdocs_hooks.py know about it, so a move to another generator touches them alone.
Views are imported inside define_env so that `python -m macros.cli.validate` loads only the core.
"""
import importlib

# The views across the data, by the name a written page calls: each renders from the whole
# model for the page calling it, and takes no arguments. A written page may call these, last_update
# and repo_link, nothing else (macros/check/written_pages.py checks every page against PAGE_MACROS
# before any renders).
VIEWS = {
    "rounds_table": "views.rounds_table:rounds_table", "key_numbers": "views.figures:key_numbers",
    "timeline": "views.timeline:timeline", "figures": "views.figures:figures_page",
    "disagreements": "views.disagreements:disagreements_page", "commitments": "views.commitments:commitments_page",
    "sources": "views.sources:sources_page", "background_claims": "views.background:background_claims",
    "counts_summary": "views.completeness:summary_table", "counts_by_round": "views.completeness:round_table",
    "counts_by_issue": "views.completeness:issue_table", "record_counts": "views.completeness:record_counts",
    "corrections_log": "views.corrections:log", "api_files": "publish.api:files_table",
}
# name -> how many text arguments it takes: none makes a block of its own, some an inline link.
PAGE_MACROS = {**dict.fromkeys(VIEWS, 0), "last_update": 0, "repo_link": 2}


def define_env(env):
    from macros.model import build_cache
    from macros.publish import publication
    from macros.render.components import View
    from macros.views import freshness

    def view():
        return View(build_cache.model(), env.page.url)

    def macro(render):
        """A macro of no arguments (a closure: no parameter through which a page could swap the renderer)."""
        return lambda: render(view())

    for name, target in VIEWS.items():
        module, function = target.split(":")
        env.macro(macro(getattr(importlib.import_module(f"macros.{module}"), function)), name)

    @env.macro
    def repo_link(path, text):
        """A link into the repository the site is built from (REPO_URL, see mkdocs.yml)."""
        return publication.repo_link(env.conf["repo_url"], path, text)

    @env.macro
    def last_update():
        return freshness.last_update_line(build_cache.history())
