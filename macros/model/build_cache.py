"""The whole build's data, loaded and validated once per build."""
from macros.check import validate
from macros.model.site_model import Model
from macros.read import history as git_history
from macros.read import loader

_cache = {}


def model(root=loader.ROOT):
    """Validate the data (raising DataError on any problem) and index it once."""
    key = str(root)
    if key not in _cache:
        _cache[key] = Model(validate.validate(root))
    return _cache[key]


def history(root=loader.ROOT):
    """The git history, read once per build (one `git log` for every page's date)."""
    key = ("history", str(root))
    if key not in _cache:
        _cache[key] = git_history.read(root)
    return _cache[key]


def reset():
    """Forget the loaded data; `mkdocs serve` calls this before each rebuild."""
    _cache.clear()
