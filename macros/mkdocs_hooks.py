"""Adapter for MkDocs hooks: fails the build on bad data, before any page renders."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # MkDocs loads hooks by path

import html  # noqa: E402

import markupsafe  # noqa: E402

from jinja2.sandbox import SandboxedEnvironment  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from macros.check.problems import DataError  # noqa: E402
from macros.model import build_cache  # noqa: E402
from macros.pages import navigation, record_pages  # noqa: E402
from macros.publish import publication  # noqa: E402

_JINJA_SETTINGS = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
                   "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
                   "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "undefined",
                   "finalize", "autoescape", "loader")


def sandbox_macros(config):
    """mkdocs-macros renders pages in a plain Jinja environment, where a page can reach
    Python itself ({{ cycler.__init__.__globals__.os.popen(...) }}) and run commands in
    CI. Hooks run after plugins: swap in a sandbox with the same settings, macros and filters."""
    plugin = config.plugins["macros"]
    plain = plugin.env
    sandbox = SandboxedEnvironment(extensions=list(plain.extensions), **{k: getattr(plain, k) for k in _JINJA_SETTINGS})
    sandbox.globals.update(plain.globals)
    sandbox.filters.update(plain.filters)
    plugin._env = sandbox  # mkdocs-macros 1.5 keeps its environment here; tests/test_hostile_render.py checks it


def on_config(config):
    sandbox_macros(config)
    config["repo_name"] = publication.repo_name(config["repo_url"])  # SITE_URL and REPO_URL: mkdocs.yml
    build_cache.reset()
    try:
        build_cache.model().source_base = publication.source_base(config["repo_url"], config["edit_uri"])
    except DataError as err:  # every problem listed, no traceback, nothing built
        raise PluginError(str(err)) from None
    return config


def on_files(files, config):
    """A written page's edit link opens its Markdown (edit_uri is relative to the repository root)."""
    docs = Path(config["docs_dir"]).resolve().relative_to(Path(config["config_file_path"]).resolve().parent)
    for file in files.documentation_pages():
        if not file.generated_by:
            file.edit_uri = f"{docs.as_posix()}/{file.src_uri}"
    add_record_pages(files, config)
    return files


def add_record_pages(files, config):
    """A page per round, actor and issue; its edit link opens the data file behind it."""
    specs, indexes = record_pages.all_pages(build_cache.model()), record_pages.index_pages(build_cache.model())
    for spec in specs + indexes:
        file = File.generated(config, spec.src_uri, content=spec.content)
        file.edit_uri = spec.data_file
        files.append(file)
    if config["nav"] is not None:  # without a nav, MkDocs lists every page by itself
        config["nav"] = navigation.expand(config["nav"], specs, indexes)


def on_nav(nav, config, files):
    """The sitemap's lastmod is the last commit to the file behind each page, not the build
    date (MkDocs writes the sitemap before the pages, so it is set here)."""
    dates = build_cache.history().last_changed()
    for file in files.documentation_pages():
        if file.page is not None:
            file.page.update_date = dates.get(file.edit_uri, file.page.update_date)
    return nav


def _info(config):
    return publication.SiteInfo(config["site_name"], config["site_url"], config["site_description"] or "",
                                config["repo_url"] or "")


def on_page_context(context, page, config, nav):
    """Description, preview image, head meta, 'Last updated' and 'Cite this page', for overrides/main.html."""
    info, history, model = _info(config), build_cache.history(), build_cache.model()
    facts = publication.Page(html.unescape(page.title or ""), page.url, page.file.edit_uri,
                             page.meta.get("description") or "", page.content or "")
    description = publication.description(model, facts, info.description)
    page.meta["description"] = markupsafe.escape(description)  # the theme writes it into an attribute unescaped
    image = publication.preview(info, facts, model.dataset.root, config["site_dir"])
    context["publication_head"] = publication.page_head(info, history, facts, description, image,
                                                        publication.graphs(info, history, facts))
    context["publication_footer"] = publication.page_footer(info, history, facts)
    return context


def on_post_build(config):
    """api/v1, the Atom feed and the redirect pages, written into the built site."""
    problems = publication.write_outputs(build_cache.model(), build_cache.history(), config["site_dir"], _info(config))
    if problems:
        raise PluginError("\n".join(problems))
