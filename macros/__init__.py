"""Adapter for mkdocs-macros: registers the macros that hand-written pages call.

The core modules beside this file never import MkDocs; only this adapter and
mkdocs_hooks.py know about it, so a move to another generator touches them alone.
Imports stay inside define_env so that `python -m macros.validate` loads only the core.
"""


def define_env(env):
    from . import corrections, export, site, tables
    from .components import View

    @env.macro
    def rounds_table():
        return tables.rounds_table(site.model())

    for name, render in {"corrections_log": corrections.log, "api_files": export.files_table}.items():
        env.macro(lambda render=render: render(View(site.model(), env.page.url)), name)
