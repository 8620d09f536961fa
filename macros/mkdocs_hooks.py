"""Adapter for MkDocs hooks: fails the build on bad data, before any page renders."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # MkDocs loads hooks by path

from mkdocs.exceptions import PluginError  # noqa: E402

from macros import site  # noqa: E402
from macros.problems import DataError  # noqa: E402


def on_config(config):
    site.reset()
    try:
        site.model()
    except DataError as err:  # every problem listed, no traceback, nothing built
        raise PluginError(str(err)) from None
    return config
