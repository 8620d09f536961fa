"""The Ukrainian and Russian editions (issue #24): translations that never say more than the
English they translate, stale ones shown as English and listed, every word of the code in each
catalogue, every page in each edition with its alternates."""

import ast
import html
import json
import re

import pytest

from macros.check.validate import validate
from macros.common.site import Site
from macros.model import translated
from macros.model.site_model import Model
from macros.model.translated import QUOTE_OURS, English
from macros.pages import record_pages
from macros.read import site_config, translations
from macros.read.translations import fingerprint
from macros.render import words
from macros.render.page_view import View
from macros.views.page_macros import VIEWS

from conftest import EDITIONS, ROOT, SITE_URL
from hostile import run, write

SUMMARY = "data/issues/territory.yaml"


def summary_of(root, issue="territory"):
    return validate(root)["issues"][issue].data["summary"]


def translate(root, language, collection, entries):
    """data/translations/<language>/<collection>.yaml from {(ID, place): (English, text)}."""
    lines = []
    for (record, place), (english, text) in entries.items():
        lines += [f"{record}:", f"  {place}:", f'    of: "{fingerprint(english)}"']
        lines.append(f"    {language}: {json.dumps(text, ensure_ascii=False)}")
    write(root, f"data/translations/{language}/{collection}.yaml", "\n".join(lines) + "\n")


def test_a_current_translation_stands_in_its_edition_and_the_rest_is_marked_english(scratch):
    english = summary_of(scratch)
    translate(scratch, "uk", "issues", {("territory", "summary"): (english, "Територія.")})
    dataset = validate(scratch)
    uk = translated.edition(dataset, "uk")
    assert uk["issues"]["territory"].data["summary"] == "Територія."
    assert isinstance(uk["issues"]["ceasefire"].data["summary"], English)
    assert dataset["issues"]["territory"].data["summary"] == english  # the English is untouched
    assert translated.edition(dataset, "en") is dataset


def test_a_stale_translation_shows_the_english_and_validate_lists_it(scratch, capsys):
    english = summary_of(scratch)
    translate(scratch, "uk", "issues", {("territory", "summary"): (english, "Територія.")})
    path = scratch / SUMMARY
    path.write_text(
        path.read_text(encoding="utf-8").replace(english[:20], "Changed: " + english[:11]), "utf-8"
    )
    now = summary_of(scratch)
    status, output = run(scratch, capsys)
    assert status == 0, output
    assert (
        f"stale: data/translations/uk/issues.yaml:2: territory.summary: the English has changed "
        f'since; expected the translation updated, and of: "{fingerprint(now)}"'
    ) in output
    shown = translated.edition(validate(scratch), "uk")["issues"]["territory"].data["summary"]
    assert isinstance(shown, English) and shown == now


def test_a_quote_keeps_the_articles_words_and_takes_our_translation_beside(scratch):
    dataset = validate(scratch)
    claim = next(c for c in dataset["claims"].values() if c.data["sources"][0].get("quote"))
    quote = claim.data["sources"][0]["quote"]
    translate(scratch, "ru", "claims", {(claim.id, "sources.0.quote"): (quote, "Цитата.")})
    cited = translated.edition(validate(scratch), "ru")["claims"][claim.id].data["sources"][0]
    assert cited["quote"] == quote and cited[QUOTE_OURS] == "Цитата."


@pytest.mark.parametrize(
    "entry, wrong",
    [
        (
            'territory:\n  id:\n    of: "12345678"\n    uk: Х.\n',
            "no text of ours to translate there",
        ),
        (
            "territory:\n  summary:\n    of: x\n    uk: Х.\n",
            "'of' is not the English text's fingerprint",
        ),
        ('territory:\n  summary:\n    of: "12345678"\n', "no translation under 'uk'"),
        ('territory:\n  summary:\n    of: "12345678"\n    uk: Тeрitорія.\n', "mixes letters"),
    ],
)
def test_a_wrong_translation_is_refused_at_its_line(scratch, capsys, entry, wrong):
    write(scratch, "data/translations/uk/issues.yaml", entry)
    status, output = run(scratch, capsys)
    assert status == 1 and "data/translations/uk/issues.yaml:" in output and wrong in output, output


def test_a_translation_of_a_removed_record_is_listed_never_refused_nor_shown(scratch, capsys):
    """A correction to the English data (a record renamed or removed) never waits on a
    translator: the translation left behind is listed as an orphan, and shown nowhere."""
    write(
        scratch,
        "data/translations/uk/issues.yaml",
        'gone:\n  summary:\n    of: "12345678"\n    uk: Х.\n',
    )
    status, output = run(scratch, capsys)
    assert status == 0, output
    assert (
        "orphan: data/translations/uk/issues.yaml:2: gone.summary: the English data has no such "
        "record or text now; expected the entry moved to the record's new ID, or removed"
    ) in output
    assert "gone" not in translated.edition(validate(scratch), "uk")["issues"]


def test_an_interface_translation_may_use_only_the_englishs_placeholders(scratch, capsys):
    write(
        scratch, "data/translations/ru/interface.yaml", '"Corrected {date}": "Исправлено {when}"\n'
    )
    status, output = run(scratch, capsys)
    assert status == 1 and "{when} is not in the English" in output, output


def test_a_written_pages_translation_stands_while_it_translates_the_page_as_it_is():
    english = b"# Method\n\nHow we work.\n"
    current = f"---\ntranslates: {translations.page_fingerprint(english)}\n---\n# Метод\n"
    assert translations.current_page(english, current.encode(), "method.uk.md") == current
    assert translations.current_page(english + b"More.\n", current.encode(), "method.uk.md") is None
    assert translations.current_page(english, None, "method.uk.md") is None
    assert translations.written_edition("method.uk.md") == ("method.md", "uk")
    assert translations.written_edition("method.md") == ("method.md", "en")


# --- the words of the code ----------------------------------------------------------------


def code_words():
    """Every English text the code hands to the edition's words: words.t("..."), the forms of
    words.n(count, "...", "..."), count(n, "noun"), and t("...") in the templates."""
    found = set()
    for path in (ROOT / "macros").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found |= _call_words(node)
    for path in (ROOT / "macros/render/templates").glob("*.html"):
        found |= set(re.findall(r'\bt\("([^"]+)"\)', path.read_text(encoding="utf-8")))
    return found


def _call_words(node):
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    owner = getattr(node.func, "value", None)
    if name == "t" and isinstance(owner, ast.Name) and owner.id == "words" and texts:
        return {texts[0]}
    if name == "n" and isinstance(owner, ast.Name) and owner.id == "words" and texts:
        return {texts[0]}
    counted = isinstance(node.func, ast.Name) or (
        isinstance(owner, ast.Name) and owner.id == "numbers"
    )
    if name == "count" and counted and texts:
        return {"{n} " + texts[0]}
    return set()


@pytest.mark.parametrize("language", EDITIONS)
def test_every_word_the_pages_ask_for_has_a_translation(language):
    """Rendered, not read: the words the code passes as names (SECTIONS, KIND_WORDS) too."""
    catalogue = translations.read(ROOT, language).interface
    words.use(language, catalogue)
    try:
        model = Model(
            translated.edition(validate(ROOT), language),
            Site("Site", "https://example.org/uk/", language=language, root_url=SITE_URL),
        )
        pages = record_pages.all_pages(model) + record_pages.index_pages(model)
        for name, view in VIEWS.items():
            view(View(model, "data/" if name == "api_files" else "x/"))
        missing = words.missing()
    finally:
        words.use("en", {})
    assert pages and not missing, sorted(missing)[:20]


@pytest.mark.parametrize("language", EDITIONS)
def test_every_word_of_the_code_has_a_translation(language):
    catalogue = translations.read(ROOT, language).interface
    missing = sorted(code_words() - set(catalogue))
    assert not missing, f"{len(missing)} without a translation in {language}: {missing[:20]}"


# --- the built editions ----------------------------------------------------------------------


def english_pages(built_site):
    return sorted(
        p.relative_to(built_site)
        for p in built_site.rglob("index.html")
        if p.relative_to(built_site).parts[0] not in (*EDITIONS, "api")
        and '<meta name="robots" content="noindex">' not in p.read_text(encoding="utf-8")
    )


def test_every_page_exists_in_each_edition_with_its_alternates(built_site):
    for page in english_pages(built_site):
        for language in EDITIONS:
            assert (built_site / language / page).is_file(), (language, page)
    for language in ("", *EDITIONS):  # each sitemap names every page in the three languages
        sitemap = (built_site / language / "sitemap.xml").read_text(encoding="utf-8")
        for url in re.findall(r"<loc>([^<]+)</loc>", sitemap):
            block = sitemap.split(f"<loc>{url}</loc>", 1)[1].split("</url>", 1)[0]
            links = dict(re.findall(r'hreflang="([a-z-]+)" href="([^"]+)"', block))
            assert set(links) == {"en", "uk", "ru", "x-default"}, url
            assert url in links.values() and links["x-default"] == links["en"]
            for href in links.values():
                assert (built_site / href.removeprefix(SITE_URL) / "index.html").is_file(), href
    text = (built_site / "uk/rounds/round-3/index.html").read_text(encoding="utf-8")
    assert '<html lang="uk"' in text and 'href="../../../ru/rounds/round-3/"' in text
    assert not re.search(r"<link[^>]*hreflang", text)  # in the sitemaps only, each absolute


def test_no_word_of_the_code_is_left_in_english_on_an_edition_s_page(built_site):
    """The words of the code of two words or more, outside a text marked as English."""
    phrases = [w for w in code_words() if "{" not in w and len(w.split()) >= 2]
    for language in EDITIONS:
        for name in ("index.html", "rounds/round-3/index.html", "disagreements/index.html"):
            text = (built_site / language / name).read_text(encoding="utf-8")
            text = re.sub(
                r'<span lang="en".*?</span>|<div lang="en">.*?</div>', "", text, flags=re.S
            )
            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
            left = [p for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)]
            assert not left, (language, name, left[:10])


def test_each_edition_s_search_finds_its_cyrillic_words(built_site):
    for language, word in (("uk", "правопис"), ("ru", "правописание")):
        index = json.loads((built_site / language / "search/search_index.json").read_text("utf-8"))
        assert index["config"]["lang"] == ["ru"]  # the Russian trimmer keeps Cyrillic words whole
        assert any(word in (doc["title"] + doc["text"]).lower() for doc in index["docs"]), language


def test_a_translated_name_keeps_the_english_as_another_spelling_for_search(scratch):
    english = validate(scratch)["actors"]["vladimir-medinsky"].data["name"]
    translate(
        scratch, "uk", "actors", {("vladimir-medinsky", "name"): (english, "Володимир Мединський")}
    )
    shown = translated.edition(validate(scratch), "uk")["actors"]["vladimir-medinsky"].data
    assert shown["name"] == "Володимир Мединський" and english in shown["aliases"]


def test_each_edition_keeps_the_english_markdown_settings_but_the_link_title():
    """An edition's markdown_extensions replace the English list (INHERIT merges no lists):
    one left out (attr_list) would print every heading's {: #id } as text."""

    english = site_config.read(ROOT / "mkdocs.yml")
    for language in EDITIONS:
        edition = site_config.read(ROOT / f"mkdocs.{language}.yml")
        toc = {k: v for k, v in edition.extension_configs["toc"].items() if k != "permalink_title"}
        assert edition.extensions == english.extensions, language
        assert {**edition.extension_configs, "toc": toc} == english.extension_configs, language
