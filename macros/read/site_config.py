"""What the checks read from mkdocs.yml: the Markdown settings written pages are rendered
with, and the pages its nav names.

The file may hold tags MkDocs gives a meaning to (`!ENV`, `!!python/name:`): here they
are read as nothing and never constructed, so reading the configuration runs no code.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DOCS_DIR = "docs"
# Extensions MkDocs adds to those mkdocs.yml names (MkDocsConfig.markdown_extensions.builtins;
# tests/test_written_html.py keeps the two in step).
MKDOCS_BUILTIN = ("toc", "tables", "fenced_code")


class _Loader(yaml.SafeLoader):
    """Safe YAML in which any tag reads as nothing."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


@dataclass(frozen=True)
class SiteConfig:
    extensions: tuple  # Python-Markdown extension names, MkDocs' own first
    extension_configs: dict  # name -> settings
    nav: tuple  # (page path relative to docs/, line in mkdocs.yml)
    docs_dir: str


def read(path):
    """The SiteConfig of the mkdocs.yml at path (an empty one where there is none)."""
    return _parsed(path.read_text(encoding="utf-8") if path.is_file() else "")


@lru_cache(maxsize=8)
def _parsed(text):
    """By text: validation and the build ask several times, and an edited file is new text."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()  # composed once: the values, and the nav's lines
        data = (loader.construct_document(root) if root is not None else None) or {}
    finally:
        loader.dispose()
    extensions, configs = list(MKDOCS_BUILTIN), {}
    for item in data.get("markdown_extensions") or []:
        name, settings = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        extensions += [] if name in extensions else [name]
        configs[name] = settings or {}
    nav = next((value for key, value in root.value if key.value == "nav"), None) if root else None
    return SiteConfig(
        tuple(extensions), configs, tuple(_pages(nav)), data.get("docs_dir") or DOCS_DIR
    )


def docs_folder(root):
    """The folder of the written pages: mkdocs.yml's docs_dir, which MkDocs reads beside it, else docs/."""
    return Path(root) / read(Path(root) / "mkdocs.yml").docs_dir


def _pages(node):
    """(page, line) for each Markdown page a nav node names, at any depth; addresses are left out."""
    if isinstance(node, yaml.ScalarNode) and node.value.endswith(".md") and "://" not in node.value:
        yield node.value, node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _pages(item)
    elif isinstance(node, yaml.MappingNode):
        for _, value in node.value:
            yield from _pages(value)
