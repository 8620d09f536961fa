"""Adapter for mkdocs-macros: registers the macros that hand-written pages call.

The core modules beside this file never import MkDocs; only this adapter and
mkdocs_hooks.py know about it, so a move to another generator touches them alone.
Imports stay inside define_env so that `python -m macros.validate` loads only the core.
"""


def define_env(env):
    from . import site, tables

    @env.macro
    def rounds_table():
        return tables.rounds_table(site.model())
