"""Adapter for MkDocs hooks: fails the build on bad data or written pages, before any page renders."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # MkDocs loads hooks by path

import html  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

import markupsafe  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from macros.check import validate, written_pages  # noqa: E402
from macros.common.problems import DataError  # noqa: E402
from macros.common.site import Site  # noqa: E402
from macros.model import build_cache  # noqa: E402
from macros.pages import claim_page, navigation, record_pages  # noqa: E402
from macros.publish import page_extras, repository, search_text, site_files  # noqa: E402
from macros.read import history as git_history  # noqa: E402
from macros.read import translations  # noqa: E402
from macros.render import edition_links, edition_notes, layout, words  # noqa: E402
from macros.views.page_macros import PAGE_MACROS  # noqa: E402

LOG = logging.getLogger("mkdocs.hooks")


def on_config(config):
    config["repo_name"] = repository.repo_name(
        config["repo_url"]
    )  # SITE_URL and REPO_URL: mkdocs.yml
    if not config["repo_url"]:
        config["edit_uri"] = (
            None  # no repository, no edit links (they would lead to edit/main/… on this site)
        )
    root = Path(config["config_file_path"]).resolve().parent  # data/ and seeds/ beside mkdocs.yml
    history = git_history.read(root)
    language = config["theme"]["language"]  # the edition: mkdocs.yml, mkdocs.uk.yml, mkdocs.ru.yml
    home = config["site_url"] or ""
    if language != "en" and home:  # an edition other than English lives under <site>/<language>/
        config["site_url"] = f"{home}{language}/"
    site = Site(
        config["site_name"],
        config["site_url"] or "",
        config["site_description"] or "",
        config["repo_url"] or "",
        repository.source_base(config["repo_url"], config["edit_uri"]),
        config["extra"].get("report_email", ""),
        history.version,
        site_files.generated_at()[:10],
        language,
        home,
    )
    may_wait = validate.quotes_may_wait(os.environ)
    build_cache.reset(root, site, history, quotes_may_wait=may_wait)
    try:
        waiting = build_cache.model().dataset.waiting
    except DataError as err:  # every problem listed, no traceback, nothing built
        if not (serving() and build_cache.fall_back(err.problems)):
            raise PluginError(str(err)) from None
        LOG.error("%s\nServing the last data that validated until these are fixed.", err)
        waiting = []
    if waiting:
        LOG.info("%d new quote(s) wait for a maintainer's `make quotes`", len(waiting))
    # True, not a list: the theme's header then shows the switcher (overrides/partials/alternate.html,
    # each link the page's own), and its head writes no <link rel="alternate" hreflang> (a list's
    # would each lead to the site root, relative, which Lighthouse's SEO audit refuses; the
    # hreflang alternates are in the sitemaps: publish/sitemap_alternates.py)
    config["extra"]["alternate"] = True
    edition = build_cache.model().dataset.editions.get(language)
    words.use(language, edition.interface if edition else {})
    return config


def serving():
    """`make serve` sets SERVE_LAST_GOOD=1: broken data leaves its pages as they last built."""
    return os.environ.get("SERVE_LAST_GOOD") == "1"


def on_files(files, config):
    """Written pages are checked before mkdocs-macros renders any (on_page_markdown comes
    later); a written page's edit link opens its Markdown (edit_uri is relative to the repository root)."""
    held = check_written_pages(config)
    docs = (
        Path(config["docs_dir"])
        .resolve()
        .relative_to(Path(config["config_file_path"]).resolve().parent)
    )
    for file in files.documentation_pages():
        if not file.generated_by:
            file.edit_uri = f"{docs.as_posix()}/{file.src_uri}"
        if file.src_uri in held:  # never read: it stays unrendered until fixed
            file.content_string = layout.HELD_BACK_PAGE
    choose_edition(files, config, docs, held)
    add_record_pages(files, config)
    return files


UNTRANSLATED = set()  # this build's written pages shown in English (on_page_content says so)


def choose_edition(files, config, docs, held):
    """A written page's translations (docs/method.uk.md) are no pages of their own: the
    edition's build shows each page in its language where the translation is current, and
    the English, marked, where it is missing or stale."""
    language = build_cache.site().language
    UNTRANSLATED.clear()
    pages = {f.src_uri: f for f in files.documentation_pages() if not f.generated_by}
    for name, file in pages.items():
        english, edition = translations.written_edition(name)
        if edition != "en":
            files.remove(file)
        elif language != "en":
            ours = f"{name.removesuffix('.md')}.{language}.md"
            found = pages.get(ours) if ours not in held and name not in held else None
            text = translations.current_page(
                file.content_bytes, found.content_bytes if found else None, ours
            )
            if text is None:
                UNTRANSLATED.add(name)
            else:
                file.content_string = text
                file.edit_uri = f"{docs.as_posix()}/{ours}"


def check_written_pages(config):
    """Only the project's macros, safe HTML and no links in docs/: every problem listed, nothing
    built; under `make serve`, the pages with problems held back (returned) and the rest built."""
    # Every edition's configuration inherits mkdocs.yml's Markdown settings and pages: the
    # written pages are checked against it (tests/test_editions.py holds the editions to that).
    config_file = Path(config["config_file_path"]).resolve().with_name("mkdocs.yml")
    found = written_pages.located(
        Path(config["docs_dir"]),
        config_file.parent,
        PAGE_MACROS,
        config_file,
        build_cache.model().dataset,
    )
    if not found:
        return set()
    problems = DataError([problem for _, problem in found])
    held = written_pages.held_back(found) if serving() else None
    if held is None:
        raise PluginError(str(problems))
    LOG.error("%s\nThe written pages with problems are not shown until fixed.", problems)
    build_cache.note_problems(problems.problems)
    return held


def add_record_pages(files, config):
    """A page per round, actor, issue and claim; its edit link opens the data file behind it."""
    specs, indexes = (
        record_pages.all_pages(build_cache.model()),
        record_pages.index_pages(build_cache.model()),
    )
    for spec in (
        specs + indexes + claim_page.all_pages(build_cache.model())
    ):  # claim pages: in no navigation
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


def on_page_content(html_text, page, config, files):
    """Words kept apart for the search index, which reads the page after this; under `make
    serve`, the problems of broken data above every page built from the last good data."""
    notice = str(layout.problems_notice(build_cache.problems()))  # str: the page is HTML already
    if page.file.src_uri in UNTRANSLATED:
        html_text = f'<div lang="en">{html_text}</div>'
    if page.file.src_uri in UNTRANSLATED or f'class="{edition_notes.UNTRANSLATED}"' in html_text:
        notice += str(edition_notes.untranslated_notice())
    return notice + search_text.spaced(html_text)


def on_page_context(context, page, config, nav):
    """Description, preview image, head meta, 'Last updated' and 'Cite this page', for overrides/main.html."""
    info, history, model = build_cache.site(), build_cache.history(), build_cache.model()
    facts = page_extras.Page(
        html.unescape(page.title or ""),
        page.url,
        page.file.edit_uri,
        html.unescape(page.meta.get("description") or ""),
        page.content or "",
    )  # escaped, as title
    description = page_extras.description(model, facts, info.description)
    page.meta["description"] = markupsafe.escape(
        description
    )  # the theme writes it into an attribute unescaped
    image = page_extras.preview(info, facts, model.dataset.root, config["site_dir"])
    context["publication_head"] = page_extras.page_head(
        info, history, facts, description, image, page_extras.graphs(info, history, model, facts)
    )
    context["publication_footer"] = page_extras.page_footer(info, history, facts)
    context["edition_links"] = edition_links.alternates(info.language, page.url)
    return context


# Material's markup, fixed in each rendered page instead of in copied partials; the rule's
# anchor in Material's own template is checked by tests/test_theme_markup.py, so an upgrade
# that changes it fails there.
THEME_FIXES = (
    # the search dialog gets a name (axe: aria-dialog-name); the site is in English
    (
        re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>'),
        lambda m: f'{m.group(1)} aria-label="{html.escape(words.t("Search"))}">',
    ),
    # without data-md-component="source" no page asks api.github.com for stars and forks
    (re.compile(r'(class="md-source") data-md-component="source">'), r"\1>"),
    # the light/dark switch is ours (overrides/assets/javascripts/palette.js): Material's restyles
    # the whole page four times as it starts
    (
        re.compile(r'(<form class="md-header__option") data-md-component="palette">'),
        r"\1 data-site-palette>",
    ),
    # the footer's 'Made with', which the theme does not translate, in the edition's language
    (
        re.compile(r"(\n\s*)Made with(\s*<a href=\"https://squidfunk)"),
        lambda m: f"{m.group(1)}{html.escape(words.t('Made with'))}{m.group(2)}",
    ),
    # a section's label with no tabindex rather than tabindex="", which is invalid HTML
    (re.compile(r'(<label class="md-nav__link[^"]*" for="[^"]*" id="[^"]*") tabindex=""'), r"\1"),
)
# On a section's index page (navigation.indexes) there is no #__toc checkbox: the title is a
# div there, not a label pointing at nothing (invalid HTML).
_ORPHAN_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.DOTALL)


def on_post_page(output, page, config):
    return fix_theme_markup(output)


def on_post_template(output, template_name, config):
    """Theme pages that are no page of ours, such as 404.html, need the same fixes."""
    return fix_theme_markup(output) if template_name.endswith(".html") else output


def fix_theme_markup(output):
    for pattern, replacement in THEME_FIXES:
        output = pattern.sub(replacement, output)
    if 'id="__toc"' not in output:
        output = _ORPHAN_TOC_LABEL.sub(r'<div class="md-nav__title">\1</div>', output)
    return output


def on_post_build(config):
    """api/v1, the Atom feed and the redirect pages, written into the built site."""
    problems = site_files.write_outputs(
        build_cache.model(), build_cache.history(), config["site_dir"], build_cache.site()
    )
    if problems:
        raise PluginError("\n".join(problems))
