"""Adapter for mkdocs-macros: registers the macros that hand-written pages call.

The core modules beside this file never import MkDocs; only this adapter and
mkdocs_hooks.py know about it, so a move to another generator touches them alone.
What a page may call is listed in macros/views/page_macros.py.
"""


def define_env(env):
    from macros.model import build_cache
    from macros.publish import repository
    from macros.render.page_view import View
    from macros.views import freshness
    from macros.views.page_macros import VIEWS

    def macro(render):
        """A macro of no arguments (a closure: no parameter through which a page could swap the renderer)."""
        return lambda: render(View(build_cache.model(), env.page.url))

    for name, render in VIEWS.items():
        env.macro(macro(render), name)

    @env.macro
    def repo_link(path, text):
        """A link into the repository the site is built from (REPO_URL, see mkdocs.yml)."""
        return repository.repo_link(env.conf["repo_url"], path, text)

    @env.macro
    def last_update():
        return freshness.last_update_line(build_cache.history())
